// Stampa (issue #14 point 3): the original document, not the screen's bitmap. Every page is drawn
// by pdf.js at print resolution (300 dpi) into a sheet of its own, laid out for an A4 page with no
// margin (print.css), and only that sheet prints. Then main marks the document read and says how
// it prints: in the app the shell prints the window (silently at a kiosk, with the system's dialog
// at a desk) before it answers; in a browser the page calls print() itself. The sheet goes when
// the print is handed over (after the answer in the app, at `afterprint` in a browser).
import type { PDFDocumentProxy } from 'pdfjs-dist'
import type { Result } from '../../../../src-shared/ipc'
import { invoke } from '../../../ipc/client'
import './print.css'

export const PRINT_DPI = 300
const PRINTING_CLASS = 'printing-document'

/** Draws every page at 300 dpi into a hidden sheet appended to the page; returns the sheet. */
export async function layoutForPrint(pdf: PDFDocumentProxy): Promise<HTMLElement> {
  const sheet = document.createElement('div')
  sheet.className = 'print-sheet'
  sheet.setAttribute('aria-hidden', 'true')
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const viewport = page.getViewport({ scale: PRINT_DPI / 72 })
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(viewport.width)
    canvas.height = Math.round(viewport.height)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2D canvas for printing')
    await page.render({ canvas, canvasContext: context, viewport }).promise
    page.cleanup()
    const holder = document.createElement('div')
    holder.className = 'print-sheet__page'
    canvas.className = 'print-sheet__image'
    canvas.dataset.page = String(number)
    holder.append(canvas)
    sheet.append(holder)
  }
  document.body.append(sheet)
  return sheet
}

function clear(sheet: HTMLElement): void {
  sheet.remove()
  document.documentElement.classList.remove(PRINTING_CLASS)
}

/** Prints the document: its pages at 300 dpi, read for the account, by the shell or the page. */
export async function printDocument(
  pdf: PDFDocumentProxy,
  call: { documentId: number; accountEmail?: string },
): Promise<Result<null>> {
  const sheet = await layoutForPrint(pdf)
  document.documentElement.classList.add(PRINTING_CLASS)
  const answer = await invoke((main) => main.documents.print(call))
  if (!answer.ok || answer.value.byShell) {
    // Refused, or already printed by the shell before it answered.
    clear(sheet)
    return answer.ok ? { ok: true, value: null } : answer
  }
  window.addEventListener('afterprint', () => clear(sheet), { once: true })
  window.print()
  return { ok: true, value: null }
}
