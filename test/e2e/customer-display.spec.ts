// The customer display at a desk (issue #10 point 7), in the browser host: the customer's secrets
// (a new password, the code from their mail) are typed on a second page, paired with the
// operator's by the code the operator's screen shows, and travel from there to main only. The
// operator's page never holds them: not in its DOM, not in its storage, not in a request it
// sends; nor does the counter's database file. With one monitor the operator's window turns to
// the customer for the entry, the operator's view inert under it.
import type { Page } from '@playwright/test'
import type { BrowserHost } from '../support/browser-host'
import { ConfirmPage, RecoveryWizard, RegisterWizard } from './pages/customer-flows'
import { CustomerDisplayPage, CustomerEntryPanel, pairDisplay } from './pages/customer-display'
import { DeskHomePage } from './pages/desk-home-page'
import { OperatorSignInPage } from './pages/desk-tools'
import { confirmedAccount, demoCustomer, type DemoCustomer } from './support/customers'
import { codeIn, waitForMail, wrongCode } from './support/inbox'
import { deskScreen, expect, test } from './support/app-test'
import { everythingOn, expectNowhere, recordRequests } from './support/page-secrets'

test.use({ mode: 'desk', ...deskScreen })

const password = 'Contatore-Azzurro-26!'

/** Signs in as a signed-in customer would, straight to main: the account works. */
async function canSignIn(host: BrowserHost, email: string, secret: string): Promise<boolean> {
  const answer = await host.counter.registry.invoke(
    'accounts:login',
    { identifier: email, password: secret },
    { transport: 'test-setup', connectionId: `proof-${Date.now()}` },
  )
  return answer.ok
}

/** From the desk's start page to REGISTRATI's step 2, the customer proved by their bill. */
async function registerToStep2(page: Page, customer: DemoCustomer, email: string) {
  const wizard = new RegisterWizard(page)
  await new DeskHomePage(page).tool('Registrazione').click()
  await wizard.fillCustomer('Privato', customer.codiceCliente, customer.registrationCode)
  await wizard.goNext()
  await expect(wizard.progress).toContainText('Passo 2 di 3')
  await wizard.field('Email').fill(email)
  return wizard
}

test('the customer types the password on the paired display; the operator’s page never holds it', async ({
  page,
  host,
}) => {
  const sent = recordRequests(page)
  const customer = await demoCustomer(host, 'private', 30)
  const email = 'sara.schermo@mail.example'
  await new DeskHomePage(page).open('front_desk')

  // The customer's screen: a second page of the same desk, opened at Schermo cliente.
  const display = new CustomerDisplayPage(await page.context().newPage())
  await display.open()
  await expect(display.page.getByRole('main')).toContainText(
    'Digita il codice mostrato sullo schermo dell’operatore.',
  )
  // No operator's tools on the customer's screen.
  await expect(display.shell.homeButton).toHaveCount(0)
  await expect(display.shell.signOutButton).toHaveCount(0)

  const wizard = await registerToStep2(page, customer, email)
  const panel = new CustomerEntryPanel(page)
  await expect(panel.root).toContainText('La password la sceglie il cliente')
  await expect(page.getByLabel('Scegli una password')).toHaveCount(0)
  // Not paired yet: the code to type there, and the address to open.
  await expect(panel.root).toContainText(
    'Sullo schermo rivolto al cliente apri Schermo cliente e digita',
  )
  await expect(panel.address).toHaveText(
    new RegExp(`^${host.origin.replace(/\./g, '\\.')}/.*#/schermo-cliente$`),
  )
  // Nothing typed by the customer yet: Avanti says so, under the panel.
  await wizard.goNext()
  await expect(panel.error).toHaveText(
    'Il cliente non ha ancora scelto la password sullo schermo rivolto verso di lui.',
  )

  await pairDisplay(panel, display)
  await expect(display.page.getByRole('main')).toContainText(
    'Schermo cliente di Giulia Bianchi (demo)',
  )
  await expect(display.page.getByRole('main')).toContainText(
    'Attendi: l’operatore ti chiederà di inserire qui i tuoi dati riservati.',
  )

  await panel.askButton.click()
  await expect(panel.root).toContainText('In attesa del cliente…')
  // On the customer's screen: the new password twice, with the registration's checklist.
  await expect(display.shell.heading()).toHaveText('Scegli la tua password')
  await display.page.getByLabel('Scegli una password').fill('corta')
  await expect(
    display.page
      .getByRole('list', { name: 'Requisiti della password' })
      .getByRole('listitem')
      .filter({ hasText: 'Almeno un numero' }),
  ).toContainText('da rispettare')
  await display.typeNewPassword(password, `${password}x`)
  await expect(display.page.getByText('Le due password non coincidono.')).toBeVisible()
  await expect(panel.root).toContainText('In attesa del cliente…')
  await display.typeNewPassword(password)
  await display.expectDone()
  // Gone from the customer's screen too, once sent.
  expect(await everythingOn(display.page)).not.toContain(password)

  await expect(panel.root).toContainText('Password inserita dal cliente')
  await expect(panel.error).toHaveCount(0)
  await expectNowhere(password, { operator: page, sent, host })

  await wizard.goNext()
  await expect(wizard.progress).toContainText('Passo 3 di 3')
  await wizard.accept()
  await wizard.register()
  await expect(wizard.shell.heading()).toHaveText('Il cliente controlla la sua email')

  // The confirmation code from the mail: typed on the customer's screen too.
  const code = codeIn(await waitForMail(host, email, 'Conferma registrazione'))
  const confirmPanel = new CustomerEntryPanel(page)
  await expect(confirmPanel.root).toContainText('Il codice lo scrive il cliente')
  await confirmPanel.askButton.click()
  await display.typeCode(code)
  await display.expectDone()
  await expect(confirmPanel.root).toContainText('Codice inserito dal cliente')
  await new ConfirmPage(page).confirmButton.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registrazione confermata')

  await expectNowhere(password, { operator: page, sent, host })
  await expectNowhere(code, { operator: page, sent })
  // The account works with the password the customer typed.
  expect(await canSignIn(host, email, password)).toBe(true)
})

test('a wrong pairing code is refused with its message; the right one pairs', async ({
  page,
  host,
}) => {
  await new DeskHomePage(page).open('front_desk')
  const display = new CustomerDisplayPage(await page.context().newPage())
  await display.open()
  await display.pairButton.click()
  await expect(display.pairingError).toHaveText('Campo obbligatorio.')
  await display.pair('12')
  await expect(display.pairingError).toHaveText('Scrivi le 6 cifre del codice.')

  await registerToStep2(page, await demoCustomer(host, 'private', 31), 'codice@mail.example')
  const panel = new CustomerEntryPanel(page)
  const code = (await panel.pairingCode()).replace(' ', '')
  await display.pair(wrongCode(code))
  await expect(display.pairingError).toHaveText(
    'Il codice non è valido o è scaduto: digita quello mostrato ora sullo schermo dell’operatore.',
  )
  await expect(display.pairingCode).toBeFocused()
  await pairDisplay(panel, display)
})

test('the app’s second monitor pairs by the code in the address, and never as the remembered operator', async ({
  page,
  host,
}) => {
  // RICORDAMI on this workstation: a new page of the operator's own is signed in by itself…
  await new OperatorSignInPage(page).signInAs('front_desk', { remember: true })
  await registerToStep2(page, await demoCustomer(host, 'private', 34), 'abbina@mail.example')
  const panel = new CustomerEntryPanel(page)
  const code = (await panel.pairingCode()).replace(' ', '')

  // …but not the customer display, which the app opens at `#/schermo-cliente?abbina=<code>`.
  const display = new CustomerDisplayPage(await page.context().newPage())
  await display.page.goto(`/#/schermo-cliente?abbina=${code}`)
  await expect(display.shell.heading()).toHaveText('Schermo cliente di Giulia Bianchi (demo)')
  await expect(display.page).toHaveURL(/#\/schermo-cliente$/)
  await expect(display.shell.signOutButton).toHaveCount(0)
  await expect(display.page.getByRole('banner')).not.toContainText('Giulia Bianchi')
  await expect(panel.root).toContainText('Schermo cliente collegato.')

  // A used code in the address (a reload) pairs nothing: the page asks for a new one.
  const other = new CustomerDisplayPage(await page.context().newPage())
  await other.page.goto(`/#/schermo-cliente?abbina=${code}`)
  await expect(other.pairingError).toHaveText(/^Il codice non è valido o è scaduto/)
})

test('with one monitor the operator’s window turns to the customer, the operator’s view hidden', async ({
  page,
  host,
}) => {
  const sent = recordRequests(page)
  const customer = await demoCustomer(host, 'private', 32)
  const email = 'un.solo.schermo@mail.example'
  await new DeskHomePage(page).open('front_desk')
  const wizard = await registerToStep2(page, customer, email)
  const panel = new CustomerEntryPanel(page)
  await expect(panel.code).toHaveText(/^\d{3} \d{3}$/)

  await panel.oneScreenButton.click()
  await expect(panel.turned).toBeVisible()
  // The whole window, over the operator's view, which cannot be reached.
  const box = await panel.turned.boundingBox()
  expect(box).toEqual({
    x: 0,
    y: 0,
    width: deskScreen.viewport.width,
    height: deskScreen.viewport.height,
  })
  await expect(page.locator('.app-frame')).toHaveAttribute('inert', '')
  const covered = await page.evaluate(() => {
    const signOut = document.querySelector('.session-badge__logout')!.getBoundingClientRect()
    const atSignOut = document.elementFromPoint(signOut.x + 4, signOut.y + 4)
    return atSignOut?.closest('.customer-facing') !== null
  })
  expect(covered, 'ESCI is under the customer’s screen').toBe(true)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Scegli la tua password' }),
  ).toBeVisible()
  await expect(page.getByLabel('Scegli una password')).toBeFocused()

  await page.getByLabel('Scegli una password').fill(password)
  await page.getByLabel('Conferma password').fill(password)
  await page.getByRole('button', { name: 'CONFERMA' }).click()

  // Back to the operator: the panel says it is typed, and nothing of it is left.
  await expect(panel.turned).toHaveCount(0)
  await expect(page.locator('.app-frame')).not.toHaveAttribute('inert', '')
  await expect(panel.root).toContainText('Password inserita dal cliente')
  expect(await everythingOn(page)).not.toContain(password)

  await wizard.goNext()
  await wizard.accept()
  await wizard.register()
  await expect(wizard.shell.heading()).toHaveText('Il cliente controlla la sua email')
  // The calls that carried it were the customer's own: the meter and their entry (display:submit).
  // The registration named the entry only.
  const carrying = sent
    .filter((body) => body.includes(password))
    .map((body) => /"channel":"([^"]+)"/.exec(body)?.[1])
  expect(carrying).toContain('display:submit')
  for (const channel of carrying)
    expect(['accounts:check-password', 'display:submit']).toContain(channel)
  expect(sent.find((body) => body.includes('"accounts:register"'))).toMatch(/"password":\{"entry":/)
  await host.counter
    .db('counter_accounts')
    .where({ email })
    .update({ status: 'active', confirmed_at: new Date().toISOString() })
  expect(await canSignIn(host, email, password)).toBe(true)

  // Turned and turned back without typing: the operator's view returns as it was.
  await page.goto('/')
  await registerToStep2(page, await demoCustomer(host, 'private', 33), 'ripensamento@mail.example')
  await panel.oneScreenButton.click()
  await page.getByRole('button', { name: 'Annulla e torna all’operatore' }).click()
  await expect(panel.turned).toHaveCount(0)
  await expect(panel.oneScreenButton).toBeFocused()
})

test('recovery at the desk: the code and the new password typed on the customer display', async ({
  page,
  host,
}) => {
  const sent = recordRequests(page)
  const customer = await demoCustomer(host, 'business', 2)
  const email = 'recupero.schermo@azienda.example'
  const oldPassword = 'Bollette-Sicure-26!'
  const newPassword = 'Nuova-Luce-Gas-27?'
  await confirmedAccount(host, customer, email, oldPassword)
  await new DeskHomePage(page).open('front_desk')
  const display = new CustomerDisplayPage(await page.context().newPage())
  await display.open()

  const recovery = new RecoveryWizard(page)
  await new DeskHomePage(page).tool('Password dimenticata').click()
  await recovery.askForCode(email)
  await expect(page.getByText('Passo 2 di 3')).toBeVisible()
  const panel = new CustomerEntryPanel(page)
  await expect(panel.root).toContainText('Il codice lo scrive il cliente')
  await pairDisplay(panel, display)
  const code = codeIn(await waitForMail(host, email, 'Reimpostazione della password'))

  // A wrong code: refused under the panel, and the customer is asked again.
  await panel.askButton.click()
  await display.typeCode(wrongCode(code))
  await display.expectDone()
  await expect(panel.root).toContainText('Codice inserito dal cliente')
  await recovery.next.click()
  await expect(page.getByText('Passo 2 di 3')).toBeVisible()
  await expect(panel.error).toHaveText(
    'Codice non valido: controlla le cifre nell’ultima email ricevuta.',
  )
  await expect(panel.askButton).toBeVisible()

  await panel.askButton.click()
  await display.typeCode(code)
  await expect(panel.root).toContainText('Codice inserito dal cliente')
  await expect(panel.error).toHaveCount(0)
  await recovery.next.click()
  await expect(page.getByText('Passo 3 di 3')).toBeVisible()

  const passwordPanel = new CustomerEntryPanel(page)
  await expect(passwordPanel.root).toContainText('La password la sceglie il cliente')
  await passwordPanel.askButton.click()
  await display.typeNewPassword(newPassword)
  await display.expectDone()
  await expect(passwordPanel.root).toContainText('Password inserita dal cliente')
  await recovery.save.click()
  await expect(recovery.shell.heading()).toHaveText('Password cambiata')

  await expectNowhere(newPassword, { operator: page, sent, host })
  await expectNowhere(code, { operator: page, sent })
  expect(await canSignIn(host, email, oldPassword)).toBe(false)
  expect(await canSignIn(host, email, newPassword)).toBe(true)
})
