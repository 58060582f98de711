// The PDF of a demo document: one A4 page in the standard Helvetica font, laid out like a utility
// bill. Byte-identical for the same input (no clock, no random ids), so seeding is reproducible.
// The fixed texts (the utility's name and address, service names, the footer) come from
// resources/demo/bills.json.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import QRCode from 'qrcode'
import { billQrText } from '../../../src-shared/domain/bill-code'
import billInputs from '../../../resources/demo/bills.json' with { type: 'json' }
import type { DemoCustomer } from './demo-customers'
import { demoServices, type DemoDocument } from './demo-documents'

/** A fictional utility: the demo must not pass for a real company's bill. */
export const DEMO_UTILITY: Readonly<{ name: string; address: string; contacts: string }> =
  billInputs.utility

/** The line at the foot of every page: the document is not a real bill. */
const FOOTER: string = billInputs.footer

const A4: [number, number] = [595.28, 841.89]
const MARGIN = 48
const BLUE = rgb(0, 0.4, 0.8)
const INK = rgb(0.1, 0.1, 0.12)
const GREY = rgb(0.42, 0.44, 0.48)
const LIGHT = rgb(0.93, 0.95, 0.98)

/** "2025-03-15" → "15/03/2025". */
export const italianDate = (iso: string): string =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

// Numbers are formatted by hand, not with Intl: no ICU version may change a byte of the PDF.

/** 56595 → "56.595". */
export const italianInteger = (n: number): string =>
  String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')

/** 123456 → "€ 1.234,56". */
export function euro(cents: number): string {
  const abs = Math.abs(cents)
  const units = italianInteger(Math.floor(abs / 100))
  return `${cents < 0 ? '-' : ''}€ ${units},${String(abs % 100).padStart(2, '0')}`
}

function text(
  page: PDFPage,
  value: string,
  x: number,
  y: number,
  font: PDFFont,
  size: number,
  color = INK,
): void {
  page.drawText(value, { x, y, font, size, color })
}

function textRight(
  page: PDFPage,
  value: string,
  right: number,
  y: number,
  font: PDFFont,
  size: number,
): void {
  text(page, value, right - font.widthOfTextAtSize(value, size), y, font, size)
}

/** "Via Roma 3, 47921 Rimini (RN)" → two lines, as on an envelope. */
const addressLines = (address: string): string[] => {
  const comma = address.lastIndexOf(', ')
  return comma < 0 ? [address] : [address.slice(0, comma), address.slice(comma + 2)]
}

/** Words to lines no wider than `width` points. */
function wrap(paragraph: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The bill's QR code as one vector path (dark runs of each row, in module units): sharp at any
 * print resolution, and drawn in a fraction of a millisecond. Made once per customer.
 */
const qrPaths = new Map<string, { path: string; size: number }>()
export function billQrPath(codiceCliente: string): { path: string; size: number } {
  let qr = qrPaths.get(codiceCliente)
  if (!qr) {
    const { modules } = QRCode.create(billQrText(codiceCliente), { errorCorrectionLevel: 'M' })
    const runs: string[] = []
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (!modules.get(row, col)) continue
        let end = col
        while (end + 1 < modules.size && modules.get(row, end + 1)) end++
        runs.push(`M${col} ${row}h${end - col + 1}v1h${col - end - 1}z`)
        col = end
      }
    }
    qr = { path: runs.join(''), size: modules.size }
    qrPaths.set(codiceCliente, qr)
    if (qrPaths.size > 1000) qrPaths.delete(qrPaths.keys().next().value!)
  }
  return qr
}

export async function renderDemoPdf(
  document: DemoDocument,
  customer: DemoCustomer,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false })
  const issued = new Date(`${document.issued_on}T00:00:00Z`)
  pdf.setTitle(`${document.title} n. ${document.doc_number}`)
  pdf.setAuthor(DEMO_UTILITY.name)
  pdf.setSubject(`Codice cliente ${customer.codice_cliente}`)
  pdf.setCreator('Sportello (dati dimostrativi)')
  pdf.setProducer('pdf-lib')
  pdf.setLanguage('it-IT')
  pdf.setCreationDate(issued)
  pdf.setModificationDate(issued)

  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const page = pdf.addPage(A4)
  const [width, height] = A4
  const right = width - MARGIN

  // Header band.
  page.drawRectangle({ x: 0, y: height - 78, width, height: 78, color: BLUE })
  text(page, DEMO_UTILITY.name, MARGIN, height - 38, bold, 15, rgb(1, 1, 1))
  text(
    page,
    `${DEMO_UTILITY.address} · ${DEMO_UTILITY.contacts}`,
    MARGIN,
    height - 56,
    regular,
    8.5,
    rgb(1, 1, 1),
  )

  // Title and number.
  let y = height - 118
  text(page, document.title, MARGIN, y, bold, 18)
  y -= 18
  text(
    page,
    `Documento n. ${document.doc_number} del ${italianDate(document.issued_on)}`,
    MARGIN,
    y,
    regular,
    10,
    GREY,
  )

  // Customer (left) and amount due (right).
  y -= 34
  const boxTop = y + 12
  text(page, 'INTESTATARIO', MARGIN, y, bold, 8, GREY)
  const holder = [
    customer.name,
    ...addressLines(customer.address),
    `Codice cliente: ${customer.codice_cliente}`,
    customer.kind === 'private'
      ? `Codice fiscale: ${customer.codice_fiscale ?? ''}`
      : customer.country === 'SM'
        ? `C.O.E.: ${customer.codice_coe ?? ''}`
        : `Partita IVA: ${customer.partita_iva ?? ''}`,
  ]
  holder.forEach((line, i) =>
    text(page, line, MARGIN, y - 16 - i * 14, i === 0 ? bold : regular, 10.5),
  )

  const boxX = 340
  page.drawRectangle({ x: boxX, y: boxTop - 112, width: right - boxX, height: 112, color: LIGHT })
  const label =
    document.doc_type === 'bill'
      ? 'TOTALE DA PAGARE'
      : document.amount_cents > 0
        ? 'IMPORTO DA PAGARE'
        : 'IMPORTO'
  text(page, label, boxX + 14, y, bold, 8, GREY)
  text(page, euro(document.amount_cents), boxX + 14, y - 28, bold, 22, BLUE)
  const dueLine =
    document.amount_cents > 0
      ? `Scadenza: ${italianDate(document.due_on)}`
      : 'Nessun pagamento richiesto'
  text(page, dueLine, boxX + 14, y - 50, bold, 10.5)
  text(page, `Servizio: ${demoServices[document.service].name}`, boxX + 14, y - 66, regular, 9.5)
  text(
    page,
    `Periodo: ${italianDate(document.period_start)} – ${italianDate(document.period_end)}`,
    boxX + 14,
    y - 80,
    regular,
    9.5,
  )

  y = boxTop - 150
  if (document.message) {
    for (const line of wrap(document.message, regular, 10.5, right - MARGIN)) {
      text(page, line, MARGIN, y, regular, 10.5)
      y -= 15
    }
    y -= 24
  }

  if (document.consumption) {
    const c = document.consumption
    text(page, 'DETTAGLIO CONSUMI', MARGIN, y, bold, 8, GREY)
    y -= 8
    const columns = [MARGIN, 200, 330, 440]
    page.drawRectangle({ x: MARGIN, y: y - 20, width: right - MARGIN, height: 20, color: LIGHT })
    ;['Lettura precedente', 'Lettura attuale', 'Consumo', 'Unità'].forEach((h, i) =>
      text(page, h, (columns[i] ?? MARGIN) + 6, y - 14, bold, 9.5),
    )
    ;[c.previous, c.current, c.used].forEach((n, i) =>
      text(page, italianInteger(n), (columns[i] ?? MARGIN) + 6, y - 36, regular, 10),
    )
    text(page, c.unit, (columns[3] ?? MARGIN) + 6, y - 36, regular, 10)
    y -= 70
  }

  if (document.lines.length > 0) {
    text(page, 'RIEPILOGO IMPORTI', MARGIN, y, bold, 8, GREY)
    y -= 22
    for (const line of document.lines) {
      text(page, line.label, MARGIN + 6, y, regular, 10)
      textRight(page, euro(line.cents), right - 6, y, regular, 10)
      y -= 16
    }
    page.drawLine({
      start: { x: MARGIN, y: y + 10 },
      end: { x: right, y: y + 10 },
      thickness: 0.8,
      color: GREY,
    })
    y -= 6
    text(page, 'Totale', MARGIN + 6, y, bold, 11)
    textRight(page, euro(document.amount_cents), right - 6, y, bold, 11)
  }

  // The codice cliente in a QR code at the bottom right, for the kiosk's camera (issue #11).
  // Quiet zone: two modules of white around it (the page is white).
  const qr = billQrPath(customer.codice_cliente)
  const qrSize = 84
  const moduleSize = qrSize / qr.size
  page.drawSvgPath(qr.path, {
    x: right - qrSize,
    y: 70 + qrSize,
    scale: moduleSize,
    color: rgb(0, 0, 0),
  })
  textRight(page, `Codice cliente ${customer.codice_cliente}`, right, 60, regular, 7.5)

  text(page, FOOTER, MARGIN, 40, regular, 8, GREY)
  textRight(page, 'Pagina 1 di 1', right, 40, regular, 8)

  // No object streams and no yielding between objects: both only slow down a one-page file.
  return pdf.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY })
}
