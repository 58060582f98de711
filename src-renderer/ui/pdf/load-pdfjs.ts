// pdf.js, loaded only when a PDF is first needed (a desk's bill, a reviewer's scan, a document in
// the viewer), once for the page: its worker is a file of the app's own (Vite `?url`), which the
// CSP's `script-src 'self'` allows; nothing is fetched from elsewhere, nothing is evaluated.
import type * as PdfJs from 'pdfjs-dist'

let loading: Promise<typeof PdfJs> | undefined

export function loadPdfJs(): Promise<typeof PdfJs> {
  loading ??= Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default
    return pdfjs
  })
  return loading
}
