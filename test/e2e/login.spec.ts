// ACCEDI at the kiosk: by codice fiscale in any letter case, never remembered on a shared device,
// and the lockout after five wrong passwords, lifted by an operator at the desk.
import { givenNameFirst } from '../../src-shared/domain/person-name'
import { ChangePasswordPage, CustomerArea, LoginPage } from './pages/customer-flows'
import { OperatorSignInPage, UnlockPage } from './pages/desk-tools'
import { confirmedAccount, demoCustomer } from './support/customers'
import { expect, kioskScreen, test } from './support/app-test'

test.use({ mode: 'kiosk', ...kioskScreen })

const password = 'Bollette-Sicure-26!'

test('a customer signs in with the codice fiscale in lower case and signs out', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 1)
  await confirmedAccount(host, customer, 'cf.minuscolo@mail.example', password)

  const login = new LoginPage(page)
  await login.openFromHome()
  await login.signIn(customer.codiceFiscale!.toLowerCase(), password)
  const area = new CustomerArea(page)
  await area.expectOpen()
  await expect(area.customers.first()).toContainText(customer.codiceCliente)
  // Given name first, as people say it ("Gori Antonio" on the bill: "Buongiorno, Antonio Gori").
  await expect(page.getByRole('main')).toContainText(
    `Buongiorno, ${givenNameFirst(customer.name)}.`,
  )
  // Back at the start page, the kiosk greets the customer and leads back to the area.
  await page.getByRole('banner').getByRole('link', { name: 'Inizio' }).tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Buongiorno, ${givenNameFirst(customer.name)}`,
  )
  await expect(page.getByRole('link', { name: /^Registrati/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^Accedi/ })).toHaveCount(0)
  await page.getByRole('link', { name: /^Vai alla tua area/ }).tap()
  await area.expectOpen()
  await area.signOut.tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Benvenuto allo sportello self-service',
  )
})

test('a kiosk offers no RICORDAMI and says why', async ({ page }) => {
  const login = new LoginPage(page)
  await login.openFromHome()
  await expect(login.sharedDeviceNote).toBeVisible()
  await expect(page.getByRole('checkbox')).toHaveCount(0)
  await expect(page.getByText(/ricordami/i)).toHaveCount(0)
  await expect(login.forgotLink).toBeVisible()
})

test('wrong credentials get a plain message and the password is cleared', async ({ page }) => {
  const login = new LoginPage(page)
  await login.openFromHome()
  await login.signIn('nessuno@mail.example', 'Sbagliata-123!')
  await expect(login.shell.alert()).toHaveText('Le credenziali inserite non sono corrette.')
  await expect(login.password).toHaveValue('')
})

test.describe('lockout', () => {
  test.use({ clockAt: '2026-11-23T09:00:00.000Z', timezoneId: 'Europe/Rome' })

  test('five wrong passwords lock the account until a shown time; an operator unlocks it', async ({
    page,
    host,
    deskPage,
  }) => {
    // Seven sign-ins, each a memory-hard hash, and an operator's desk: more than one screen's time.
    test.slow()
    const customer = await demoCustomer(host, 'private', 2)
    const email = 'bloccato@mail.example'
    await confirmedAccount(host, customer, email, password)

    const login = new LoginPage(page)
    await login.openFromHome()
    for (let attempt = 1; attempt <= 2; attempt++) {
      await login.signIn(email, `Sbagliata-${attempt}!`)
      await expect(login.shell.alert()).toHaveText('Le credenziali inserite non sono corrette.')
      await expect(login.password).toHaveValue('')
    }
    // From the third wrong password the message warns before the lock falls.
    await login.signIn(email, 'Sbagliata-3!')
    await expect(login.shell.alert()).toHaveText(
      'Le credenziali inserite non sono corrette. Ancora 2 tentativi, poi l’accesso si blocca per qualche minuto.',
    )
    await login.signIn(email, 'Sbagliata-4!')
    await expect(login.shell.alert()).toHaveText(
      'Le credenziali inserite non sono corrette. Ancora un tentativo, poi l’accesso si blocca per qualche minuto.',
    )
    await login.signIn(email, 'Sbagliata-5!')
    // 09:00 UTC on the hosts' clock, locked for a minute: 10:01 in San Marino.
    await expect(login.shell.alert()).toContainText('Account bloccato fino alle 10:01')
    // Even the right password is refused while locked.
    await login.signIn(email, password)
    await expect(login.shell.alert()).toContainText('Account bloccato fino alle 10:01')

    // The customer asks at the counter; the operator checks the ID and unlocks.
    await new OperatorSignInPage(deskPage).signInAs('front_desk')
    const unlock = new UnlockPage(deskPage)
    await unlock.openFromHome()
    await unlock.unlock(email)
    await expect(deskPage.getByRole('status')).toContainText(`L’account ${email} è sbloccato`)

    await login.signIn(email, password)
    await new CustomerArea(page).expectOpen()
  })
})

test('a new password that is the current one is refused under the new password', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 16)
  await confirmedAccount(host, customer, 'stessa.password@mail.example', password)
  const login = new LoginPage(page)
  await login.openFromHome()
  await login.signIn('stessa.password@mail.example', password)
  const area = new CustomerArea(page)
  await area.expectOpen()
  await area.changePassword.tap()
  const change = new ChangePasswordPage(page)
  await change.change(password, password)
  const newPassword = page.getByLabel('Nuova password', { exact: true })
  await expect(newPassword).toHaveAccessibleDescription(
    /La nuova password deve essere diversa da quella attuale\./,
  )
  await expect(change.shell.alert()).toHaveCount(0)
  await newPassword.fill('Acqua-Luce-Gas-27?')
  await expect(newPassword).not.toHaveAccessibleDescription(/diversa da quella attuale/)
})
