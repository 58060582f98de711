// axe-core finds no WCAG 2.2 A/AA violation in the states a screen reaches after it opens, in both
// modes and both languages: every step of every customer flow, with its errors showing, and the
// desk tools' dialogs. Each screen as it opens, in both languages and both modes, is swept by
// every-screen.spec.ts, and not scanned again here.
import type { Page } from '@playwright/test'
import { ConfirmPage, LoginPage, RecoveryWizard, RegisterWizard } from './pages/customer-flows'
import { CustomerDisplayPage, CustomerEntryPanel, pairDisplay } from './pages/customer-display'
import { DeskHomePage } from './pages/desk-home-page'
import { MailSettingsPage, OperatorSignInPage, OperatorsPage } from './pages/desk-tools'
import { confirmedAccount, demoCustomer } from './support/customers'
import { codeIn, waitForMail, wrongCode } from './support/inbox'
import { deskScreen, expect, kioskScreen, test } from './support/app-test'
import { AssociationFormPage, CameraPanel, CustomerChoicePage } from './pages/associations'
import { refuseCamera, withFakeCamera } from './support/bill-camera'
import { givenNameFirst } from '../../src-shared/domain/person-name'
import { confirmedChannel, customerWithContacts, SecureChannelWizard } from './pages/secure-channel'
import { IdCapturePanel } from './pages/id-capture'
import { ReviewQueuePage } from './pages/review'
import { withIdCardCamera } from './support/id-camera'
import { expectNoViolations } from './support/axe'

test.describe('kiosk', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('start page in English, and with a customer signed in', async ({ page, host }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'English', exact: true }).tap()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Welcome to the self-service counter',
    )
    await expectNoViolations(page, 'start page in English')
    const customer = await demoCustomer(host, 'private', 13)
    await confirmedAccount(host, customer, 'inizio@mail.example', 'Bollette-Sicure-26!')
    const login = new LoginPage(page)
    await login.openFromHome()
    await login.signIn('inizio@mail.example', 'Bollette-Sicure-26!')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Area clienti')
    await page.getByRole('banner').getByRole('link', { name: 'Inizio' }).tap()
    await expect(page.getByRole('link', { name: /^Vai alla tua area/ })).toBeVisible()
    await expectNoViolations(page, 'start page with a customer signed in')
  })

  test('every step of REGISTRATI, with errors, in both languages', async ({ page, host }) => {
    const customer = await demoCustomer(host, 'business', 1)
    const wizard = new RegisterWizard(page)
    await page.goto('/#/registrati')
    await wizard.goNext()
    await expect(wizard.fieldError('Codice cliente')).toHaveText('Campo obbligatorio.')
    await expectNoViolations(page, 'step 1 with errors')
    await wizard.fillCustomer('Azienda', customer.codiceCliente, 'SM99999')
    await wizard.goNext()
    await expect(wizard.fieldError(/^Codice C\.O\.E\./)).toContainText('non corrispondono')
    await expectNoViolations(page, 'step 1 refused by main')
    await wizard.fillCustomer('Azienda', customer.codiceCliente, customer.registrationCode)
    await wizard.goNext()
    await wizard.fillAccess('mario.rossi@mail.example', 'mariorossi', 'altra')
    await wizard.goNext()
    await expect(page.getByText('Le due password non coincidono.')).toBeVisible()
    await expect(wizard.strength()).toHaveAttribute('aria-valuetext', /Molto debole|Debole/)
    await expectNoViolations(page, 'step 2 with errors')
    await wizard.shell.chooseLanguage('English')
    await expect(page.getByText('The two passwords do not match.')).toBeVisible()
    await expectNoViolations(page, 'step 2 in English')
    await wizard.shell.chooseLanguage('Italiano')
    await wizard.fillAccess('mario.rossi@mail.example', 'Kx9!vTq#2mLp')
    await wizard.goNext()
    await press(page, 'REGISTRATI')
    await expect(page.getByText('Per registrarti devi spuntare ACCETTA.')).toBeVisible()
    await expectNoViolations(page, 'step 3 with errors')
  })

  test('the idle warning, in both languages, and the notice after the visit', async ({ page }) => {
    await page.clock.install()
    await page.goto('/#/registrati')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registrati')
    const warning = page.getByRole('alertdialog')
    await page.clock.fastForward('01:31')
    await expect(warning).toHaveAccessibleName('Sei ancora lì?')
    await expectNoViolations(page, 'idle warning')
    await warning.getByRole('button', { name: 'Continua' }).tap()
    await page.getByRole('button', { name: 'English', exact: true }).tap()
    await page.clock.fastForward('01:31')
    await expect(warning).toHaveAccessibleName('Are you still there?')
    await expectNoViolations(page, 'idle warning in English')
    await page.clock.fastForward('00:31')
    await expect(page.getByRole('status').filter({ hasText: 'Sessione terminata' })).toBeVisible()
    await expectNoViolations(page, 'start page after the visit')
  })

  test('the confirmation code screen, with an error', async ({ page }) => {
    const confirm = new ConfirmPage(page)
    await page.goto('/#/conferma')
    await expectNoViolations(page, 'empty')
    await confirm.email.fill('nessuno@mail.example')
    await confirm.confirmWithCode('123456')
    await expect(confirm.codeError).toBeVisible()
    await expectNoViolations(page, 'with an error')
  })

  test('ACCEDI with an error, and the recovery steps', async ({ page, host }) => {
    const customer = await demoCustomer(host, 'private', 9)
    await confirmedAccount(host, customer, 'recupero.a11y@mail.example', 'Bollette-Sicure-26!')
    const login = new LoginPage(page)
    await login.openFromHome()
    await login.signIn('nessuno@mail.example', 'Sbagliata-123!')
    await expect(login.shell.alert()).toBeVisible()
    await expectNoViolations(page, 'login with an error')

    await login.forgotLink.tap()
    const recovery = new RecoveryWizard(page)
    await recovery.askForCode('recupero.a11y@mail.example')
    await expect(page.getByText('Passo 2 di 3')).toBeVisible()
    await expectNoViolations(page, 'recovery step 2')
    const code = codeIn(
      await waitForMail(host, 'recupero.a11y@mail.example', 'Reimpostazione della password'),
    )
    await recovery.enterCode(wrongCode(code))
    await expect(recovery.codeError).toBeVisible()
    await expectNoViolations(page, 'recovery step 2 with a wrong code')
    await recovery.enterCode(code)
    await expect(page.getByText('Passo 3 di 3')).toBeVisible()
    await page.getByLabel('Nuova password', { exact: true }).fill('corta')
    await press(page, 'Salva la nuova password')
    await expectNoViolations(page, 'recovery step 3 with errors')

    await page.goto('/#/nuova-password?token=abcdefghijklmnopqrstuvwxyz')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scegli una nuova password')
    await expectNoViolations(page, 'reset by link')
  })
})

test.describe('kiosk: the secure channel', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('the three steps of the secure channel, with errors, and its success page', async ({
    page,
    host,
  }) => {
    test.slow()
    const customer = await customerWithContacts(host, 3)
    await confirmedAccount(host, customer, 'axe.canale@mail.example', 'Bollette-Sicure-26!')
    const login = new LoginPage(page)
    await login.openFromHome()
    await login.signIn('axe.canale@mail.example', 'Bollette-Sicure-26!')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Area clienti')
    const wizard = new SecureChannelWizard(page)
    await wizard.openFromArea(customer.codiceCliente)
    await wizard.password.fill('Sbagliata-1!')
    await wizard.identifier.fill(customer.codiceFiscale!)
    await page.getByRole('button', { name: 'Avanti' }).tap()
    await expect(wizard.shell.alert()).toBeVisible()
    await expectNoViolations(page, 'secure channel: step 1 with an error')
    await wizard.credentials(customer.codiceFiscale!, 'Bollette-Sicure-26!')
    await wizard.register.tap()
    await expectNoViolations(page, 'secure channel: step 2 with an error')
    await wizard.choose('EMAIL')
    const code = codeIn(await waitForMail(host, customer.email, 'Il tuo codice OTP'))
    await wizard.otp.fill(wrongCode(code))
    await wizard.confirm.tap()
    await expect(wizard.otpError).toBeVisible()
    await expectNoViolations(page, 'secure channel: step 3 with an error')
    await wizard.shell.chooseLanguage('English')
    await expect(page.getByRole('button', { name: 'NEW OTP', exact: true })).toBeVisible()
    await expectNoViolations(page, 'secure channel: step 3, in English')
    await wizard.shell.chooseLanguage('Italiano')
    await wizard.otp.fill(code)
    await wizard.confirm.tap()
    await expect(wizard.shell.heading()).toHaveText('Canale sicuro registrato')
    await expectNoViolations(page, 'secure channel: registered')
  })
})

test.describe('desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('operator sign-in, with an error', async ({ page }) => {
    const signIn = new OperatorSignInPage(page)
    await signIn.open()
    await signIn.signIn('operatore', 'Sbagliata-123!')
    await expect(signIn.shell.alert()).toBeVisible()
    await expectNoViolations(page, 'sign-in with an error')
  })

  test('Cerca cliente with results, the customer page and the serving banner', async ({
    page,
    host,
  }) => {
    const customer = await demoCustomer(host, 'private', 4)
    await confirmedAccount(host, customer, 'scheda@mail.example', 'Bollette-Sicure-26!')
    await new DeskHomePage(page).open()
    await page.goto('/#/clienti')
    const field = page.getByRole('combobox', { name: 'Cerca un cliente' })
    await field.fill('ab')
    await expect(page.getByText('Scrivi almeno 3 caratteri')).toBeVisible()
    await expectNoViolations(page, 'search, too short')
    await field.fill(customer.codiceCliente)
    await expect(page.getByRole('option')).toHaveCount(1)
    await expectNoViolations(page, 'search with results')
    await field.press('Enter')
    await expect(page.getByText('scheda@mail.example')).toBeVisible()
    await page.getByRole('button', { name: 'Servi questo cliente' }).click()
    await expect(page.getByRole('region', { name: 'Cliente servito' })).toBeVisible()
    await expectNoViolations(page, 'customer page, served')
  })

  test('Impostazioni ufficio with Inattività refused as typed, and the desk’s idle warning', async ({
    page,
    host,
  }) => {
    await page.clock.install()
    await new DeskHomePage(page).open('admin')
    await page.goto('/#/impostazioni-ufficio')
    const seconds = page.getByLabel('Sportello self-service, in secondi', { exact: true })
    await seconds.fill('30')
    await expect(seconds).toHaveAccessibleDescription(/Scrivi un numero da 45 a 900\./)
    await expectNoViolations(page, 'office settings, a timeout out of bounds')
    await page.goto(`/#/clienti/${(await demoCustomer(host, 'private', 3)).codiceCliente}`)
    await page.getByRole('button', { name: 'Servi questo cliente' }).click()
    await expect(page.getByRole('region', { name: 'Cliente servito' })).toBeVisible()
    await page.clock.fastForward('09:31')
    await expect(page.getByRole('alertdialog')).toHaveAccessibleName(
      'Stai ancora servendo il cliente?',
    )
    await expectNoViolations(page, 'desk idle warning')
  })

  test('the desk tools’ dialogs and errors', async ({ page, host }) => {
    // Five states of four tools, each scanned by axe: more than one screen's time.
    test.slow()
    // A mail in "Posta inviata" to open.
    const customer = await demoCustomer(host, 'private', 5)
    await confirmedAccount(host, customer, 'posta@mail.example', 'Bollette-Sicure-26!')
    await waitForMail(host, 'posta@mail.example', 'Conferma registrazione')

    await new DeskHomePage(page).open('admin')
    await page.goto('/#/sblocca-account')
    await page.getByRole('button', { name: 'Sblocca', exact: true }).click()
    await expect(
      page.getByText('Conferma di aver controllato il documento d’identità.'),
    ).toBeVisible()
    await expectNoViolations(page, 'unlock with errors')

    await page.goto('/#/posta-inviata')
    await page.getByRole('button', { name: /^Apri/ }).first().click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectNoViolations(page, 'mail open')
    await page.keyboard.press('Escape')

    await page.goto('/#/operatori')
    const operators = new OperatorsPage(page)
    await expect(operators.table.getByRole('row')).toHaveCount(4)
    await page.getByRole('button', { name: 'Nuovo operatore' }).click()
    await operators.dialog.getByRole('button', { name: 'Crea operatore' }).click()
    await expect(
      operators.dialog.getByText('Da 3 a 40 caratteri', { exact: false }).first(),
    ).toBeVisible()
    await expectNoViolations(page, 'new operator with errors')
    await page.keyboard.press('Escape')
    await operators.create('a.neri', 'Anna Neri', 'Operatore di sportello')
    await expectNoViolations(page, 'temporary password shown')
    await operators.closeIssued()

    const other = await demoCustomer(host, 'private', 10)
    await page.goto('/#/registrati')
    await new RegisterWizard(page).fillCustomer(
      'Privato',
      other.codiceCliente,
      other.registrationCode,
    )
    await new RegisterWizard(page).goNext()
    await expect(page.getByText('Passo 2 di 3')).toBeVisible()
    await expectNoViolations(page, 'registration run by an operator')
  })

  test('Impostazioni posta with field errors and a password to remove, in both languages', async ({
    page,
  }) => {
    await new DeskHomePage(page).open('admin')
    const settings = new MailSettingsPage(page)
    await settings.openFromHome()
    await settings.fill({
      host: 'smtp.mdt.example',
      user: 'sportello',
      password: 'Posta-Segreta-2026!',
      from: 'sportello@mdt.example',
    })
    await settings.saveAndConfirm()
    await expectNoViolations(page, 'mail settings saved')
    await settings.removePasswordButton.click()
    await settings.fill({ host: 'smtp mdt', port: '0', from: 'sportello@' })
    await settings.save()
    await expect(settings.shell.alert()).toBeVisible()
    await expect(settings.port).toHaveAccessibleDescription(/65535/)
    await expectNoViolations(page, 'mail settings with errors')
    await settings.shell.chooseLanguage('English')
    await expect(page.getByText('A number from 1 to 65535.')).toBeVisible()
    await expectNoViolations(page, 'mail settings with errors in English')
  })

  test('the customer display in both languages, and the operator’s customer entry in each state', async ({
    page,
    host,
  }) => {
    test.slow()
    const customer = await demoCustomer(host, 'private', 17)
    await new DeskHomePage(page).open()
    const display = new CustomerDisplayPage(await page.context().newPage())
    await display.open()
    await expectNoViolations(display.page, 'customer display, not paired')
    await display.pairButton.click()
    await expect(display.pairingError).toBeVisible()
    await expectNoViolations(display.page, 'customer display, pairing code missing')

    await page.goto('/#/registrati')
    const wizard = new RegisterWizard(page)
    await wizard.fillCustomer('Privato', customer.codiceCliente, customer.registrationCode)
    await wizard.goNext()
    await wizard.field('Email').fill('schermo.a11y@mail.example')
    const panel = new CustomerEntryPanel(page)
    await wizard.goNext()
    await expect(panel.error).toBeVisible()
    await expectNoViolations(page, 'customer entry, not paired, with an error')

    await pairDisplay(panel, display)
    await expectNoViolations(page, 'customer entry, paired')
    await expectNoViolations(display.page, 'customer display, paired')
    await display.shell.chooseLanguage('English')
    await expect(display.shell.heading()).toHaveText(/^Customer display of /)
    await expectNoViolations(display.page, 'customer display, paired, in English')

    await panel.askButton.click()
    await expect(panel.root).toContainText('In attesa del cliente…')
    await expectNoViolations(page, 'customer entry, waiting')
    await display.typeNewPassword('Kx9!vTq#2mLp', 'altra')
    await expect(display.page.getByText('The two passwords do not match.')).toBeVisible()
    await expectNoViolations(
      display.page,
      'customer display, new password with an error, in English',
    )
    await display.shell.chooseLanguage('Italiano')
    await expectNoViolations(display.page, 'customer display, new password with an error')
    await display.typeNewPassword('Kx9!vTq#2mLp')
    await display.expectDone()
    await expectNoViolations(display.page, 'customer display, done')
    await expect(panel.root).toContainText('Password inserita dal cliente')
    await expectNoViolations(page, 'customer entry, typed')

    await panel.askAgainButton.click()
    await panel.oneScreenButton.click()
    await expect(panel.turned).toBeVisible()
    await expectNoViolations(page, 'operator’s window turned to the customer')
  })

  test('SMS inviati and Impostazioni SMS, with field errors', async ({ page }) => {
    await new DeskHomePage(page).open('admin')
    await page.getByRole('link', { name: /^SMS inviati/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SMS inviati')
    await page.goto('/#/impostazioni-sms')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impostazioni SMS')
    await page.getByLabel('Indirizzo del gateway', { exact: true }).fill('http://non-sicuro')
    await page.getByLabel('Mittente', { exact: true }).fill('')
    await page.getByRole('button', { name: 'Salva' }).click()
    await expect(page.locator('.form-field__error').first()).toBeVisible()
    await expectNoViolations(page, 'Impostazioni SMS with errors')
  })
})

test.describe('kiosk: customer association', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('Aggiungi un cliente with errors and a mismatch, the area with two customers, the removal question, in both languages', async ({
    page,
    host,
  }) => {
    test.slow()
    const owner = await demoCustomer(host, 'private', 33)
    await confirmedAccount(host, owner, 'axe.associa@mail.example', 'Bollette-Sicure-26!')
    const login = new LoginPage(page)
    await login.openFromHome()
    await login.signIn('axe.associa@mail.example', 'Bollette-Sicure-26!')
    const area = new CustomerChoicePage(page)
    await area.expectOpen()
    const form = await area.openAdd()
    await form.associate()
    await expect(form.kindError).toBeVisible()
    await form.fill({ name: 'M', kind: 'Privata', code: '123', taxCode: 'RSSMRA80A41H501X' })
    await form.name.blur()
    await expect(form.fieldError(form.taxCode)).toBeVisible()
    await expectNoViolations(page, 'association form with field errors')
    await area.shell.chooseLanguage('English')
    await expectNoViolations(page, 'association form with field errors, in English')
    await area.shell.chooseLanguage('Italiano')
    const other = await demoCustomer(host, 'private', 34)
    await form.fill({
      name: 'Mario Nessuno',
      kind: 'Privata',
      code: other.codiceCliente,
      taxCode: other.codiceFiscale!,
    })
    await form.associate()
    await expect(form.problem).toBeVisible()
    await expectNoViolations(page, 'association form refused')
    await form.name.fill(givenNameFirst(other.name))
    await form.associate()
    await area.expectOpen()
    await expect(area.list).toHaveCount(2)
    await expectNoViolations(page, 'area with two customers, one just added')
    await page.getByRole('button', { name: `Rimuovi l’utenza ${givenNameFirst(other.name)}` }).tap()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectNoViolations(page, 'the removal question')
    await page.getByRole('button', { name: 'No, tienila' }).tap()
    await area.shell.chooseLanguage('English')
    await expectNoViolations(page, 'area with two customers, in English')
    await page.getByRole('button', { name: `Remove: ${givenNameFirst(other.name)}` }).tap()
    await expect(page.getByRole('dialog', { name: 'Remove this account?' })).toBeVisible()
    await expectNoViolations(page, 'the removal question, in English')
  })

  test('Non trovi il codice cliente? with an error and its answer', async ({ page }) => {
    await page.goto('/#/codice-cliente-smarrito')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Non trovi il codice cliente?')
    await press(page, 'Invia il codice cliente')
    await expectNoViolations(page, 'lost code with an error')
    await page.getByRole('radio', { name: /^Partita IVA/ }).tap()
    await page.getByLabel('Partita IVA o C.O.E.', { exact: true }).fill('SM12345')
    await press(page, 'Invia il codice cliente')
    await expect(page.getByRole('region', { name: 'Richiesta ricevuta' })).toBeVisible()
    await expectNoViolations(page, 'lost code answered')
    await page.getByRole('button', { name: 'English', exact: true }).tap()
    await expectNoViolations(page, 'lost code answered, in English')
  })

  test('the camera panel without a camera', async ({ page, host }) => {
    await refuseCamera(page)
    const owner = await demoCustomer(host, 'private', 35)
    await confirmedAccount(host, owner, 'axe.camera@mail.example', 'Bollette-Sicure-26!')
    const login = new LoginPage(page)
    await login.openFromHome()
    await login.signIn('axe.camera@mail.example', 'Bollette-Sicure-26!')
    const form = await new CustomerChoicePage(page).openAdd()
    await form.readFromBill.tap()
    await expect(new CameraPanel(page).dialog).toContainText('il permesso è stato negato')
    await expectNoViolations(page, 'camera refused')
  })
})

withFakeCamera.describe('kiosk: the camera panel', () => {
  withFakeCamera.use({ mode: 'kiosk', ...kioskScreen })

  withFakeCamera('the camera panel filming, in both languages', async ({ page, host }) => {
    const owner = await demoCustomer(host, 'private', 36)
    await confirmedAccount(host, owner, 'axe.filma@mail.example', 'Bollette-Sicure-26!')
    const login = new LoginPage(page)
    await login.openFromHome()
    await login.signIn('axe.filma@mail.example', 'Bollette-Sicure-26!')
    const form = await new CustomerChoicePage(page).openAdd()
    await form.readFromBill.tap()
    const camera = new CameraPanel(page)
    await expect(camera.dialog.getByRole('status')).toHaveText('Sto cercando il codice QR…')
    await expectNoViolations(page, 'camera filming')
    await camera.close.tap()
    await page.getByRole('button', { name: 'English', exact: true }).tap()
    await page.getByRole('button', { name: 'Read from the bill' }).tap()
    await expect(
      camera.page.getByRole('dialog', { name: 'Read the code from the bill' }),
    ).toBeVisible()
    await expectNoViolations(page, 'camera filming, in English')
  })
})

test.describe('desk: customer association', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('Associa a un account for the customer served, with errors and a PDF read', async ({
    page,
    host,
  }) => {
    const served = await demoCustomer(host, 'business', 4)
    await new DeskHomePage(page).open()
    await page.goto(`/#/clienti/${served.codiceCliente}`)
    const section = page.getByRole('region', { name: 'Associa a un account' })
    await expect(section).toContainText('prima premi «Servi questo cliente»')
    await expectNoViolations(page, 'customer page, not served')
    await page.getByRole('button', { name: 'Servi questo cliente' }).click()
    const form = new AssociationFormPage(page)
    await form.submit.click()
    await expect(form.fieldError(form.accountEmail)).toBeVisible()
    await section.getByTestId('bill-pdf-input').setInputFiles({
      name: 'scansione.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('non è un pdf'),
    })
    await expect(section.getByRole('status')).toContainText('non si apre come PDF')
    await expectNoViolations(page, 'association at the desk, with errors')
    await page.getByRole('button', { name: 'English', exact: true }).click()
    await expectNoViolations(page, 'association at the desk, in English')
  })
})

async function press(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true })
  if (await page.evaluate(() => matchMedia('(pointer: coarse)').matches)) await button.tap()
  else await button.click()
}

withIdCardCamera.describe('kiosk: requests with an ID document', () => {
  withIdCardCamera.use({ mode: 'kiosk', ...kioskScreen })

  withIdCardCamera(
    'MODIFICA without a channel, with errors, its camera step and the receipt; RESET LOGIN and Stato della richiesta with errors; in both languages',
    async ({ page, host }) => {
      withIdCardCamera.slow()
      const customer = await customerWithContacts(host, 12)
      const email = 'axe.richiesta@mail.example'
      await confirmedAccount(host, customer, email, 'Bollette-Sicure-26!')
      const login = new LoginPage(page)
      await login.openFromHome()
      await login.signIn(email, 'Bollette-Sicure-26!')
      const link = page.getByRole('link', {
        name: `MODIFICA recapiti dell’utenza ${customer.codiceCliente}`,
      })
      await link.tap()
      await expect(page.getByRole('alert')).toBeVisible()
      await expectNoViolations(page, 'MODIFICA without a channel')
      await confirmedChannel(host, email, customer)
      await page.getByRole('link', { name: 'Torna all’area clienti' }).tap()
      await link.tap()
      await page.getByRole('button', { name: 'Avanti' }).tap()
      await expect(page.getByText('Campo obbligatorio.')).toBeVisible()
      await expectNoViolations(page, 'MODIFICA step 1 with errors')
      await page.getByRole('radio', { name: /^SMS/ }).tap()
      await page.getByLabel('Nuovo cellulare', { exact: true }).fill('+39 347 765 4321')
      await page
        .getByLabel('Scrivi di nuovo il nuovo cellulare', { exact: true })
        .fill('+39 347 765 4321')
      await page.getByRole('button', { name: 'Avanti' }).tap()
      const capture = new IdCapturePanel(page)
      await capture.takeSide('front')
      await expect(capture.take).toBeEnabled({ timeout: 15_000 })
      await expectNoViolations(page, 'MODIFICA camera step')
      await capture.takeSide('back')
      await page.getByRole('button', { name: 'Avanti' }).tap()
      await page.getByRole('button', { name: 'CONFERMA MODIFICA' }).tap()
      await expect(page.getByTestId('request-number')).toBeVisible()
      await expectNoViolations(page, 'MODIFICA receipt')
      await page.getByRole('button', { name: 'English', exact: true }).tap()
      await expectNoViolations(page, 'MODIFICA receipt, in English')
      await page.goto('/#/reset-login')
      await page.getByRole('button', { name: 'Next' }).tap()
      await expectNoViolations(page, 'RESET LOGIN with errors, in English')
      await page.goto('/#/stato-richiesta')
      await page.getByRole('button', { name: 'SEE THE STATUS' }).tap()
      await expectNoViolations(page, 'request status with errors, in English')
    },
  )
})

test.describe('desk: the review', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('Richieste da esaminare and a request page', async ({ page, host }) => {
    const customer = await customerWithContacts(host, 13)
    const front = h64(await tinyJpeg())
    const kiosk = { transport: 'test-setup', connectionId: `axe-review-${Date.now()}` }
    for (const side of ['front', 'back'] as const)
      await host.counter.registry.invoke(
        'requests:add-scan',
        { side, fileName: `${side}.jpg`, dataBase64: front },
        kiosk,
      )
    const sent = await host.counter.registry.invoke(
      'requests:submit-reset',
      { taxCode: customer.codiceFiscale!, codiceCliente: customer.codiceCliente, locale: 'it' },
      kiosk,
    )
    if (!sent.ok) throw new Error(sent.error.code)
    await new OperatorSignInPage(page).signInAs('back_office')
    const queue = new ReviewQueuePage(page)
    await queue.openFromHome()
    await expectNoViolations(page, 'review queue')
    const { number } = sent.value as { number: string }
    const request = await queue.openRequest(number)
    await expect(request.side('Fronte').locator('img')).toBeVisible()
    await expectNoViolations(page, 'review request')
    await request.reject.click()
    await expect(request.dialog).toBeVisible()
    await expectNoViolations(page, 'review rejection dialog')
  })
})

const h64 = (bytes: Buffer) => bytes.toString('base64')
async function tinyJpeg(): Promise<Buffer> {
  const { default: sharp } = await import('sharp')
  return sharp({
    create: {
      width: 640,
      height: 400,
      channels: 3,
      background: '#d8d2c4',
      noise: { type: 'gaussian', mean: 120, sigma: 30 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer()
}
