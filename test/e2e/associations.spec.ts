// Customer association (issue #11) as a customer walks it at the kiosk: a confirmed account adds
// a home and a business with the data on their bills and switches between them; each field's
// format is said where it is typed; a mismatch never says which field; too many lock, with the
// time; "Non trovi il codice cliente?" mails the code and shows the same answer for anyone; the
// camera reads the bill's QR code into the field (and is off whenever the panel is not showing
// it). At a desk, an operator associates an account with the customer being served, reading the
// code from a bill PDF, and the customer page lists the association.
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { applyOmocodia } from '../../src-shared/domain/codice-fiscale'
import { givenNameFirst } from '../../src-shared/domain/person-name'
import { generateDemoDocuments } from '../../src-main/features/demo/demo-documents'
import { renderDemoPdf } from '../../src-main/features/demo/demo-pdf'
import type { ReplicaCustomer } from '../../src-main/features/replica/replica-reads'
import type { BrowserHost } from '../support/browser-host'
import { AssociationFormPage, CameraPanel, CustomerChoicePage } from './pages/associations'
import { press } from './pages/app-shell'
import { LoginPage } from './pages/customer-flows'
import { OperatorSignInPage } from './pages/desk-tools'
import {
  cameraTracks,
  keepCameraStreams,
  refuseCamera,
  withBillCamera,
  withFakeCamera,
} from './support/bill-camera'
import { confirmedAccount, demoCustomer, type DemoCustomer } from './support/customers'
import { waitForMail } from './support/inbox'
import { deskScreen, expect, kioskScreen, test } from './support/app-test'

test.use({ mode: 'kiosk', ...kioskScreen })

const password = 'Bollette-Sicure-26!'

/** The replica's row: what is on the customer's bill. */
async function onFile(host: BrowserHost, customer: DemoCustomer): Promise<ReplicaCustomer> {
  return host.counter
    .db('replica_customers')
    .where({ codice_cliente: customer.codiceCliente })
    .first()
}

/** A confirmed account of a private demo customer, signed in at the kiosk, in the area. */
async function signedIn(page: LoginPage['page'], host: BrowserHost, email: string, nth = 20) {
  const owner = await demoCustomer(host, 'private', nth)
  await confirmedAccount(host, owner, email, password)
  const login = new LoginPage(page)
  await login.openFromHome()
  await login.signIn(email, password)
  const area = new CustomerChoicePage(page)
  await area.expectOpen()
  return { owner, area }
}

async function associations(host: BrowserHost, email: string): Promise<string[]> {
  const rows = await host.counter
    .db('counter_account_customers as l')
    .join('counter_accounts as a', 'a.id', 'l.account_id')
    .where('a.email', email)
    .select('l.codice_cliente')
  return rows.map((row: { codice_cliente: string }) => row.codice_cliente).sort()
}

test('a confirmed account adds a home and a business and switches between them', async ({
  page,
  host,
}) => {
  test.slow()
  const email = 'famiglia.associa@mail.example'
  const { owner, area } = await signedIn(page, host, email)
  await expect(area.current).toContainText(givenNameFirst(owner.name))
  await expect(area.list).toHaveCount(1)
  // One customer: nothing to switch to, nothing to remove.
  await expect(page.getByRole('button', { name: /^Rimuovi/ })).toHaveCount(0)

  // A second home (a parent's), the name as people say it, in small letters.
  const home = await demoCustomer(host, 'private', 21)
  let form = await area.openAdd()
  await form.fill({
    name: givenNameFirst(home.name).toLowerCase(),
    kind: 'Privata',
    code: home.codiceCliente,
    taxCode: home.codiceFiscale!.toLowerCase(),
  })
  await form.associate()
  await area.expectOpen()
  await expect(area.news).toHaveText(
    `Fatto: l’utenza ${givenNameFirst(home.name)} è ora nel tuo account.`,
  )
  // The area opens on the customer just added.
  await expect(area.current).toContainText(givenNameFirst(home.name))
  await expect(area.current).toContainText(home.codiceCliente)

  // And a business, by its partita IVA, with the spaces a bill prints.
  const business = await demoCustomer(host, 'business', 1)
  const businessOnFile = await onFile(host, business)
  form = await area.openAdd()
  await form.fill({
    name: business.name.toUpperCase(),
    kind: 'Partita IVA',
    code: `${business.codiceCliente.slice(0, 4)} ${business.codiceCliente.slice(4)}`,
    taxCode: `IT ${businessOnFile.partita_iva}`,
  })
  await form.associate()
  await area.expectOpen()
  await expect(area.current).toContainText(business.name)
  await expect(area.list).toHaveCount(3)
  await expect(area.list.filter({ hasText: business.codiceCliente })).toHaveAttribute(
    'aria-current',
    'true',
  )
  expect(await associations(host, email)).toEqual(
    [owner.codiceCliente, home.codiceCliente, business.codiceCliente].sort(),
  )

  // Switching: the home first, then back to the business.
  await area.lookAt(givenNameFirst(owner.name))
  await expect(area.current).toContainText(owner.codiceCliente)
  await expect(area.news).toHaveText(`Ora stai guardando l’utenza ${givenNameFirst(owner.name)}`)
  await area.lookAt(business.name)
  await expect(area.current).toContainText(business.codiceCliente)

  // Removing one, after a plain question; the area goes on with the others.
  await area.remove(givenNameFirst(home.name))
  await expect(area.news).toHaveText(
    `L’utenza ${givenNameFirst(home.name)} non è più nel tuo account.`,
  )
  await expect(area.list).toHaveCount(2)
  expect(await associations(host, email)).toEqual(
    [owner.codiceCliente, business.codiceCliente].sort(),
  )
})

test('each field’s format is said under it as it is typed, and nothing is sent', async ({
  page,
  host,
}) => {
  const { area } = await signedIn(page, host, 'formato.associa@mail.example', 22)
  const form = await area.openAdd()

  await form.associate()
  await expect(form.fieldError(form.name)).toHaveText(
    'Scrivi il nome del cliente, come è sulla bolletta.',
  )
  await expect(form.kindError).toHaveText('Scegli Privata o Partita IVA.')
  await expect(form.fieldError(form.code)).toHaveText('Campo obbligatorio.')
  await expect(form.name).toBeFocused()

  await form.name.fill('M')
  await expect(form.fieldError(form.name)).toHaveText(
    'Scrivi il nome completo, come è sulla bolletta.',
  )
  await form.name.fill('Maria Rossi')
  await expect(form.fieldError(form.name)).toHaveCount(0)

  // Left with 3 digits in it: said at once.
  await form.code.fill('123')
  await form.code.blur()
  await expect(form.fieldError(form.code)).toHaveText('Il codice cliente ha 8 cifre.')
  await form.code.fill('1234 5678')
  await expect(form.fieldError(form.code)).toHaveCount(0)

  await press(form.kind('Privata'))
  await expect(form.taxCode).toHaveAccessibleName('Codice fiscale')
  await form.taxCode.fill('RSSMRA80A01')
  await form.taxCode.blur()
  await expect(form.fieldError(form.taxCode)).toHaveText(
    'Il codice fiscale ha 16 caratteri, lettere e cifre.',
  )
  // The 16th character typed: judged without leaving the field.
  await form.taxCode.fill('RSSMRA80A01H501X')
  await expect(form.fieldError(form.taxCode)).toHaveText(
    'L’ultima lettera non corrisponde alle altre: controlla di aver copiato bene il codice fiscale.',
  )
  await form.taxCode.fill('RSSMRA80A41H50XU')
  await expect(form.fieldError(form.taxCode)).toContainText('Un carattere non è al suo posto')

  await press(form.kind('Partita IVA'))
  await expect(form.taxCode).toHaveAccessibleName('Partita IVA o C.O.E.')
  await expect(form.taxCode).toHaveValue('')
  await form.taxCode.fill('0123456789')
  await form.taxCode.blur()
  await expect(form.fieldError(form.taxCode)).toHaveText(
    'La partita IVA ha 11 cifre (senza IT davanti, se vuoi).',
  )
  await form.taxCode.fill('01114601007')
  await expect(form.fieldError(form.taxCode)).toHaveText(
    'L’ultima cifra non corrisponde alle altre: controlla di aver copiato bene la partita IVA.',
  )
  await form.taxCode.fill('SM7')
  await expect(form.fieldError(form.taxCode)).toHaveText(
    'Questo C.O.E. di 1 o 2 cifre non risulta assegnato: controlla il numero sulla bolletta.',
  )
  await form.taxCode.fill('')
  await form.associate()
  await expect(form.fieldError(form.taxCode)).toHaveText('Scrivi la partita IVA o il C.O.E.')
  await expect(form.problem).toHaveCount(0)
  // Formats are the form's own business: main was asked nothing.
  const asked = await host.counter.db('counter_audit_log').where({ action: 'association.add' })
  expect(asked).toEqual([])
})

test.describe('mismatches', () => {
  test.use({ clockAt: '2026-11-23T09:00:00.000Z', timezoneId: 'Europe/Rome' })

  test('a mismatch names no field, whichever it was; five lock the form until a shown time', async ({
    page,
    host,
  }) => {
    test.slow()
    const { area } = await signedIn(page, host, 'sbaglia.associa@mail.example', 23)
    const target = await demoCustomer(host, 'private', 24)
    const other = await demoCustomer(host, 'private', 25)
    const right = {
      name: givenNameFirst(target.name),
      kind: 'Privata' as const,
      code: target.codiceCliente,
      taxCode: target.codiceFiscale!,
    }
    const form = await area.openAdd()
    const generic =
      'I dati non corrispondono a quelli di una bolletta: controlla di averli copiati tutti bene e riprova.'
    const wrongs = [
      { ...right, name: 'Mario Nessuno' },
      { ...right, taxCode: other.codiceFiscale! },
      { ...right, code: other.codiceCliente },
    ]
    const answers: string[] = []
    for (const wrong of wrongs) {
      await form.fill(wrong)
      await form.associate()
      await expect(form.problem).toContainText(generic)
      answers.push(await form.problem.innerText())
      // Not a field marked, not a field's message: the whole form is what did not match.
      await expect(page.locator('.form-field__error')).toHaveCount(0)
      await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0)
    }
    // The same words for each, up to the count of tries left.
    expect(answers[0]).toBe(generic)
    expect(answers[1]).toBe(generic)
    expect(answers[2]).toBe(
      `${generic} Ancora 2 tentativi, poi la verifica si blocca per qualche minuto.`,
    )
    await form.fill({ ...right, kind: 'Privata', taxCode: other.codiceFiscale! })
    await form.associate()
    await expect(form.problem).toContainText('Ancora un tentativo')
    await form.fill({ ...right, name: 'Altro Nome' })
    await form.associate()
    // 09:00 UTC on the hosts' clock, locked for a minute: 10:01 in the office.
    await expect(form.problem).toHaveText(
      'Troppi tentativi non riusciti: per sicurezza la verifica è bloccata fino alle 10:01. Riprova dopo, o chiedi aiuto al personale.',
    )
    // Locked: the right data waits too.
    await form.fill(right)
    await form.associate()
    await expect(form.problem).toContainText('bloccata fino alle 10:01')
    await expect(form.shell.heading()).toHaveText('Aggiungi un cliente')
  })
})

test('“Non trovi il codice cliente?” mails the code and answers alike for anyone', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 26)
  const onBill = await onFile(host, customer)
  expect(onBill.email).toBeTruthy()

  // From REGISTRATI's first step, as a customer without the bill at hand.
  await page.goto('/#/registrati')
  await press(page.getByRole('link', { name: 'Non trovi il codice cliente?' }))
  const heading = page.getByRole('main').getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('Non trovi il codice cliente?')
  const send = page.getByRole('button', { name: 'Invia il codice cliente' })
  const taxCode = page.getByLabel('Codice fiscale', { exact: true })
  await press(page.getByRole('radio', { name: /^Privata/ }))
  await taxCode.fill('RSSMRA80A01H50')
  await press(send)
  await expect(taxCode).toHaveAccessibleDescription(/Il codice fiscale ha 16 caratteri/)
  await taxCode.fill(customer.codiceFiscale!.toLowerCase())
  await press(send)
  const sent = page.getByRole('region', { name: 'Richiesta ricevuta' })
  await expect(sent).toContainText(
    'Se i dati corrispondono a un cliente, gli abbiamo inviato il codice cliente all’email (o al cellulare) che risulta a noi.',
  )
  const answer = await page.getByRole('main').innerText()
  expect(answer).not.toContain(customer.codiceCliente)
  expect(answer).not.toContain(onBill.email!)

  // The code reaches the contact on file, and only there.
  const mail = await waitForMail(host, onBill.email!, 'Il tuo codice cliente')
  expect(mail.text).toContain(customer.codiceCliente)

  // Nobody has this codice fiscale: the screen says exactly the same.
  await press(page.getByRole('link', { name: 'Torna a Registrati' }))
  await expect(heading).toHaveText('Registrati')
  await press(page.getByRole('link', { name: 'Non trovi il codice cliente?' }))
  await press(page.getByRole('radio', { name: /^Privata/ }))
  await taxCode.fill(applyOmocodia(customer.codiceFiscale!, 1))
  await press(send)
  await expect(sent).toBeVisible()
  expect(await page.getByRole('main').innerText()).toBe(answer)
})

test('from the association form the way to the lost code keeps what was typed', async ({
  page,
  host,
}) => {
  const { area } = await signedIn(page, host, 'bozza.associa@mail.example', 27)
  const form = await area.openAdd()
  await form.fill({ name: 'Maria Rossi', kind: 'Privata', taxCode: 'RSSMRA80A41H501Y' })
  await press(form.lostCode)
  await expect(form.shell.heading()).toHaveText('Non trovi il codice cliente?')
  await press(page.getByRole('link', { name: 'Torna ad Aggiungi un cliente' }))
  await expect(form.shell.heading()).toHaveText('Aggiungi un cliente')
  await expect(form.name).toHaveValue('Maria Rossi')
  await expect(form.kind('Privata')).toBeChecked()
  await expect(form.taxCode).toHaveValue('RSSMRA80A41H501Y')
})

withBillCamera.describe('the camera reads the bill', () => {
  withBillCamera.use({ mode: 'kiosk', ...kioskScreen })

  withBillCamera(
    'the QR code of the bill fills the codice cliente, never submits, and the camera goes off',
    async ({ page, host, billCustomer }) => {
      await keepCameraStreams(page)
      const { area } = await signedIn(page, host, 'camera.associa@mail.example', 28)
      const form = await area.openAdd()
      await form.name.fill(billCustomer.name)
      await press(form.readFromBill)
      await expect(form.code).toHaveValue(billCustomer.codiceCliente)
      await expect(new CameraPanel(page).dialog).toHaveCount(0)
      await expect(
        page.getByRole('status').filter({ hasText: 'Letto dalla bolletta' }),
      ).toBeVisible()
      await expect(form.code).toBeFocused()
      expect(await cameraTracks(page)).toEqual({ opened: 1, live: 0 })
      // Filled, not sent: the customer is still on the form, and main was asked nothing.
      await expect(form.shell.heading()).toHaveText('Aggiungi un cliente')
      expect(
        await host.counter.db('counter_audit_log').where({ action: 'association.add' }),
      ).toEqual([])
      // The rest typed, ASSOCIA: the business is the account's.
      const onBill = await onFile(host, billCustomer)
      await press(form.kind('Partita IVA'))
      await form.taxCode.fill(onBill.codice_coe!)
      await form.associate()
      await area.expectOpen()
      await expect(area.current).toContainText(billCustomer.codiceCliente)
    },
  )
})

withFakeCamera.describe('a camera that sees no bill', () => {
  withFakeCamera.use({ mode: 'kiosk', ...kioskScreen })

  withFakeCamera(
    'the panel shows the picture and where to aim; the camera is off when it closes, when the screen is left and when the idle warning covers it',
    async ({ page, host }) => {
      test.slow()
      await keepCameraStreams(page)
      await page.clock.install()
      const { area } = await signedIn(page, host, 'mira.associa@mail.example', 29)
      const form = await area.openAdd()
      const camera = new CameraPanel(page)

      await press(form.readFromBill)
      await expect(camera.dialog).toContainText(
        'Inquadra il codice QR in basso a destra della bolletta',
      )
      await expect(camera.dialog.getByRole('status')).toHaveText('Sto cercando il codice QR…')
      await expect.poll(() => cameraTracks(page)).toEqual({ opened: 1, live: 1 })
      await press(camera.close)
      await expect(camera.dialog).toHaveCount(0)
      expect(await cameraTracks(page)).toEqual({ opened: 1, live: 0 })
      await form.code.fill('1234')

      // Left while filming (the kiosk's shell sends it home): off.
      await press(form.readFromBill)
      await expect.poll(() => cameraTracks(page)).toEqual({ opened: 2, live: 1 })
      await page.evaluate(() => (window.location.hash = '#/'))
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Buongiorno')
      await expect.poll(() => cameraTracks(page)).toEqual({ opened: 2, live: 0 })

      // Untouched while filming: the idle warning covers the screen, and the camera is off.
      await page.goto('/#/associa-cliente')
      await press(form.readFromBill)
      await expect.poll(() => cameraTracks(page)).toMatchObject({ live: 1 })
      await page.clock.fastForward('01:35')
      await expect(page.getByRole('alertdialog')).toBeVisible()
      await expect.poll(() => cameraTracks(page)).toMatchObject({ live: 0 })
      await expect(camera.dialog).toHaveCount(0)
    },
  )
})

test('without a camera (refused) the panel says so and the code is typed by hand', async ({
  page,
  host,
}) => {
  await refuseCamera(page)
  const { area } = await signedIn(page, host, 'senza.camera@mail.example', 30)
  const home = await demoCustomer(host, 'private', 31)
  const form = await area.openAdd()
  await press(form.readFromBill)
  const camera = new CameraPanel(page)
  await expect(camera.dialog).toContainText(
    'La fotocamera non si può usare: il permesso è stato negato. Scrivi il codice cliente a mano: si trova in alto a destra della bolletta.',
  )
  await press(camera.dialog.getByRole('button', { name: 'Scrivi il codice a mano' }))
  await expect(camera.dialog).toHaveCount(0)
  await form.fill({
    name: givenNameFirst(home.name),
    kind: 'Privata',
    code: home.codiceCliente,
    taxCode: home.codiceFiscale!,
  })
  await form.associate()
  await area.expectOpen()
  await expect(area.current).toContainText(home.codiceCliente)
})

test.describe('at the desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('an operator associates an account with the customer served, from a bill PDF', async ({
    page,
    host,
  }) => {
    test.slow()
    const email = 'titolare.sportello@mail.example'
    const owner = await demoCustomer(host, 'private', 32)
    await confirmedAccount(host, owner, email, password)
    const served = await demoCustomer(host, 'business', 3)
    const servedOnFile = await onFile(host, served)

    await new OperatorSignInPage(page).signInAs('front_desk')
    await page.goto(`/#/clienti/${served.codiceCliente}`)
    const section = page.getByRole('region', { name: 'Associa a un account' })
    await expect(section).toContainText(
      'Per associare questo cliente a un account, prima premi «Servi questo cliente».',
    )
    await page.getByRole('button', { name: 'Servi questo cliente' }).click()

    const form = new AssociationFormPage(page)
    // The customer served: their kind and codice cliente are there already.
    await expect(form.kind('Partita IVA')).toBeChecked()
    await expect(form.code).toHaveValue(served.codiceCliente)

    // The bill PDF the customer brought: a file too big to be a bill, a broken file, a PDF of
    // something else, another customer's bill, then theirs.
    const pdfInput = section.getByTestId('bill-pdf-input')
    // Over 10 MB, though it starts as a PDF does: refused before pdf.js reads it.
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1, ' ')
    huge.write('%PDF-1.7\n')
    await pdfInput.setInputFiles({
      name: 'scansione-enorme.pdf',
      mimeType: 'application/pdf',
      buffer: huge,
    })
    await expect(section.getByRole('status')).toHaveText(
      '«scansione-enorme.pdf» è troppo grande (più di 10 MB) per essere una bolletta: scegli il PDF di una bolletta.',
    )
    await expect(form.code).toHaveValue(served.codiceCliente)
    await pdfInput.setInputFiles({
      name: 'scansione.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('non è un pdf'),
    })
    await expect(section.getByRole('status')).toHaveText(
      '«scansione.pdf» non si apre come PDF: forse è danneggiato, o non è un PDF.',
    )
    await pdfInput.setInputFiles({
      name: 'lettera.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await letterPdf()),
    })
    await expect(section.getByRole('status')).toHaveText(
      'In «lettera.pdf» non c’è un codice cliente: scegli il PDF di una bolletta.',
    )
    await pdfInput.setInputFiles({
      name: 'bolletta-altra.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await billPdf(await onFile(host, owner))),
    })
    await expect(form.code).toHaveValue(owner.codiceCliente)
    await expect(form.fieldError(form.code)).toHaveText(
      `Non è il codice del cliente che stai servendo (${served.codiceCliente}): controlla che la bolletta sia sua.`,
    )
    await pdfInput.setInputFiles({
      name: 'bolletta.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await billPdf(servedOnFile)),
    })
    await expect(form.code).toHaveValue(served.codiceCliente)
    await expect(form.fieldError(form.code)).toHaveCount(0)
    await expect(section.getByRole('status').first()).toContainText(
      'Codice cliente letto da «bolletta.pdf»',
    )

    await form.accountEmail.fill(email)
    await form.name.fill(served.name)
    await form.taxCode.fill(servedOnFile.partita_iva!)
    await form.submit.click()
    await expect(section.getByRole('status').first()).toHaveText(
      `Fatto: l’account ${email} ora vede questa utenza.`,
    )
    // The accounts list: the association, since when, the customer's holder.
    const account = page
      .getByRole('region', { name: 'Account del portale' })
      .getByRole('listitem')
      .filter({ hasText: email })
    await expect(account).toContainText('associato il')
    await expect(account).toContainText('Titolare')
    await expect(form.accountEmail).toHaveValue('')
    const audit = await host.counter
      .db('counter_audit_log')
      .where({ action: 'association.add', outcome: 'ok' })
    expect(audit.map((row) => row.for_customer)).toEqual([served.codiceCliente])

    // And removed again, after a plain question.
    await account.getByRole('button', { name: `Rimuovi associazione: ${email}` }).click()
    const dialog = page.getByRole('dialog', { name: 'Rimuovere l’associazione?' })
    await dialog.getByRole('button', { name: 'Rimuovi', exact: true }).click()
    await expect(page.getByRole('region', { name: 'Account del portale' })).toContainText(
      `L’associazione con ${email} è stata rimossa.`,
    )
    await expect(account).toHaveCount(0)
  })
})

/** A demo bill of the customer, as the demo data prints it. */
async function billPdf(customer: ReplicaCustomer): Promise<Uint8Array> {
  const [bill] = generateDemoDocuments([customer], { today: '2026-11-01', seed: 7 })
  return renderDemoPdf(bill!, customer)
}

/** A PDF that is no bill: a letter without a codice cliente. */
async function letterPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const page = pdf.addPage()
  page.drawText('Gentile cliente, la informiamo che gli uffici resteranno chiusi.', {
    x: 40,
    y: 700,
    size: 12,
    font: await pdf.embedFont(StandardFonts.Helvetica),
  })
  return pdf.save()
}
