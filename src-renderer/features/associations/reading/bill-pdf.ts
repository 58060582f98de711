// The desk's way to the codice cliente of a bill PDF (issue #11 point 5): pdf.js reads the text of
// its first pages and the "Codice cliente: 12345678" line gives the code. pdf.js is loaded only
// when a file is picked, and its worker is a file of the app's own (bundled by Vite, `?url`), as
// the CSP (`script-src 'self'`) wants: nothing is fetched from elsewhere, nothing is evaluated.
import { codiceClienteFromBillText } from '../../../../src-shared/domain/bill-code'

export type BillPdfReading =
  { ok: true; codiceCliente: string } | { ok: false; reason: 'NO_CODE' | 'NOT_A_PDF' }

/** A bill has its codice cliente on the first page; a few more are looked at, no further. */
const PAGES_READ = 3

async function loadPdfJs() {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ])
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default
  return pdfjs
}

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
