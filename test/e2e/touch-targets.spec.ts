// Touch targets: every button, link and field is at least 44 × 44 px (the spec); on the kiosk the
// controls are sized for fingers of every age, at least 64 px. A tick box or radio counts by its
// label, which is what the finger touches. (Every screen is measured too: every-screen.spec.ts.)
import { LoginPage, RecoveryWizard, RegisterWizard } from './pages/customer-flows'
import { DeskHomePage } from './pages/desk-home-page'
import { MailSettingsPage, OperatorSignInPage } from './pages/desk-tools'
import { confirmedAccount, demoCustomer } from './support/customers'
import { codeIn, waitForMail } from './support/inbox'
import { expect, kioskScreen, deskScreen, test } from './support/app-test'
import { expectTargetsAtLeast } from './support/touch-targets'
import { customerWithContacts, SecureChannelWizard } from './pages/secure-channel'
import { CustomerChoicePage } from './pages/associations'
import { press } from './pages/app-shell'
import { givenNameFirst } from '../../src-shared/domain/person-name'

test.describe('kiosk', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('every control on the start page is at least 64 × 64 px', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectTargetsAtLeast(page, 64, 'start page', 8)
  })

  test('on a landscape kiosk too, every control is at least 64 × 64 px', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectTargetsAtLeast(page, 64, 'start page at 1366 × 768', 8)
    await page.goto('/#/accedi')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accedi')
    await expectTargetsAtLeast(page, 64, 'login at 1366 × 768', 6)
  })

  test('every control of REGISTRATI, the code screen and ACCEDI is at least 64 × 64 px', async ({
    page,
    host,
  }) => {
    const customer = await demoCustomer(host, 'private', 11)
    const wizard = new RegisterWizard(page)
    await page.goto('/#/registrati')
    await wizard.chooseKind('Privato')
    await expect(wizard.field('Codice ISS')).toBeVisible()
    await expectTargetsAtLeast(page, 64, 'register step 1', 8)
    await wizard.fillCustomer('Privato', customer.codiceCliente, customer.registrationCode)
    await wizard.goNext()
    await expect(wizard.progress).toContainText('Passo 2 di 3')
    await wizard.fillAccess('mario.rossi@mail.example', 'Kx9!vTq#2mLp')
    await expectTargetsAtLeast(page, 64, 'register step 2', 8)
    await wizard.goNext()
    await expect(wizard.progress).toContainText('Passo 3 di 3')
    await expectTargetsAtLeast(page, 64, 'register step 3', 6)

    await page.goto('/#/conferma')
    await expect(page.getByRole('textbox', { name: 'Cifra 6 di 6' })).toBeVisible()
    await expectTargetsAtLeast(page, 64, 'confirmation code', 8)
    const login = new LoginPage(page)
    await login.openFromHome()
    await expectTargetsAtLeast(page, 64, 'login', 8)
  })

  test('every control of the recovery and of the customer area is at least 64 × 64 px', async ({
    page,
    host,
  }) => {
    const customer = await demoCustomer(host, 'private', 6)
    await confirmedAccount(host, customer, 'dita@mail.example', 'Bollette-Sicure-26!')
    const recovery = new RecoveryWizard(page)
    await page.goto('/#/password-dimenticata')
    await expect(recovery.sendCode).toBeVisible()
    await expectTargetsAtLeast(page, 64, 'recovery step 1', 4)
    await recovery.askForCode('dita@mail.example')
    await expect(page.getByText('Passo 2 di 3')).toBeVisible()
    await expectTargetsAtLeast(page, 64, 'recovery step 2', 10)
    await recovery.enterCode(
      codeIn(await waitForMail(host, 'dita@mail.example', 'Reimpostazione della password')),
    )
    await expect(page.getByText('Passo 3 di 3')).toBeVisible()
    await expectTargetsAtLeast(page, 64, 'recovery step 3', 8)

    const login = new LoginPage(page)
    await login.openFromHome()
    await login.signIn('dita@mail.example', 'Bollette-Sicure-26!')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Area clienti')
    await expectTargetsAtLeast(page, 64, 'customer area', 6)
    await page.getByRole('main').getByRole('link', { name: 'Cambia password' }).tap()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cambia password')
    await expectTargetsAtLeast(page, 64, 'change password', 8)
  })
})

test.describe('kiosk: the secure channel', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('every control of the three steps of the secure channel is at least 64 × 64 px', async ({
    page,
    host,
  }) => {
    const customer = await customerWithContacts(host, 7)
    await confirmedAccount(host, customer, 'dita.canale@mail.example', 'Bollette-Sicure-26!')
    const login = new LoginPage(page)
    await login.openFromHome()
    await login.signIn('dita.canale@mail.example', 'Bollette-Sicure-26!')
    const wizard = new SecureChannelWizard(page)
    await wizard.openFromArea(customer.codiceCliente)
    await expectTargetsAtLeast(page, 64, 'secure channel step 1', 5)
    await wizard.credentials(customer.codiceFiscale!, 'Bollette-Sicure-26!')
    await page.getByRole('radio', { name: /^EMAIL/ }).tap()
    await expectTargetsAtLeast(page, 64, 'secure channel step 2', 6)
    await page.getByRole('checkbox').tap()
    await wizard.register.tap()
    await expect(page.getByText('Passo 3 di 3')).toBeVisible()
    await expectTargetsAtLeast(page, 64, 'secure channel step 3', 6)
  })
})

test.describe('kiosk: the association', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('every control of Aggiungi un cliente, the area with two customers and the lost code is at least 64 × 64 px', async ({
    page,
    host,
  }) => {
    const owner = await demoCustomer(host, 'private', 37)
    const home = await demoCustomer(host, 'private', 38)
    await confirmedAccount(host, owner, 'dita.associa@mail.example', 'Bollette-Sicure-26!')
    const login = new LoginPage(page)
    await login.openFromHome()
    await login.signIn('dita.associa@mail.example', 'Bollette-Sicure-26!')
    const area = new CustomerChoicePage(page)
    const form = await area.openAdd()
    await press(form.kind('Privata'))
    await expect(form.taxCode).toBeVisible()
    await expectTargetsAtLeast(page, 64, 'association form', 8)
    await form.fill({
      name: givenNameFirst(home.name),
      kind: 'Privata',
      code: home.codiceCliente,
      taxCode: home.codiceFiscale!,
    })
    await form.associate()
    await expect(area.list).toHaveCount(2)
    await expectTargetsAtLeast(page, 64, 'area with two customers', 8)
    await page.goto('/#/codice-cliente-smarrito')
    await press(page.getByRole('radio', { name: /^Partita IVA/ }))
    await expectTargetsAtLeast(page, 64, 'lost code', 4)
  })
})

test.describe('kiosk notice', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })
})

test.describe('desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('every control on the sign-in and the start page is at least 44 × 44 px', async ({
    page,
  }) => {
    await new OperatorSignInPage(page).open()
    await expectTargetsAtLeast(page, 44, 'sign-in', 5)
    await new DeskHomePage(page).open('admin')
    await expectTargetsAtLeast(page, 44, 'start page', 10)
  })

  test('every control of Impostazioni posta is at least 44 × 44 px', async ({ page }) => {
    await new DeskHomePage(page).open('admin')
    const settings = new MailSettingsPage(page)
    await settings.openFromHome()
    await settings.fill({
      host: 'smtp.mdt.example',
      password: 'Posta-Segreta-2026!',
      from: 'sportello@mdt.example',
    })
    await settings.saveAndConfirm()
    await expect(settings.removePasswordButton).toBeVisible()
    await expectTargetsAtLeast(page, 44, 'mail settings', 9)
  })
})
