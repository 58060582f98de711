// The desk's way to the codice cliente of a bill PDF (issue #11 point 5): pdf.js reads the text of
// its first pages and the "Codice cliente: 12345678" line gives the code. pdf.js is loaded only
// when a file is picked, and its worker is a file of the app's own (bundled by Vite, `?url`), as
// the CSP (`script-src 'self'`) wants: nothing is fetched from elsewhere, nothing is evaluated.
import { loadPdfJs } from '../../../ui/pdf/load-pdfjs'
import { codiceClienteFromBillText } from '../../../../src-shared/domain/bill-code'

export type BillPdfReading =
  { ok: true; codiceCliente: string } | { ok: false; reason: 'NO_CODE' | 'NOT_A_PDF' }

/** A bill's PDF is a few hundred kB: a larger file is refused before pdf.js sees it. */
export const BILL_PDF_MAX_MB = 10
const MAX_BYTES = BILL_PDF_MAX_MB * 1024 * 1024
const PDF_MAGIC = '%PDF-'

/** Why a picked file is not even handed to pdf.js: too big, or not starting as a PDF does. */
export async function billPdfRefusal(file: Blob): Promise<'TOO_BIG' | 'NOT_A_PDF' | null> {
  if (file.size > MAX_BYTES) return 'TOO_BIG'
  const head = new Uint8Array(await file.slice(0, PDF_MAGIC.length).arrayBuffer())
  return String.fromCharCode(...head) === PDF_MAGIC ? null : 'NOT_A_PDF'
}

/** A bill has its codice cliente on the first page; a few more are looked at, no further. */
const PAGES_READ = 3

export async function readBillPdf(data: ArrayBuffer): Promise<BillPdfReading> {
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    // Text only: no fonts turned into web fonts, none looked for on the system or fetched.
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  })
  try {
    const pdf = await task.promise
    for (let page = 1; page <= Math.min(pdf.numPages, PAGES_READ); page++) {
      const content = await (await pdf.getPage(page)).getTextContent()
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('\n')
      const codiceCliente = codiceClienteFromBillText(text)
      if (codiceCliente) return { ok: true, codiceCliente }
    }
    return { ok: false, reason: 'NO_CODE' }
  } catch {
    return { ok: false, reason: 'NOT_A_PDF' }
  } finally {
    await task.destroy()
  }
}
