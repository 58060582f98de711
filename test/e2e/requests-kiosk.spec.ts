// Requests with an ID document at the kiosk (issue #13, seed 003), in real Chromium with its fake
// camera filming an identity card: MODIFICA is refused before the secure channel exists (a
// disposizione, #12 point 5), then with it the camera takes the front and the back and CONFERMA
// MODIFICA gives a receipt; back office approves it at the desk, the new contact and the old one
// get their mails, and "Stato della richiesta" shows it accepted. RESET LOGIN from ACCEDI, with a
// mismatch first; rejected at the desk with a reason that the kiosk then shows. A blurred camera's
// photo is refused in words and can never be sent.
import type { Locator, Page } from '@playwright/test'
import type { BrowserHost } from '../support/browser-host'
import { press } from './pages/app-shell'
import { CustomerArea, LoginPage } from './pages/customer-flows'
import { OperatorSignInPage } from './pages/desk-tools'
import { IdCapturePanel } from './pages/id-capture'
import { DeskRequestsSection, ReviewQueuePage } from './pages/review'
import { confirmedChannel, customerWithContacts, type OnFile } from './pages/secure-channel'
import { deskScreen, expect, kioskScreen } from './support/app-test'
import { confirmedAccount } from './support/customers'
import { withBlurredIdCardCamera, withIdCardCamera } from './support/id-camera'
import { waitForMail } from './support/inbox'

const password = 'Bollette-Sicure-26!'

async function signedIn(page: Page, host: BrowserHost, nth: number) {
  const customer = await customerWithContacts(host, nth)
  const email = `richiesta.${nth}@mail.example`
  await confirmedAccount(host, customer, email, password)
  const login = new LoginPage(page)
  await login.openFromHome()
  await login.signIn(email, password)
  await new CustomerArea(page).expectOpen()
  return { customer, email }
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 })

/** From ACCEDI: "Stato della richiesta" by the bill's codes. */
async function statusByCodes(page: Page, customer: OnFile): Promise<void> {
  await press(page.getByRole('link', { name: 'Stato della richiesta' }))
  await page
    .getByLabel('Codice fiscale o partita IVA', { exact: true })
    .fill(customer.codiceFiscale!)
  await page
    .getByLabel('Codice cliente (codice aderente)', { exact: true })
    .fill(customer.codiceCliente)
  await press(page.getByRole('button', { name: 'VEDI LO STATO' }))
}

withIdCardCamera.describe('with a camera', () => {
  withIdCardCamera.use({ mode: 'kiosk', ...kioskScreen })

  withIdCardCamera(
    'MODIFICA: refused before the secure channel; with it, both sides by camera, a receipt, approved at the desk, both contacts told',
    async ({ page, host, deskPage }) => {
      withIdCardCamera.slow()
      const { customer, email } = await signedIn(page, host, 6)
      const modify = page.getByRole('link', {
        name: `MODIFICA recapiti dell’utenza ${customer.codiceCliente}`,
      })
      await press(modify)
      await expect(heading(page)).toHaveText('MODIFICA i tuoi recapiti')
      // The disposizione waits for the channel: said first, with the way to it.
      await expect(page.getByRole('alert')).toHaveText(
        'Per cambiare i tuoi dati serve prima il canale sicuro di questa utenza: registralo con il codice OTP, poi torna qui.',
      )
      await expect(page.getByRole('link', { name: 'Registra il canale sicuro' })).toBeVisible()
      await expect(page.getByRole('radio')).toHaveCount(0)

      await confirmedChannel(host, email, customer)
      await press(page.getByRole('link', { name: 'Torna all’area clienti' }))
      await press(modify)
      await expect(page.getByText('Passo 1 di 3')).toBeVisible()
      const newEmail = `nuova.${customer.codiceCliente}@mail.example`
      await press(page.getByRole('radio', { name: /^EMAIL/ }))
      await page.getByLabel('Nuova email', { exact: true }).fill(newEmail)
      await page
        .getByLabel('Scrivi di nuovo la nuova email', { exact: true })
        .fill('altra@mail.example')
      await press(page.getByRole('button', { name: 'Avanti' }))
      await expect(
        page.getByText('I due recapiti non coincidono: scrivilo uguale due volte.'),
      ).toBeVisible()
      await page.getByLabel('Scrivi di nuovo la nuova email', { exact: true }).fill(newEmail)
      await press(page.getByRole('button', { name: 'Avanti' }))

      await expect(page.getByText('Passo 2 di 3')).toBeVisible()
      // One decision on the screen: SCATTA is the main button, Avanti is drawn secondary until
      // both sides are there; pressed without the photos, it says what is missing.
      const capture = new IdCapturePanel(page)
      const next = page.getByRole('button', { name: 'Avanti' })
      const fill = (button: Locator) =>
        button.evaluate((element) => getComputedStyle(element).backgroundColor)
      await expect(capture.take).toBeVisible()
      const primary = await fill(capture.take)
      expect(await fill(next)).not.toBe(primary)
      await press(next)
      await expect(
        page.getByText('Fotografa il fronte e il retro del documento, poi premi Avanti.'),
      ).toBeVisible()
      await capture.takeBothSides({ retakeFront: true })
      await expect.poll(() => fill(next)).toBe(primary)
      await press(page.getByRole('button', { name: 'Avanti' }))
      await expect(page.getByText('Passo 3 di 3')).toBeVisible()
      await expect(page.getByRole('main')).toContainText(newEmail)
      await press(page.getByRole('button', { name: 'CONFERMA MODIFICA' }))
      await expect(page.getByRole('heading', { name: 'Richiesta ricevuta' })).toBeVisible()
      const number = (await page.getByTestId('request-number').textContent())!.trim()
      expect(number).toMatch(/^R-\d{4}-\d{6}$/)

      // Back office, at the desk, sees both sides and approves.
      await new OperatorSignInPage(deskPage).signInAs('back_office')
      const queue = new ReviewQueuePage(deskPage)
      await queue.openFromHome()
      const request = await queue.openRequest(number)
      await expect(request.side('Fronte').locator('img')).toHaveAttribute(
        'src',
        /^data:image\/jpeg/,
      )
      await expect(request.side('Retro').locator('img')).toHaveAttribute('src', /^data:image\/jpeg/)
      await press(request.approve)
      await expect(deskPage.getByText(`Richiesta ${number} accolta`)).toBeVisible()

      await waitForMail(host, newEmail, 'Il tuo nuovo recapito è registrato')
      await waitForMail(
        host,
        customer.email,
        'Il recapito della tua utenza è cambiato: sei stato tu?',
      )
      expect(
        await host.counter
          .db('replica_customers')
          .where({ codice_cliente: customer.codiceCliente })
          .first('email'),
      ).toEqual({ email: newEmail })

      // The customer sees how it went, by the bill's codes.
      await press(page.getByRole('button', { name: /^ESCI/ }))
      // The visit ends: the page wipes itself and starts again.
      await expect(page.getByText(/Sessione terminata/)).toBeVisible()
      const login = new LoginPage(page)
      await login.openFromHome()
      await statusByCodes(page, customer)
      await expect(page.getByRole('main')).toContainText(number)
      await expect(page.getByRole('main')).toContainText('Accolta')
    },
  )

  withIdCardCamera(
    'RESET LOGIN from ACCEDI: a mismatch first, then received; rejected at the desk, the reason shown at the kiosk and mailed',
    async ({ page, host, deskPage }) => {
      withIdCardCamera.slow()
      const customer = await customerWithContacts(host, 7)
      await confirmedAccount(
        host,
        customer,
        `reset.${customer.codiceCliente}@mail.example`,
        password,
      )
      const login = new LoginPage(page)
      await login.openFromHome()
      await press(page.getByRole('link', { name: 'Hai cambiato il cellulare o l’email?' }))
      await expect(heading(page)).toHaveText('Hai cambiato il cellulare o l’email?')
      const taxCode = page.getByLabel('Codice fiscale o partita IVA', { exact: true })
      const code = page.getByLabel('Codice cliente (codice aderente)', { exact: true })
      await taxCode.fill('RSSMRA80A01H501U')
      await code.fill(customer.codiceCliente)
      await press(page.getByRole('button', { name: 'Avanti' }))
      await new IdCapturePanel(page).takeBothSides()
      await press(page.getByRole('button', { name: 'Avanti' }))
      await press(page.getByRole('button', { name: 'RESET LOGIN' }))
      // One answer for any mismatch, back where the codes are.
      await expect(page.getByText('Passo 1 di 3')).toBeVisible()
      await expect(page.getByRole('alert')).toHaveText(
        'Il codice fiscale (o la partita IVA) e il codice cliente non corrispondono: controlla di averli copiati bene dalla bolletta.',
      )
      await taxCode.fill(customer.codiceFiscale!)
      await press(page.getByRole('button', { name: 'Avanti' }))
      await press(page.getByRole('button', { name: 'Avanti' }))
      await press(page.getByRole('button', { name: 'RESET LOGIN' }))
      await expect(page.getByRole('heading', { name: 'Richiesta ricevuta' })).toBeVisible()
      const number = (await page.getByTestId('request-number').textContent())!.trim()

      await new OperatorSignInPage(deskPage).signInAs('back_office')
      const queue = new ReviewQueuePage(deskPage)
      await queue.openFromHome()
      const request = await queue.openRequest(number)
      await request.rejectWith('Documento scaduto', 'Serve un documento in corso di validità.')
      await waitForMail(host, customer.email, 'La tua richiesta non è stata accolta')

      await statusByCodes(page, customer)
      await expect(page.getByRole('main')).toContainText('Respinta')
      await expect(page.getByRole('main')).toContainText('Documento scaduto')
      await expect(page.getByRole('main')).toContainText('Serve un documento in corso di validità.')
    },
  )
})

withBlurredIdCardCamera.describe('with a camera out of focus', () => {
  withBlurredIdCardCamera.use({ mode: 'kiosk', ...kioskScreen })

  withBlurredIdCardCamera(
    'a blurred photo is refused in words and cannot be used',
    async ({ page, host }) => {
      const customer = await customerWithContacts(host, 8)
      await new LoginPage(page).openFromHome()
      await press(page.getByRole('link', { name: 'Hai cambiato il cellulare o l’email?' }))
      await page
        .getByLabel('Codice fiscale o partita IVA', { exact: true })
        .fill(customer.codiceFiscale!)
      await page
        .getByLabel('Codice cliente (codice aderente)', { exact: true })
        .fill(customer.codiceCliente)
      await press(page.getByRole('button', { name: 'Avanti' }))
      const capture = new IdCapturePanel(page)
      await capture.expectRefusedBlur()
      await press(page.getByRole('button', { name: 'Avanti' }))
      await expect(page.getByText('Passo 2 di 3')).toBeVisible()
      expect(await host.counter.db('counter_requests').count({ n: '*' })).toEqual([{ n: 0 }])
    },
  )
})

withIdCardCamera.describe('the desk’s webcam', () => {
  withIdCardCamera.use({ mode: 'desk', ...deskScreen })

  withIdCardCamera(
    'RESET LOGIN with both sides from the webcam, while serving',
    async ({ page, host }) => {
      const customer = await customerWithContacts(host, 11)
      await new OperatorSignInPage(page).signInAs('front_desk')
      const section = new DeskRequestsSection(page)
      await section.open(customer.codiceCliente)
      await section.serve()
      await section.button('RESET LOGIN').click()
      await press(section.button('Usa la webcam'))
      const dialog = page.getByRole('dialog', { name: 'Documento d’identità dalla webcam' })
      const use = dialog.getByRole('button', { name: 'Usa queste foto' })
      await expect(use).toBeDisabled()
      await new IdCapturePanel(page, dialog).takeBothSides()
      await press(use)
      await expect(dialog).toBeHidden()
      await expect(section.root).toContainText('Fronte e retro fotografati con la webcam.')
      await section.button('RESET LOGIN').click()
      const number = await section.receiptNumber()
      expect(
        await host.counter
          .db('counter_request_scans as s')
          .join('counter_requests as r', 'r.id', 's.request_id')
          .where('r.number', number)
          .count({ n: '*' }),
      ).toEqual([{ n: 2 }])
    },
  )
})
