// REGISTRATI at the kiosk, as a customer walks it: the three steps, "Controlla la tua email",
// the code typed back at the kiosk, then ACCEDI. The mail is read the way it is in a demo: an
// operator opens "Posta inviata" at a desk in the same office (a second counter on the same
// database). Then what goes wrong: a wrong code, an expired one, a link used twice.
import { givenNameFirst } from '../../src-shared/domain/person-name'
import { ConfirmPage, CustomerArea, LoginPage, RegisterWizard } from './pages/customer-flows'
import { MailboxPage, OperatorSignInPage } from './pages/desk-tools'
import { KioskHomePage, tileName } from './pages/kiosk-home-page'
import type { BrowserHost } from '../support/browser-host'
import { demoCustomer } from './support/customers'
import { codeIn, linkTokenIn, waitForMail, withPortal, wrongCode } from './support/inbox'
import { expect, kioskScreen, test } from './support/app-test'

test.use({ mode: 'kiosk', ...kioskScreen })

const password = 'Bollette-Sicure-26!'

/** From the kiosk's start page to "Controlla la tua email", for a private demo customer. */
async function registerAtKiosk(wizard: RegisterWizard, email: string, host: BrowserHost) {
  const customer = await demoCustomer(host, 'private', 3)
  await new KioskHomePage(wizard.page).open()
  await wizard.page.getByRole('link', { name: tileName('Registrati') }).tap()
  await expect(wizard.progress).toContainText('Passo 1 di 3')
  await wizard.fillCustomer('Privato', customer.codiceCliente, customer.registrationCode)
  await wizard.goNext()
  await expect(wizard.progress).toContainText('Passo 2 di 3')
  await wizard.fillAccess(email, password)
  await wizard.goNext()
  await expect(wizard.progress).toContainText('Passo 3 di 3')
  await wizard.accept()
  await wizard.register()
  await expect(wizard.shell.heading()).toHaveText('Controlla la tua email')
  return customer
}

test('a customer registers at the kiosk, confirms with the code from the mail and signs in', async ({
  page,
  host,
  deskPage,
}) => {
  const wizard = new RegisterWizard(page)
  const email = 'giorgia.registra@mail.example'
  const customer = await registerAtKiosk(wizard, email, host)
  const confirm = new ConfirmPage(page)
  await expect(page.getByRole('main')).toContainText(`Ti abbiamo scritto all’indirizzo ${email}`)
  await expect(page.getByRole('main')).toContainText('SPAM')
  await expect(confirm.email).toHaveValue(email)
  // The mail cannot be asked for again straight away: the button counts the minute down.
  await expect(confirm.resendButton).toBeDisabled()
  await expect(confirm.resendButton).toHaveText(/Invia di nuovo tra \d+ s/)

  // Meanwhile, at the desk: the operator signs in and opens "Posta inviata".
  await new OperatorSignInPage(deskPage).signInAs('front_desk')
  const mailbox = new MailboxPage(deskPage)
  await mailbox.openFromHome()
  const text = await mailbox.read(email, 'Conferma registrazione')
  const code = /^(\d{6})$/m.exec(text)?.[1] ?? ''
  expect(code).toMatch(/^\d{6}$/)

  // Back at the kiosk, the customer types the code.
  await confirm.confirmWithCode(code)
  await expect(confirm.shell.heading()).toHaveText('Registrazione confermata')
  await page.getByRole('link', { name: 'ACCEDI' }).tap()

  const login = new LoginPage(page)
  await expect(login.shell.heading()).toHaveText('Accedi')
  await login.signIn(email, password)
  const area = new CustomerArea(page)
  await area.expectOpen()
  await expect(area.customers).toHaveCount(1)
  await expect(area.customers.first()).toContainText(customer.codiceCliente)
  await expect(area.customers.first()).toContainText(givenNameFirst(customer.name))
  await expect(area.customers.first()).toContainText('Privato')
  await expect(area.shell.header).toContainText(email)

  await area.signOut.tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Benvenuto allo sportello self-service',
  )
  await expect(area.shell.signOutButton).toHaveCount(0)
  // The area is closed to whoever comes next.
  await page.goto('/#/area-clienti')
  await expect(login.shell.heading()).toHaveText('Accedi')
})

test('the wizard shows the code that fits the kind of customer and the password rules as typed', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 4)
  const wizard = new RegisterWizard(page)
  await page.goto('/#/registrati')
  await expect(wizard.progress).toContainText('Passo 1 di 3')
  await wizard.goNext()
  // An empty field: one short line, no paragraph.
  await expect(page.getByText('Scegli Privato o Azienda.')).toBeVisible()
  await expect(wizard.fieldError('Codice cliente')).toHaveText('Campo obbligatorio.')

  await wizard.chooseKind('Azienda')
  await expect(page.getByText('Scegli Privato o Azienda.')).toHaveCount(0)
  await expect(wizard.field(/^Codice C\.O\.E\./)).toBeVisible()
  await expect(wizard.field('Codice ISS')).toHaveCount(0)
  await wizard.chooseKind('Privato')
  await expect(wizard.field('Codice ISS')).toBeVisible()
  await expect(page.getByText('si trova in ogni bolletta').first()).toBeVisible()
  // The message follows what is typed: wrong while it is wrong, gone once it is right.
  await wizard.field('Codice cliente').fill('1234')
  await expect(wizard.fieldError('Codice cliente')).toHaveText('Il codice cliente ha 8 cifre.')
  await wizard.field('Codice cliente').fill(customer.codiceCliente.replace(/^(\d{4})/, '$1 '))
  await expect(wizard.fieldError('Codice cliente')).toHaveCount(0)
  await wizard.field('Codice ISS').fill(customer.registrationCode)
  await wizard.goNext()

  await expect(wizard.progress).toContainText('Passo 2 di 3')
  await wizard.field('Email').fill('mario.rossi@mail.example')
  await wizard.field('Scegli una password').fill('mariorossi')
  for (const rule of ['Almeno una lettera maiuscola', 'Almeno un numero']) {
    await expect(wizard.rule(rule)).toContainText('da rispettare')
  }
  await expect(wizard.rule('Non deve contenere l’email o il nome')).toBeVisible()
  await wizard.field('Scegli una password').fill('Kx9!vTq#2mLp')
  await expect(wizard.strength()).toHaveAttribute('aria-valuetext', /Buona|Ottima/)
  await expect(wizard.rule('Almeno una lettera maiuscola')).toContainText('rispettato')
  await wizard.field('Conferma password').fill('Kx9!vTq#2mLx')
  await wizard.goNext()
  await expect(page.getByText('Le due password non coincidono.')).toBeVisible()
  await expect(wizard.progress).toContainText('Passo 2 di 3')
  await wizard.field('Conferma password').fill('Kx9!vTq#2mLp')
  await expect(page.getByText('Le due password non coincidono.')).toHaveCount(0)
})

test('the password field never says what the checklist under it contradicts', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 5)
  const wizard = new RegisterWizard(page)
  await page.goto('/#/registrati')
  await wizard.fillCustomer('Privato', customer.codiceCliente, customer.registrationCode)
  await wizard.goNext()
  await expect(wizard.progress).toContainText('Passo 2 di 3')
  await wizard.field('Email').fill('lucia.checklist@mail.example')
  await wizard.goNext()
  await expect(wizard.fieldError('Scegli una password')).toHaveText('Campo obbligatorio.')

  // Good enough for the meter's taste but one rule missing: the meter says "Debole" at most, and
  // the field only points at the checklist, which names the missing rule.
  await wizard.field('Scegli una password').fill('Bollette2026Titano')
  await wizard.field('Conferma password').fill('Bollette2026Titano')
  await wizard.goNext()
  await expect(wizard.progress).toContainText('Passo 2 di 3')
  await expect(wizard.fieldError('Scegli una password')).toHaveText(
    'Non rispetta ancora tutti i requisiti qui sotto.',
  )
  await expect(wizard.rule('Almeno un carattere speciale')).toContainText('da rispettare')
  await expect(wizard.strength()).toHaveAttribute('aria-valuetext', /Molto debole|Debole/)

  // The missing rule typed in: the message goes at once, with nothing pressed.
  await wizard.field('Scegli una password').fill('Bollette-2026-Titano')
  await expect(wizard.rule('Almeno un carattere speciale')).toContainText('rispettato')
  await expect(wizard.fieldError('Scegli una password')).toHaveCount(0)
  await expect(wizard.strength()).toHaveAttribute('aria-valuetext', /Discreta|Buona|Ottima/)
})

test('a wrong codice cliente or ISS is refused on step 1, under those fields', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 6)
  const wizard = new RegisterWizard(page)
  await page.goto('/#/registrati')
  await wizard.fillCustomer('Privato', customer.codiceCliente, '000000')
  await wizard.goNext()
  await expect(wizard.progress).toContainText('Passo 1 di 3')
  const refusal =
    'Il codice cliente e il codice ISS non corrispondono: controlla di averli copiati bene dalla bolletta.'
  await expect(wizard.fieldError('Codice ISS')).toHaveText(refusal)
  // Said once, for the pair: both fields marked, no second message, no banner about other codes.
  await expect(wizard.field('Codice cliente')).toHaveAttribute('aria-invalid', 'true')
  await expect(wizard.fieldError('Codice cliente')).toHaveCount(0)
  await expect(wizard.shell.alert()).toHaveCount(0)
  await expect(page.getByRole('main')).not.toContainText(/codice fiscale/i)
  await expect(wizard.fieldError('Codice ISS')).not.toContainText(/partita IVA|C\.O\.E\./i)
  await expect(wizard.field('Codice cliente')).toBeFocused()

  // An edit answers the verdict: the message goes.
  await wizard.field('Codice ISS').fill('000001')
  await expect(wizard.fieldError('Codice ISS')).toHaveCount(0)
  await expect(wizard.field('Codice cliente')).not.toHaveAttribute('aria-invalid', 'true')
  await wizard.goNext()
  await expect(wizard.fieldError('Codice ISS')).toHaveText(refusal)

  // From the third wrong try the message says how many are left before the lock.
  await wizard.field('Codice ISS').fill('000002')
  await wizard.goNext()
  await expect(wizard.fieldError('Codice ISS')).toContainText(
    'Ancora 2 tentativi, poi la verifica si blocca per qualche minuto.',
  )

  // The right code opens step 2.
  await wizard.field('Codice ISS').fill(customer.registrationCode)
  await wizard.goNext()
  await expect(wizard.progress).toContainText('Passo 2 di 3')
})

test('a customer who no longer matches at the final step is back on step 1', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 7)
  const wizard = new RegisterWizard(page)
  await page.goto('/#/registrati')
  await wizard.fillCustomer('Privato', customer.codiceCliente, customer.registrationCode)
  await wizard.goNext()
  await wizard.fillAccess('cambiato.nel.frattempo@mail.example', 'Kx9!vTq#2mLp')
  await wizard.goNext()
  await wizard.accept()
  // Meanwhile the bill's code changes (the replica is updated from the billing system).
  await host.counter
    .db('replica_customers')
    .where({ codice_cliente: customer.codiceCliente })
    .update({ codice_iss: '999999' })
  await wizard.register()
  await expect(wizard.progress).toContainText('Passo 1 di 3')
  await expect(wizard.fieldError('Codice ISS')).toContainText('non corrispondono')
  await expect(wizard.shell.alert()).toHaveCount(0)
})

test('a wrong confirmation code is refused with a message', async ({ page, host }) => {
  const email = 'codice.sbagliato@mail.example'
  await registerAtKiosk(new RegisterWizard(page), email, host)
  const code = codeIn(await waitForMail(host, email, 'Conferma registrazione'))

  const confirm = new ConfirmPage(page)
  await confirm.confirmWithCode(wrongCode(code))
  // One message, under the code: the digits are kept, to compare with the mail's.
  await expect(confirm.codeError).toHaveText(
    'Codice non valido: controlla le cifre nell’ultima email ricevuta.',
  )
  await expect(confirm.shell.alert()).toHaveCount(0)
  // The right one still works.
  await confirm.confirmWithCode(code)
  await expect(confirm.shell.heading()).toHaveText('Registrazione confermata')
})

test.describe('with the clock in hand', () => {
  test.use({ clockAt: '2026-11-23T09:00:00.000Z' })

  test('a code older than 24 hours has expired', async ({ page, host, clock }) => {
    const email = 'codice.scaduto@mail.example'
    await registerAtKiosk(new RegisterWizard(page), email, host)
    const code = codeIn(await waitForMail(host, email, 'Conferma registrazione'))

    clock!.advance(24 * 60 * 60_000 + 60_000)
    const confirm = new ConfirmPage(page)
    await confirm.confirmWithCode(code)
    await expect(confirm.shell.alert()).toContainText('Il codice è scaduto.')
    await expect(confirm.shell.alert()).toContainText('Invia di nuovo')
  })
})

test('a confirmation link works once; opened again it says it was used', async ({ page, host }) => {
  // The office has a portal: the mail's link opens the confirmation (here as the kiosk would).
  await withPortal(host)
  const email = 'link.usato@mail.example'
  await registerAtKiosk(new RegisterWizard(page), email, host)
  const token = linkTokenIn(await waitForMail(host, email, 'Conferma registrazione'))

  const confirm = new ConfirmPage(page)
  await page.goto(`/#/conferma?token=${token}`)
  await expect(confirm.shell.heading()).toHaveText('Registrazione confermata')
  await page.goto('/')
  await page.goto(`/#/conferma?token=${token}`)
  await expect(confirm.shell.alert()).toContainText('Il codice o il link è già stato usato.')
})
