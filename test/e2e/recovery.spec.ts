// "Hai dimenticato la password?" end to end: the email, a neutral answer, the code from the mail,
// the new password; the old password stops working and the new one works.
import { CustomerArea, LoginPage, RecoveryWizard } from './pages/customer-flows'
import { confirmedAccount, demoCustomer } from './support/customers'
import { codeIn, waitForMail } from './support/inbox'
import { expect, kioskScreen, test } from './support/app-test'

test.use({ mode: 'kiosk', ...kioskScreen })

const oldPassword = 'Bollette-Sicure-26!'
const newPassword = 'Acqua-Luce-Gas-27?'

test('a customer recovers the password with the code from the mail', async ({ page, host }) => {
  const customer = await demoCustomer(host, 'business', 0)
  const email = 'recupero@azienda.example'
  await confirmedAccount(host, customer, email, oldPassword)

  const login = new LoginPage(page)
  await login.openFromHome()
  await login.forgotLink.tap()
  const recovery = new RecoveryWizard(page)
  await expect(recovery.shell.heading()).toHaveText('Hai dimenticato la password?')
  await expect(page.getByText('Passo 1 di 3')).toBeVisible()
  await recovery.askForCode(email)
  await expect(page.getByText('Passo 2 di 3')).toBeVisible()
  await expect(page.getByRole('main')).toContainText(`Se l’indirizzo ${email} è registrato`)

  const code = codeIn(await waitForMail(host, email, 'Reimpostazione della password'))
  await recovery.enterCode(code)
  await expect(page.getByText('Passo 3 di 3')).toBeVisible()
  await recovery.choosePassword(newPassword)
  await expect(recovery.shell.heading()).toHaveText('Password cambiata')
  await page.getByRole('link', { name: 'ACCEDI' }).tap()

  await login.signIn(email, oldPassword)
  await expect(login.shell.alert()).toHaveText('Le credenziali inserite non sono corrette.')
  await login.signIn(email, newPassword)
  await new CustomerArea(page).expectOpen()
})

test('an unknown email gets the same neutral answer', async ({ page }) => {
  const recovery = new RecoveryWizard(page)
  await page.goto('/#/password-dimenticata')
  await recovery.askForCode('sconosciuto@mail.example')
  await expect(page.getByText('Passo 2 di 3')).toBeVisible()
  await expect(page.getByRole('main')).toContainText(
    'Se l’indirizzo sconosciuto@mail.example è registrato',
  )
})

test('a wrong recovery code is refused on its own step, under the code', async ({ page, host }) => {
  const customer = await demoCustomer(host, 'private', 8)
  const email = 'codice.errato@mail.example'
  await confirmedAccount(host, customer, email, oldPassword)

  const recovery = new RecoveryWizard(page)
  await page.goto('/#/password-dimenticata')
  await recovery.askForCode(email)
  await expect(page.getByText('Passo 2 di 3')).toBeVisible()
  const code = codeIn(await waitForMail(host, email, 'Reimpostazione della password'))
  const wrong = (n: number) => code.replace(/^./, (d) => String((Number(d) + n) % 10))

  await recovery.enterCode(wrong(1))
  // Still on the code's step: one message, under the code, naming only the code.
  await expect(page.getByText('Passo 2 di 3')).toBeVisible()
  await expect(recovery.codeError).toHaveText(
    'Codice non valido: controlla le cifre nell’ultima email ricevuta.',
  )
  await expect(recovery.shell.alert()).toHaveCount(0)
  // The same digits again are not sent again: the message stays, nothing is counted.
  await recovery.enterCode(wrong(1))
  await expect(recovery.codeError).toHaveText(/^Codice non valido/)
  await recovery.enterCode(wrong(2))
  await expect(recovery.codeError).toHaveText(/^Codice non valido/)
  await recovery.enterCode(wrong(3))
  // The third wrong try warns before the code stops working.
  await expect(recovery.codeError).toContainText('Ancora 2 tentativi')

  // The right code opens the password step; it was checked, not spent: the reset works.
  await recovery.enterCode(code)
  await expect(page.getByText('Passo 3 di 3')).toBeVisible()
  await recovery.choosePassword(newPassword)
  await expect(recovery.shell.heading()).toHaveText('Password cambiata')
})
