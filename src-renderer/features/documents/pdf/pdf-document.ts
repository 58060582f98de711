// Opens a document's PDF with pdf.js for the viewer: the library is loaded only when a document is
// opened, its worker, standard fonts and CMaps are files of the app's own (Vite `?url`), so the
// CSP's `script-src 'self'` / `connect-src 'self'` allow them and nothing is fetched elsewhere.
// pdf.js 6 evaluates no code at all (its `isEvalSupported` option is gone), and with
// `disableFontFace` glyphs are drawn as paths: no font face is added to the page.
// A file pdf.js cannot read is a reason, never an exception: the viewer says it in words.
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist'
import { loadPdfJs } from '../../../ui/pdf/load-pdfjs'

export type PdfProblem = 'EMPTY' | 'PASSWORD' | 'DAMAGED'
export type OpenedPdf =
  | { ok: true; pdf: PDFDocumentProxy; task: PDFDocumentLoadingTask }
  | { ok: false; reason: PdfProblem }

// The standard fonts (for PDFs that name Helvetica without embedding it, as the demo bills do) and
// the CMaps, as URLs of the bundle: pdf.js asks for them by file name. (Globs are literal paths,
// relative to this file: the renderer's Vite root is src-renderer.)
const PDFJS_DIST = '../../../../node_modules/pdfjs-dist'
// Eager: a map of URLs only (the files stay where they are until pdf.js asks for one);
// no-inline: a small file would become a data: URL, which `connect-src 'self'` refuses;
// exhaustive: globs skip node_modules otherwise.
const standardFonts = import.meta.glob<string>(
  '../../../../node_modules/pdfjs-dist/standard_fonts/*',
  { query: '?url&no-inline', import: 'default', eager: true, exhaustive: true },
)
const cMaps = import.meta.glob<string>('../../../../node_modules/pdfjs-dist/cmaps/*', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
  exhaustive: true,
})

/** `kind` is pdf.js's: 'cMapUrl' or 'standardFontDataUrl' (wasm is switched off). */
async function bundled(kind: string, filename: string) {
  const files = kind === 'cMapUrl' ? cMaps : standardFonts
  const folder = kind === 'cMapUrl' ? 'cmaps' : 'standard_fonts'
  const url = files[`${PDFJS_DIST}/${folder}/${filename}`]
  if (!url) throw new Error(`pdf.js asked for a file the app does not bundle: ${filename}`)
  const response = await fetch(url)
  if (!response.ok) throw new Error(`bundled ${filename}: ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

/** pdf.js's BinaryDataFactory, answering from the bundle (the worker fetches nothing itself). */
class BundledDataFactory {
  fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    return bundled(kind, filename)
  }
}

/** Opens the bytes (pdf.js takes them over: pass a copy if they are needed afterwards). */
export async function openPdf(data: Uint8Array): Promise<OpenedPdf> {
  if (data.byteLength === 0) return { ok: false, reason: 'EMPTY' }
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument({
    data,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    BinaryDataFactory: BundledDataFactory,
    cMapPacked: true,
    // WebAssembly would need 'wasm-unsafe-eval' in the CSP; the JavaScript decoders do.
    useWasm: false,
    // A damaged stream is an error to say, not a half-drawn page passed off as the document.
    stopAtErrors: true,
    // No password prompt: a protected document is said so (onPassword unset makes it reject).
  })
  try {
    const pdf = await task.promise
    if (pdf.numPages < 1) {
      await task.destroy()
      return { ok: false, reason: 'EMPTY' }
    }
    return { ok: true, pdf, task }
  } catch (error) {
    await task.destroy().catch(() => {})
    return { ok: false, reason: problemOf(error) }
  }
}

export function problemOf(error: unknown): PdfProblem {
  const name = (error as { name?: string } | null)?.name
  return name === 'PasswordException' ? 'PASSWORD' : 'DAMAGED'
}

/** Main's base64 as bytes. */
export function bytesOf(base64: string): Uint8Array {
  const text = atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

/** Hands the browser a file to download (a desk's SCARICA: Electron asks where to save it). */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has taken the blob by now; the URL must not outlive the click for long.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
