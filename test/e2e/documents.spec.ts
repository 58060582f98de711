// Bills and documents (issue #14, seed 002) in real Chromium against the real services: at the
// kiosk a customer opens a bill from "Le tue bollette" in the pdf.js viewer, turns to page 2 (the
// demo bills have one page: the setup gives this one a second, built with pdf-lib into its
// replica row), zooms, rotates, uses the thumbnails and finds words of the bill; opening marks it
// read. A truncated PDF shows its message and nothing else breaks. Two bills mailed to self reach
// the demo mailbox: it keeps no attachments, so their presence is read from the outbox row's
// `attachments_json` and the size of the message that arrived. At the desk, three chosen bills
// give one zip holding exactly those three PDFs, byte for byte; SCARICA gives one PDF.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { PDFDocument } from 'pdf-lib'
import { listDemoMailbox } from '../../src-main/infra/mail/demo-smtp-server'
import type { BrowserHost } from '../support/browser-host'
import { press } from './pages/app-shell'
import { expectNoViolations } from './support/axe'
import { CustomerArea, LoginPage } from './pages/customer-flows'
import { DeskHomePage } from './pages/desk-home-page'
import {
  customerWithBills,
  DocumentListPage,
  newestDocuments,
  pdfOf,
  replacePdf,
  ViewerPage,
  withSecondPage,
} from './pages/documents'
import type { OnFile } from './pages/secure-channel'
import { deskScreen, expect, kioskScreen, test } from './support/app-test'
import { confirmedAccount } from './support/customers'
import { waitForMail } from './support/inbox'

const password = 'Bollette-Lette-26!'
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const fileName = (number: string) => `${number.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`

async function signedIn(page: Page, host: BrowserHost, nth: number): Promise<OnFile> {
  const customer = await customerWithBills(host, nth)
  const email = `lettore.${nth}@mail.example`
  await confirmedAccount(host, customer, email, password)
  const login = new LoginPage(page)
  await login.openFromHome()
  await login.signIn(email, password)
  await new CustomerArea(page).expectOpen()
  return customer
}

test.describe('at the kiosk', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('a bill in the viewer: page 2, zoom, rotate, thumbnails, find; opening marks it read', async ({
    page,
    host,
  }) => {
    const customer = await customerWithBills(host, 2)
    const [bill] = await newestDocuments(host, customer.codiceCliente, 1)
    await replacePdf(host, bill!.id, await withSecondPage(await pdfOf(host, bill!.id)))
    await signedIn(page, host, 2)

    const list = new DocumentListPage(page)
    await list.openFromArea(customer.codiceCliente)
    await expect(list.row(bill!.number)).toContainText('Nuovo')
    await page.screenshot({ path: '/tmp/documents-kiosk-list.png' })
    await expectNoViolations(page, 'Le tue bollette')
    await list.open(bill!.number)

    const viewer = new ViewerPage(page, bill!.number)
    await viewer.expectPage(1, 2)
    await expect(viewer.textLayer).toContainText('INTESTATARIO')
    await expect(viewer.thumbnails).toHaveCount(2)
    await expectNoViolations(page, 'the viewer')

    // Page 2 by the button, back by the keyboard, there again by its thumbnail.
    await press(viewer.next)
    await viewer.expectPage(2, 2)
    await expect(viewer.textLayer).toContainText('CONDIZIONI GENERALI DI FORNITURA')
    await page.keyboard.press('ArrowLeft')
    await viewer.expectPage(1, 2)
    await press(viewer.thumbnails.nth(1))
    await viewer.expectPage(2, 2)
    await expect(viewer.thumbnails.nth(1)).toHaveAttribute('aria-current', 'page')

    // Zoom: the page is drawn larger, then smaller by the key.
    const fitted = await viewer.zoomPercent()
    const before = await viewer.canvasSize()
    await press(viewer.zoomIn)
    await expect.poll(() => viewer.zoomPercent()).toBeGreaterThan(fitted)
    await expect.poll(async () => (await viewer.canvasSize()).width).toBeGreaterThan(before.width)
    const zoomed = await viewer.zoomPercent()
    await page.keyboard.press('-')
    await expect.poll(() => viewer.zoomPercent()).toBeLessThan(zoomed)
    await press(viewer.fitPage)
    await expect(viewer.fitPage).toHaveAttribute('aria-pressed', 'true')
    await expect.poll(() => viewer.zoomPercent()).toBeLessThanOrEqual(fitted)
    await press(viewer.fitWidth)

    // Rotate: the A4 page lies on its side, its text layer turned with it.
    await press(viewer.rotate)
    await expect
      .poll(async () => {
        const size = await viewer.canvasSize()
        return size.width > size.height
      })
      .toBe(true)
    await expect(viewer.textLayer).toHaveAttribute('data-main-rotation', '90')
    await page.keyboard.press('r')
    await page.keyboard.press('r')
    await page.keyboard.press('r')
    await expect(viewer.textLayer).toHaveAttribute('data-main-rotation', '0')

    // Find (Ctrl+F): a word of the bill's first page, from page 2, goes there and marks it.
    await page.keyboard.press('Control+f')
    await expect(viewer.find).toBeFocused()
    await page.keyboard.type('intestatario')
    await viewer.expectPage(1, 2)
    await expect(viewer.findStatus).toHaveText(/^1 di \d+$/)
    await expect(viewer.currentMatch).toHaveText('INTESTATARIO')
    await viewer.find.fill('fornitura')
    await expect(viewer.findStatus).toHaveText(/^1 di \d+$/)
    await expect(viewer.currentMatch).toBeVisible()
    await viewer.find.fill('parola-che-non-c-e')
    await expect(viewer.findStatus).toHaveText('Nessun risultato')
    await viewer.find.fill('')

    await press(viewer.contrast)
    await expect(viewer.contrast).toHaveAttribute('aria-pressed', 'true')
    await press(viewer.contrast)
    await page.screenshot({ path: '/tmp/documents-kiosk-viewer.png' })

    // Opened is read: back in the list it is no longer new.
    await press(page.getByRole('link', { name: 'Torna alle bollette' }))
    await expect(list.row(bill!.number)).toBeVisible()
    await expect(list.row(bill!.number)).not.toContainText('Nuovo')
    const account = await host.counter
      .db('counter_accounts')
      .where({ email: 'lettore.2@mail.example' })
      .first()
    const read = await host.counter
      .db('counter_document_reads')
      .where({ account_id: account.id, document_id: bill!.id })
      .first()
    expect(read?.how).toBe('open')
  })

  test('Stampa prints the original: every page at 300 dpi, one per A4 sheet, nothing else', async ({
    page,
    host,
  }) => {
    const customer = await customerWithBills(host, 4)
    const [bill] = await newestDocuments(host, customer.codiceCliente, 1)
    await replacePdf(host, bill!.id, await withSecondPage(await pdfOf(host, bill!.id)))
    // The browser's print() is the system's dialog: here it only says it was asked.
    await page.addInitScript(() => {
      window.print = () => {
        ;(window as unknown as { printAsked: number }).printAsked =
          ((window as unknown as { printAsked?: number }).printAsked ?? 0) + 1
      }
    })
    await signedIn(page, host, 4)
    const list = new DocumentListPage(page)
    await list.openFromArea(customer.codiceCliente)
    await list.open(bill!.number)
    const viewer = new ViewerPage(page, bill!.number)
    await viewer.expectPage(1, 2)
    await press(page.getByRole('button', { name: 'Stampa', exact: true }))
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printAsked?: number }).printAsked))
      .toBe(1)

    // What goes to the printer: both pages, drawn at 300 dpi (an A4 page is 595 × 842 pt).
    const sheet = page.locator('.print-sheet canvas')
    await expect(sheet).toHaveCount(2)
    const sizes = await sheet.evaluateAll((canvases) =>
      canvases.map((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]),
    )
    for (const [width, height] of sizes) {
      expect(width).toBeGreaterThanOrEqual(Math.floor((595 / 72) * 300))
      expect(height).toBeGreaterThanOrEqual(Math.floor((842 / 72) * 300))
    }
    // Chromium's own print rendering: two A4 pages, the screen's controls not among them.
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: 'Stampa', exact: true })).toBeHidden()
    const printed = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }))
    expect(printed.getPageCount()).toBe(2)
    const { width, height } = printed.getPage(0).getSize()
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842])
    await page.emulateMedia({ media: 'screen' })
    // The print handed over, the sheet goes.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await expect(sheet).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Stampa', exact: true })).toBeVisible()
  })

  test('a truncated or empty PDF says so, and the list still works', async ({ page, host }) => {
    const customer = await customerWithBills(host, 3)
    const [broken, whole, empty] = await newestDocuments(host, customer.codiceCliente, 3)
    const bytes = await pdfOf(host, broken!.id)
    await replacePdf(host, broken!.id, bytes.subarray(0, Math.floor(bytes.length * 0.4)))
    await replacePdf(host, empty!.id, new Uint8Array(0))
    await signedIn(page, host, 3)

    const list = new DocumentListPage(page)
    await list.openFromArea(customer.codiceCliente)
    await list.open(broken!.number)
    const viewer = new ViewerPage(page, broken!.number)
    await expect(viewer.problem).toHaveText(
      'Il documento è danneggiato o incompleto e non si può mostrare. Chiedi allo sportello una copia.',
    )
    await expect(viewer.canvas).toHaveCount(0)
    await page.screenshot({ path: '/tmp/documents-kiosk-broken.png' })

    // Nothing else broke: back to the list, another bill opens.
    await press(page.getByRole('link', { name: 'Torna alle bollette' }))
    await list.open(whole!.number)
    await new ViewerPage(page, whole!.number).expectPage(1, 1)

    // An empty file is said as such.
    await press(page.getByRole('link', { name: 'Torna alle bollette' }))
    await list.open(empty!.number)
    await expect(new ViewerPage(page, empty!.number).problem).toHaveText(
      'Il documento è vuoto: non c’è niente da mostrare. Chiedi allo sportello una copia.',
    )
  })

  test('two bills mailed to self reach the mailbox on file, attached', async ({ page, host }) => {
    const customer = await signedIn(page, host, 4)
    const [first, second] = await newestDocuments(host, customer.codiceCliente, 2)
    const list = new DocumentListPage(page)
    await list.openFromArea(customer.codiceCliente)
    await expect(list.page.getByRole('button', { name: /SCARICA/ })).toHaveCount(0)
    await list.choose(first!.number)
    await list.choose(second!.number)
    await expect(page.getByText('2 scelti')).toBeVisible()
    await press(list.mailSelected)
    await expect(page.getByRole('status').filter({ hasText: 'Inviati a' })).toHaveText(
      /Inviati a .+: 2 documenti in 1 email\./,
    )

    const mail = await waitForMail(host, customer.email, 'I documenti richiesti')
    expect(mail.text).toContain(first!.number)
    expect(mail.text).toContain(second!.number)
    // What arrived carried exactly those two PDFs, byte for byte.
    const [arrived] = (
      await listDemoMailbox(host.counter.db, { to: customer.email, limit: 10 })
    ).filter((m) => m.subject === 'I documenti richiesti')
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
    expect(arrived!.attachments.map((a) => a.sha256).sort()).toEqual(
      [sha(await pdfOf(host, first!.id)), sha(await pdfOf(host, second!.id))].sort(),
    )
    expect(arrived!.attachments.every((a) => a.mimeType === 'application/pdf')).toBe(true)
  })
})

test.describe('at the desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('three chosen bills give one zip with exactly those PDFs; SCARICA gives one', async ({
    page,
    host,
  }) => {
    const customer = await customerWithBills(host, 5)
    const chosen = await newestDocuments(host, customer.codiceCliente, 3)
    await new DeskHomePage(page).open('front_desk')
    await page.goto(`/#/clienti/${customer.codiceCliente}`)
    const section = page.getByRole('region', { name: 'Documenti e bollette' })
    await expect(section).toContainText('prima premi «Servi questo cliente»')
    await page.getByRole('button', { name: 'Servi questo cliente' }).click()

    const list = new DocumentListPage(page)
    await expect(list.row(chosen[0]!.number)).toBeVisible()
    for (const document of chosen) await list.choose(document.number)
    await section.scrollIntoViewIfNeeded()
    await section.screenshot({ path: '/tmp/documents-desk-section.png' })
    await expectNoViolations(page, 'Documenti e bollette')

    const zipped = page.waitForEvent('download')
    await list.downloadSelected.click()
    const zip = await zipped
    expect(zip.suggestedFilename()).toBe(`documenti-${customer.codiceCliente}.zip`)
    const files = unzipSync(new Uint8Array(await readFile(await zip.path())))
    expect(Object.keys(files).sort()).toEqual(chosen.map((d) => fileName(d.number)).sort())
    for (const document of chosen)
      expect(sha256(files[fileName(document.number)]!)).toBe(sha256(await pdfOf(host, document.id)))
    await expect(section.getByRole('status').filter({ hasText: 'file .zip' })).toHaveText(
      '3 documenti nel file .zip',
    )

    const [one] = chosen
    const single = page.waitForEvent('download')
    await page.getByRole('button', { name: `SCARICA il documento ${one!.number}` }).click()
    const pdf = await single
    expect(pdf.suggestedFilename()).toBe(fileName(one!.number))
    expect(sha256(await readFile(await pdf.path()))).toBe(sha256(await pdfOf(host, one!.id)))

    // Apri: the same viewer, in a dialog.
    await page.getByRole('button', { name: `Apri il documento ${one!.number}` }).click()
    const viewer = new ViewerPage(page, one!.number)
    await viewer.expectPage(1, 1)
    await page.screenshot({ path: '/tmp/documents-desk-viewer.png' })
  })
})
