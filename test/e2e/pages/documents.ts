// The documents' pages (issue #14): the list of bills (kiosk's "Le tue bollette", the desk's
// "Documenti e bollette" section) and the pdf.js viewer, as a customer or a clerk uses them; and
// the test data about them read from (or written into) the replica the test runs on.
import { expect, type Locator, type Page } from '@playwright/test'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { BrowserHost } from '../../support/browser-host'
import { press } from './app-shell'
import type { OnFile } from './secure-channel'

export type ReplicaDocument = { id: number; number: string; bytes: number }

/** A private customer with email and mobile on file and at least `min` documents. */
export async function customerWithBills(host: BrowserHost, nth: number, min = 4): Promise<OnFile> {
  const row = await host.counter
    .db('replica_customers as c')
    .join('replica_documents as d', 'd.codice_cliente', 'c.codice_cliente')
    .where('c.kind', 'private')
    .whereNotNull('c.codice_fiscale')
    .whereNotNull('c.email')
    .whereNotNull('c.mobile')
    .groupBy('c.codice_cliente')
    .havingRaw('count(d.id) >= ?', [min])
    .orderBy('c.codice_cliente')
    .offset(nth)
    .first('c.*')
  if (!row) throw new Error(`no demo customer with ${min} documents #${nth}`)
  return {
    codiceCliente: row.codice_cliente,
    kind: 'private',
    name: row.name,
    codiceFiscale: row.codice_fiscale,
    registrationCode: row.codice_iss,
    email: row.email,
    mobile: row.mobile,
  }
}

/** The customer's documents as the list shows them first: the newest issued first. */
export async function newestDocuments(
  host: BrowserHost,
  codiceCliente: string,
  count: number,
): Promise<ReplicaDocument[]> {
  const rows = await host.counter
    .db('replica_documents')
    .where({ codice_cliente: codiceCliente })
    .orderBy('issued_on', 'desc')
    .orderBy('id', 'desc')
    .limit(count)
  return rows.map((r) => ({ id: r.id, number: r.doc_number, bytes: r.pdf_bytes }))
}

export async function pdfOf(host: BrowserHost, documentId: number): Promise<Buffer> {
  const row = await host.counter
    .db('replica_document_files')
    .where({ document_id: documentId })
    .first()
  return Buffer.from(row.pdf)
}

/** Test setup: the document's file replaced (its size kept true in the replica's row). */
export async function replacePdf(host: BrowserHost, documentId: number, pdf: Uint8Array) {
  await host.counter
    .db('replica_document_files')
    .where({ document_id: documentId })
    .update({ pdf: Buffer.from(pdf) })
  await host.counter
    .db('replica_documents')
    .where({ id: documentId })
    .update({ pdf_bytes: pdf.length })
}

/**
 * The demo bills have one page: this one gets a second, "Condizioni di fornitura", with a word
 * of its own to find (CONDIZIONI), as a real bill's back page.
 */
export async function withSecondPage(bill: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bill)
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const [first] = pdf.getPages()
  const page = pdf.addPage(first ? [first.getWidth(), first.getHeight()] : undefined)
  const height = page.getHeight()
  page.drawText('CONDIZIONI GENERALI DI FORNITURA', { x: 48, y: height - 80, size: 16, font })
  page.drawText('Pagina due della bolletta: come leggere i consumi.', {
    x: 48,
    y: height - 110,
    size: 11,
    font,
  })
  return pdf.save({ useObjectStreams: false })
}

export class DocumentListPage {
  readonly heading: Locator
  readonly search: Locator
  readonly table: Locator
  readonly mailSelected: Locator
  readonly downloadSelected: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 })
    this.search = page.getByLabel('Cerca per numero o periodo')
    this.table = page.getByRole('table', { name: 'Documenti e bollette' })
    this.mailSelected = page.getByRole('button', { name: 'Inviami per email' })
    this.downloadSelected = page.getByRole('button', { name: 'Scarica i documenti' })
  }

  /** At the kiosk, from the area clienti's card. */
  async openFromArea(codiceCliente: string): Promise<void> {
    await press(
      this.page.getByRole('link', { name: `Le tue bollette dell’utenza ${codiceCliente}` }),
    )
    await expect(this.heading).toHaveText('Le tue bollette')
  }

  row(number: string): Locator {
    return this.table.getByRole('row').filter({ hasText: number })
  }

  async choose(number: string): Promise<void> {
    await press(this.page.getByRole('checkbox', { name: `Scegli il documento ${number}` }))
  }

  async open(number: string): Promise<void> {
    await press(this.page.getByRole('button', { name: `Apri il documento ${number}` }))
  }
}

export class ViewerPage {
  readonly root: Locator
  readonly pageStatus: Locator
  readonly next: Locator
  readonly previous: Locator
  readonly zoomIn: Locator
  readonly zoomOut: Locator
  readonly zoomStatus: Locator
  readonly fitWidth: Locator
  readonly fitPage: Locator
  readonly rotate: Locator
  readonly thumbnails: Locator
  readonly contrast: Locator
  readonly find: Locator
  readonly findStatus: Locator
  readonly nextMatch: Locator
  readonly canvas: Locator
  readonly textLayer: Locator
  readonly currentMatch: Locator
  readonly problem: Locator

  constructor(
    readonly page: Page,
    number: string,
  ) {
    this.root = page.getByRole('region', { name: `Documento ${number}` })
    const tools = this.root.getByRole('toolbar', { name: 'Strumenti del documento' })
    this.pageStatus = tools.getByText(/^Pagina \d+ di \d+$/)
    this.next = tools.getByRole('button', { name: 'Pagina successiva' })
    this.previous = tools.getByRole('button', { name: 'Pagina precedente' })
    this.zoomIn = tools.getByRole('button', { name: 'Ingrandisci' })
    this.zoomOut = tools.getByRole('button', { name: 'Riduci' })
    this.zoomStatus = tools.getByText(/^\d+%$/)
    this.fitWidth = tools.getByRole('button', { name: 'Adatta alla larghezza' })
    this.fitPage = tools.getByRole('button', { name: 'Pagina intera' })
    this.rotate = tools.getByRole('button', { name: 'Ruota' })
    this.thumbnails = this.root.getByRole('navigation', { name: 'Miniature' }).getByRole('button')
    this.contrast = tools.getByRole('button', { name: 'Alto contrasto' })
    this.find = tools.getByRole('searchbox', { name: 'Cerca nel documento (Ctrl+F)' })
    this.findStatus = tools.getByRole('status')
    this.nextMatch = tools.getByRole('button', { name: 'Risultato successivo' })
    this.canvas = this.root.locator('canvas.pdf-viewer__canvas')
    this.textLayer = this.root.getByRole('document', { name: /^Testo della pagina/ })
    this.currentMatch = this.root.locator('mark.pdf-viewer__match--current')
    this.problem = this.root.getByRole('alert')
  }

  async expectPage(n: number, total: number): Promise<void> {
    await expect(this.pageStatus).toHaveText(`Pagina ${n} di ${total}`)
    await expect(this.textLayer).toHaveAccessibleName(`Testo della pagina ${n}`)
  }

  async zoomPercent(): Promise<number> {
    return Number((await this.zoomStatus.textContent())?.replace('%', ''))
  }

  async canvasSize(): Promise<{ width: number; height: number }> {
    return this.canvas.evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }))
  }
}
