// The secure channel at the kiosk (issue #12, seed 003): a signed-in customer registers it by
// EMAIL or by SMS in three steps ("Passo N di 3"), the OTP read where it arrives (the demo
// mailbox; the desk's "SMS inviati"); a wrong code says how many tries remain; RIGENERA OTP waits
// for the OTP to expire, with its countdown; the first-access password that follows works once
// and forces a change. At the desk the operator serving the customer opens it from the customer
// page: the customer types their password and the OTP on the customer display, never seen by
// the operator's page.
import type { Page } from '@playwright/test'
import { writeSessionTimeouts } from '../../src-main/features/settings'
import { OperatorSignInPage } from './pages/desk-tools'
import { ChangePasswordPage, CustomerArea, LoginPage } from './pages/customer-flows'
import { customerWithContacts, SecureChannelWizard, waitForSms } from './pages/secure-channel'
import { confirmedAccount } from './support/customers'
import { deskScreen, expect, kioskScreen, test } from './support/app-test'
import { codeIn, countMail, waitForMail, wrongCode, type ReceivedMail } from './support/inbox'
import type { BrowserHost } from '../support/browser-host'
import { press } from './pages/app-shell'
import { CustomerDisplayPage, CustomerEntryPanel, pairDisplay } from './pages/customer-display'
import { expectNowhere, recordRequests } from './support/page-secrets'

test.use({ mode: 'kiosk', ...kioskScreen })

const password = 'Bollette-Sicure-26!'
const ownPassword = 'Girasole-Blu-2027!'

/** Signed in at the kiosk, in the area clienti. */
async function signedIn(page: Page, host: BrowserHost, nth: number) {
  const customer = await customerWithContacts(host, nth)
  const account = `canale.${nth}@mail.example`
  await confirmedAccount(host, customer, account, password)
  const login = new LoginPage(page)
  await login.openFromHome()
  await login.signIn(account, password)
  await new CustomerArea(page).expectOpen()
  return { customer, account }
}

const firstAccessIn = (mail: ReceivedMail) => {
  const found = /^([\x21-\x7e]{8,64})$/m.exec(mail.text.split('usa questa password:')[1] ?? '')
  if (!found) throw new Error('no password in the mail')
  return found[1]!
}

test('by EMAIL: a wrong code says the tries left, the pasted code confirms, the first-access password forces a change', async ({
  page,
  host,
}) => {
  test.slow()
  const { customer, account } = await signedIn(page, host, 0)
  const wizard = new SecureChannelWizard(page)
  await wizard.openFromArea(customer.codiceCliente)
  await expect(page.getByText(/In caratteri MAIUSCOLI/)).toBeVisible()
  await wizard.credentials(customer.codiceFiscale!, password)

  await wizard.choose('EMAIL')
  await expect(page.getByText(/Abbiamo inviato il codice OTP via EMAIL a /)).toBeVisible()
  await expect(wizard.otp).toHaveAttribute('autocomplete', 'one-time-code')
  await expect(wizard.otp).toHaveAttribute('inputmode', 'numeric')
  await expect(wizard.otp).toHaveAttribute('maxlength', '6')
  const code = codeIn(await waitForMail(host, customer.email, 'Il tuo codice OTP'))

  await wizard.otp.fill(wrongCode(code))
  await press(wizard.confirm)
  await expect(wizard.otpError).toHaveText(
    'Il codice OTP non è corretto. Ancora 4 tentativi, poi questo codice non vale più e ne servirà uno nuovo.',
  )
  await expect(wizard.otp).toHaveValue('')

  // Pasted with a space, as some phones copy it: the digits stay.
  await wizard.paste(`${code.slice(0, 3)} ${code.slice(3)}`)
  await expect(wizard.otp).toHaveValue(code)
  await press(wizard.confirm)

  await expect(wizard.shell.heading()).toHaveText('Canale sicuro registrato')
  await expect(page.getByRole('main')).toContainText(
    'Canale sicuro registrato. Ti abbiamo inviato la password di primo accesso: accedi con quella, poi ne sceglierai una tua.',
  )
  const firstAccess = firstAccessIn(
    await waitForMail(host, customer.email, 'La password di primo accesso'),
  )
  await press(page.getByRole('link', { name: 'ACCEDI', exact: true }))
  const login = new LoginPage(page)
  await login.signIn(account, firstAccess)
  await expect(wizard.shell.heading()).toHaveText('Scegli una nuova password')
  await new ChangePasswordPage(page).change(firstAccess, ownPassword)
  await expect(wizard.shell.heading()).toHaveText('Password cambiata')
  await press(page.getByRole('link', { name: 'Continua' }))
  const area = new CustomerArea(page)
  await area.expectOpen()
  await expect(page.getByRole('region', { name: 'Canale sicuro' })).toContainText(
    'Canale sicuro: EMAIL',
  )
})

test('by SMS: the OTP and the first-access password read from the desk’s “SMS inviati”', async ({
  page,
  host,
  deskPage,
}) => {
  test.slow()
  const { customer, account } = await signedIn(page, host, 1)
  const wizard = new SecureChannelWizard(page)
  await wizard.openFromArea(customer.codiceCliente)
  await wizard.credentials(customer.codiceFiscale!.toUpperCase(), password)
  await wizard.choose('SMS')
  await expect(
    page.getByText(/Abbiamo inviato il codice OTP via SMS a \+3\d+ \*\*\* \*\*\* \d{4}/),
  ).toBeVisible()

  const sms = await waitForSms(host, customer.mobile, /codice OTP/)
  const code = /^(\d{6}) /.exec(sms)![1]!
  // The desk (demo data) shows what the catcher received.
  await new OperatorSignInPage(deskPage).signInAs('front_desk')
  await press(deskPage.getByRole('link', { name: /^SMS inviati/ }))
  await expect(deskPage.getByRole('heading', { level: 1 })).toHaveText('SMS inviati')
  await expect(deskPage.getByRole('table', { name: 'SMS inviati' })).toContainText(code)

  await wizard.otp.fill(code)
  await press(wizard.confirm)
  await expect(wizard.shell.heading()).toHaveText('Canale sicuro registrato')
  const passwordSms = await waitForSms(host, customer.mobile, /password di primo accesso/)
  const firstAccess = /primo accesso (\S+) \(/.exec(passwordSms)![1]!
  await expect(deskPage.getByRole('table', { name: 'SMS inviati' })).toContainText(
    'password di primo accesso',
  )

  await press(page.getByRole('link', { name: 'ACCEDI', exact: true }))
  await new LoginPage(page).signIn(customer.codiceFiscale!, firstAccess)
  await expect(wizard.shell.heading()).toHaveText('Scegli una nuova password')
  await new ChangePasswordPage(page).change(firstAccess, ownPassword)
  await expect(wizard.shell.heading()).toHaveText('Password cambiata')
  await press(page.getByRole('link', { name: 'Continua' }))
  await new CustomerArea(page).expectOpen()
  await expect(page.getByRole('region', { name: 'Canale sicuro' })).toContainText(
    'Canale sicuro: SMS',
  )
  void account
})

test('five wrong codes end the OTP: RIGENERA OTP at once sends a new one', async ({
  page,
  host,
}) => {
  test.slow()
  const { customer } = await signedIn(page, host, 5)
  const wizard = new SecureChannelWizard(page)
  await wizard.openFromArea(customer.codiceCliente)
  await wizard.credentials(customer.codiceFiscale!, password)
  await wizard.choose('EMAIL')
  const code = codeIn(await waitForMail(host, customer.email, 'Il tuo codice OTP'))
  for (let remaining = 4; remaining >= 1; remaining--) {
    await wizard.otp.fill(wrongCode(code))
    await press(wizard.confirm)
    await expect(wizard.otpError).toContainText(
      remaining === 1 ? 'Ancora un tentativo' : `Ancora ${remaining} tentativi`,
    )
  }
  await wizard.otp.fill(wrongCode(code))
  await press(wizard.confirm)
  await expect(wizard.shell.alert()).toHaveText(
    'Troppi tentativi sbagliati: questo codice OTP non vale più. Chiedine uno nuovo con RIGENERA OTP.',
  )
  // The challenge is over: RIGENERA OTP opens at once, before the 5 minutes are up.
  await expect(wizard.regenerate).toBeEnabled()
  const before = await countMail(host, customer.email, 'Il tuo codice OTP')
  await press(wizard.regenerate)
  const fresh = codeIn(
    await waitForMail(host, customer.email, 'Il tuo codice OTP', { after: before }),
  )
  await wizard.otp.fill(fresh)
  await press(wizard.confirm)
  await expect(wizard.shell.heading()).toHaveText('Canale sicuro registrato')
})

test.describe('with the clock in hand', () => {
  test.use({ clockAt: '2026-11-23T09:00:00.000Z', timezoneId: 'Europe/Rome' })

  test('RIGENERA OTP waits for the OTP to expire, counting down; then sends a new one and offers SMS', async ({
    page,
    host,
    clock,
  }) => {
    test.slow()
    // Waiting five minutes without a touch: the kiosk's longest timeout.
    await writeSessionTimeouts(
      host.counter.db,
      { kioskIdleSeconds: 900, deskIdleMinutes: 10 },
      clock!.now(),
    )
    await page.clock.install({ time: new Date('2026-11-23T09:00:00.000Z') })
    const { customer } = await signedIn(page, host, 2)
    const wizard = new SecureChannelWizard(page)
    await wizard.openFromArea(customer.codiceCliente)
    await wizard.credentials(customer.codiceFiscale!, password)
    await wizard.choose('EMAIL')
    const expiring = codeIn(await waitForMail(host, customer.email, 'Il tuo codice OTP'))

    await expect(wizard.regenerate).toBeDisabled()
    await expect(wizard.countdown).toHaveText(/^Potrai chiederne un altro tra [45]:\d\d$/)
    await page.clock.fastForward('02:00')
    await expect(wizard.countdown).toHaveText(/^Potrai chiederne un altro tra [23]:\d\d$/)
    await expect(wizard.regenerate).toBeDisabled()

    clock!.advance(5 * 60_000 + 1000)
    await page.clock.fastForward('03:30')
    await expect(wizard.countdown).toHaveText(
      'Il codice OTP è scaduto: chiedine uno nuovo con RIGENERA OTP.',
    )
    await expect(wizard.regenerate).toBeEnabled()
    // The expired code is refused, in words that lead to RIGENERA OTP.
    await wizard.otp.fill(expiring)
    await press(wizard.confirm)
    await expect(wizard.shell.alert()).toHaveText(
      'Il codice OTP è scaduto: chiedine uno nuovo con RIGENERA OTP.',
    )
    // After the first expiry the other medium is offered too (Sportello's improvement).
    await expect(
      page.getByRole('button', { name: 'Non è arrivato? Ricevilo via SMS' }),
    ).toBeVisible()

    const before = await countMail(host, customer.email, 'Il tuo codice OTP')
    await press(wizard.regenerate)
    await expect(page.getByText(/Nuovo codice OTP inviato via EMAIL a /)).toBeVisible()
    const code = codeIn(
      await waitForMail(host, customer.email, 'Il tuo codice OTP', { after: before }),
    )
    await expect(wizard.countdown).toHaveText(/^Potrai chiederne un altro tra [45]:\d\d$/)
    await wizard.otp.fill(code)
    await press(wizard.confirm)
    await expect(wizard.shell.heading()).toHaveText('Canale sicuro registrato')
  })
})

test.describe('at the desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('Impostazioni SMS: https only, a sender of letters and digits, the Authorization header saved and never shown', async ({
    page,
  }) => {
    await new OperatorSignInPage(page).signInAs('admin')
    await press(page.getByRole('link', { name: /^Impostazioni SMS/ }))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impostazioni SMS')
    await expect(
      page.getByText(/In modalità dimostrativa gli SMS vanno al ricevitore interno/),
    ).toBeVisible()
    const url = page.getByLabel('Indirizzo del gateway', { exact: true })
    const sender = page.getByLabel('Mittente', { exact: true })
    const authorization = page.getByLabel('Intestazione Authorization', { exact: true })
    const state = page.getByTestId('authorization-state')
    await expect(state).toHaveText('Nessuna')

    await url.fill('http://sms.esempio.it/invio')
    await sender.fill('Multi-Titan')
    await press(page.getByRole('button', { name: 'Salva' }))
    await expect(url).toHaveAttribute('aria-invalid', 'true')
    await expect(sender).toHaveAttribute('aria-invalid', 'true')

    await url.fill('https://sms.esempio.it/invio')
    await sender.fill('MultiTitano')
    await authorization.fill('Bearer segreto-del-fornitore')
    await press(page.getByRole('button', { name: 'Salva' }))
    await expect(page.getByText('Impostazioni SMS salvate')).toBeVisible()
    await expect(state).toHaveText('Salvata')
    await expect(authorization).toHaveValue('')
    await page.reload()
    await expect(url).toHaveValue('https://sms.esempio.it/invio')
    await expect(sender).toHaveValue('MultiTitano')
    await expect(state).toHaveText('Salvata')
    await expect(authorization).toHaveValue('')
    await expect(page.getByRole('main')).not.toContainText('segreto-del-fornitore')
  })

  /** The operator serving the customer, on the customer page's "Canale sicuro" of the account. */
  async function deskWizard(page: Page, host: BrowserHost, nth: number) {
    const customer = await customerWithContacts(host, nth)
    const account = `sportello.canale.${nth}@mail.example`
    await confirmedAccount(host, customer, account, password)
    await new OperatorSignInPage(page).signInAs('front_desk')
    await page.goto(`/#/clienti/${customer.codiceCliente}`)
    // Only while the customer is served.
    const link = page.getByRole('link', { name: `Canale sicuro dell’account ${account}` })
    await expect(link).toHaveCount(0)
    await press(page.getByRole('button', { name: 'Servi questo cliente' }))
    await press(link)
    const wizard = new SecureChannelWizard(page)
    await expect(wizard.shell.heading()).toHaveText('Registra il canale sicuro')
    await expect(page.getByText('Passo 1 di 3')).toBeVisible()
    await expect(page.getByRole('main')).toContainText(`account ${account}`)
    // No field for the password on the operator's screen: the customer types it.
    await expect(wizard.password).toHaveCount(0)
    const panel = new CustomerEntryPanel(page)
    const display = new CustomerDisplayPage(await page.context().newPage())
    await display.open()
    await pairDisplay(panel, display)
    return { customer, account, wizard, panel, display }
  }

  test('by EMAIL: the customer types the password and the OTP on the customer display; the operator’s page never holds them', async ({
    page,
    host,
  }) => {
    test.slow()
    const sent = recordRequests(page)
    const { customer, account, wizard, panel, display } = await deskWizard(page, host, 3)
    await expect(panel.root).toContainText('La password la scrive il cliente')

    // A wrong password: refused, and the customer is asked again.
    await press(panel.askButton)
    await display.typeOwnPassword('Sbagliata-Del-Tutto-1!')
    await display.expectDone()
    await expect(panel.root).toContainText('Password inserita dal cliente')
    await press(wizard.next)
    await expect(wizard.shell.alert()).toBeVisible()
    await expect(page.getByText('Passo 1 di 3')).toBeVisible()
    await expect(panel.askButton).toBeVisible()

    await press(panel.askButton)
    await display.typeOwnPassword(password)
    await expect(panel.root).toContainText('Password inserita dal cliente')
    await press(wizard.next)
    await expect(page.getByText('Passo 2 di 3')).toBeVisible()
    await wizard.choose('EMAIL')
    await expect(page.getByText(/Abbiamo inviato il codice OTP via EMAIL a /)).toBeVisible()
    await expect(wizard.otp).toHaveCount(0)
    const code = codeIn(await waitForMail(host, customer.email, 'Il tuo codice OTP'))

    await expect(panel.root).toContainText('Il codice lo scrive il cliente')
    await press(panel.askButton)
    await display.typeCode(code)
    await expect(panel.root).toContainText('Codice inserito dal cliente')
    await press(wizard.confirm)
    await expect(page.getByRole('main')).toContainText(
      /Canale sicuro registrato: EMAIL .+\. Al cliente è stata inviata su questo canale la password di primo accesso/,
    )
    // The first-access password went to the customer, and works once with a forced change.
    const firstAccess = firstAccessIn(
      await waitForMail(host, customer.email, 'La password di primo accesso'),
    )
    const signIn = await host.counter.registry.invoke(
      'accounts:login',
      { identifier: account, password: firstAccess },
      { transport: 'test-setup', connectionId: `proof-${Date.now()}` },
    )
    expect(signIn).toMatchObject({ ok: true, value: { mustChangePassword: true } })
    for (const secret of [password, code, firstAccess])
      await expectNowhere(secret, { operator: page, sent })
    await press(page.getByRole('link', { name: 'Torna alla scheda cliente' }))
    await expect(page.getByRole('heading', { level: 2, name: 'Account del portale' })).toBeVisible()
  })

  test('by SMS: the OTP read from “SMS inviati” by the customer, typed on their display', async ({
    page,
    host,
  }) => {
    test.slow()
    const sent = recordRequests(page)
    const { customer, wizard, panel, display } = await deskWizard(page, host, 4)
    await press(panel.askButton)
    await display.typeOwnPassword(password)
    await expect(panel.root).toContainText('Password inserita dal cliente')
    await press(wizard.next)
    await wizard.choose('SMS')
    const sms = await waitForSms(host, customer.mobile, /codice OTP/)
    const code = /^(\d{6}) /.exec(sms)![1]!
    // Nothing typed yet: CONFERMA says so, under the panel.
    await press(wizard.confirm)
    await expect(panel.error).toHaveText(
      'Il cliente non ha ancora scritto il codice sullo schermo rivolto verso di lui.',
    )
    await press(panel.askButton)
    await display.typeCode(code, 'SMS')
    await expect(panel.root).toContainText('Codice inserito dal cliente')
    await press(wizard.confirm)
    await expect(page.getByRole('main')).toContainText(/Canale sicuro registrato: SMS \+3/)
    await waitForSms(host, customer.mobile, /password di primo accesso/)
    for (const secret of [password, code]) await expectNowhere(secret, { operator: page, sent })
  })
})
