// A scan that is a PDF, drawn for the reviewer: page 1 on a canvas, by pdf.js loaded only when
// such a scan is opened, its worker a file of the app's own (as reading/bill-pdf.ts does: the
// CSP's `script-src 'self'` allows it, nothing is fetched, no fonts are looked for).
import { loadPdfJs } from '../../../ui/pdf/load-pdfjs'

/** The width page 1 is drawn at: sharp when zoomed to twice the panel. */
const DRAW_WIDTH = 1600

export async function drawFirstPage(data: Uint8Array, canvas: HTMLCanvasElement): Promise<void> {
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument({
    data,
    disableFontFace: true,
    useSystemFonts: false,
  })
  try {
    const pdf = await task.promise
    const page = await pdf.getPage(1)
    const unit = page.getViewport({ scale: 1 })
    const viewport = page.getViewport({ scale: DRAW_WIDTH / unit.width })
    canvas.width = Math.floor(viewport.width)
    canvas.height = Math.floor(viewport.height)
    await page.render({ canvas, viewport }).promise
  } finally {
    await task.destroy()
  }
}

export function bytesOf(base64: string): Uint8Array {
  const text = atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}
