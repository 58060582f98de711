// The one door for an ID-document scan (SECURITY.md, "ID documents"; issue #13, point 4): a file
// from a scanner, a webcam or the kiosk's camera is hostile until proven otherwise. Only JPEG, PNG
// and PDF pass, told by their magic bytes and by their extension, both; at most 10 MB, counted
// before anything parses it; at most MAX_SCAN_PIXELS, read from the header before any pixel is
// decoded. A polyglot (a JPEG that is also a PDF, a ZIP, an executable or a web page) is refused.
// Images are decoded and drawn again by sharp: turned upright by their EXIF orientation, then
// every metadata block (EXIF with its GPS and serial numbers, XMP, ICC, comments) is gone with the
// original bytes. PNGs come out as JPEGs too: one format for the reviewer's screen, a size bounded
// by MAX_SCAN_SIDE and the quality rather than by how a PNG happens to compress, and no alpha
// channel to hide a drawing in. A PDF is kept as it is, because re-rendering it would need a
// renderer in main, but only when no part of it could act: no JavaScript, no open or additional
// actions, no launch, no embedded files, no forms (XFA or AcroForm), no links out; anything this
// file cannot check (encryption, an unusual filter, an unnamed object stream) is refused as well.
// What comes out is only in memory: the caller seals it (SecretBox.sealBytes) before it is kept.
import { inflateSync, constants as zlibConstants } from 'node:zlib'
import { fileTypeFromBuffer } from 'file-type'
import {
  EncryptedPDFError,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFInvalidObject,
  PDFRawStream,
  PDFStream,
  type PDFObject,
} from 'pdf-lib'
import sharp from 'sharp'
import { MAX_SCAN_BYTES } from '../../../src-shared/ipc/channels/requests'

export { MAX_SCAN_BYTES }
/** Header width × height; a scan of an ID card at 600 dpi is about 4 megapixels. */
export const MAX_SCAN_PIXELS = 40_000_000
/** The longest side of a re-encoded image, in pixels. */
export const MAX_SCAN_SIDE = 3000
export const SCAN_JPEG_QUALITY = 85
/** A front and a back fit on two pages; a document scanner's batch on a few more. */
export const MAX_SCAN_PDF_PAGES = 10
/** What the streams of one PDF may inflate to while they are checked, all together. */
const MAX_PDF_INFLATED_BYTES = 64 * 1024 * 1024

export type ScanMime = 'image/jpeg' | 'image/png' | 'application/pdf'

export type ScanRefusal =
  /** No bytes, a damaged file, or one its decoder refuses. */
  | 'SCAN_UNREADABLE'
  /** More than MAX_SCAN_BYTES. */
  | 'SCAN_TOO_LARGE'
  /** Neither JPEG, PNG nor PDF, by its bytes or by its extension. */
  | 'SCAN_TYPE_REFUSED'
  /** JPEG, PNG or PDF, but not the one its extension says. */
  | 'SCAN_TYPE_MISMATCH'
  /** Also another kind of file: bytes after the end, or a foreign signature inside. */
  | 'SCAN_POLYGLOT'
  /** More than MAX_SCAN_PIXELS (an image, or an image inside a PDF). */
  | 'SCAN_TOO_MANY_PIXELS'
  /** More than MAX_SCAN_PDF_PAGES. */
  | 'SCAN_TOO_MANY_PAGES'
  /** A PDF that could run or open something (see ACTIVE_PDF_NAMES). */
  | 'SCAN_PDF_ACTIVE_CONTENT'
  /** A password-protected PDF: its content cannot be checked. */
  | 'SCAN_PDF_ENCRYPTED'
  /** A PDF with a part this check cannot read (a filter it does not decode, too much to inflate). */
  | 'SCAN_PDF_UNCHECKABLE'

export type IntakenScan = {
  /** What `bytes` is: a PNG received comes out as image/jpeg. */
  mime: ScanMime
  bytes: Buffer
  width?: number
  height?: number
  pages?: number
}

export type ScanIntake = { ok: true; value: IntakenScan } | { ok: false; code: ScanRefusal }

const refuse = (code: ScanRefusal): ScanIntake => ({ ok: false, code })

const MIME_BY_EXTENSION: Readonly<Record<string, ScanMime>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
}

export async function intakeScan(bytes: Uint8Array, fileName: string): Promise<ScanIntake> {
  // Counted first: nothing below ever sees more than 10 MB.
  if (bytes.byteLength > MAX_SCAN_BYTES) return refuse('SCAN_TOO_LARGE')
  if (bytes.byteLength === 0) return refuse('SCAN_UNREADABLE')
  const claimed = MIME_BY_EXTENSION[extensionOf(fileName)]
  if (!claimed) return refuse('SCAN_TYPE_REFUSED')
  // A copy: the caller's array may change under us while we await.
  const buf = Buffer.from(bytes)
  const detected = await detectMime(buf)
  if (!detected) return refuse('SCAN_TYPE_REFUSED')
  if (detected !== claimed) return refuse('SCAN_TYPE_MISMATCH')
  if (hasZipDirectoryAtEnd(buf)) return refuse('SCAN_POLYGLOT')
  return detected === 'application/pdf' ? intakePdf(buf) : intakeImage(buf, detected)
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase()
}

const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff])
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1')

/** file-type's answer, held to the signature at offset 0: no leading junk for a reader to skip. */
async function detectMime(buf: Buffer): Promise<ScanMime | undefined> {
  const found = await fileTypeFromBuffer(buf)
  if (found?.mime === 'image/jpeg' && startsWith(buf, JPEG_MAGIC)) return 'image/jpeg'
  if (found?.mime === 'image/png' && startsWith(buf, PNG_MAGIC)) return 'image/png'
  if (found?.mime === 'application/pdf' && startsWith(buf, PDF_MAGIC)) return 'application/pdf'
  return undefined
}

const startsWith = (buf: Buffer, magic: Buffer) =>
  buf.length >= magic.length && buf.subarray(0, magic.length).equals(magic)

// ---------------------------------------------------------------------------------------------
// Polyglots

/**
 * Signatures of other formats, looked for where an image keeps no pixels (its metadata blocks and
 * its first KB, where PDF readers look for a header) and in a PDF outside its streams. Text ones
 * match in any case.
 */
const FOREIGN_BINARY = [
  Buffer.from('%PDF', 'latin1'),
  Buffer.from('PK\x03\x04', 'latin1'), // ZIP (and docx, jar, apk) local file
  Buffer.from('PK\x01\x02', 'latin1'), // ZIP central directory
  Buffer.from('PK\x05\x06', 'latin1'), // ZIP end of central directory
  Buffer.from('\x7fELF', 'latin1'),
  Buffer.from('PE\x00\x00', 'latin1'),
  Buffer.from('Rar!\x1a\x07', 'latin1'),
  Buffer.from('7z\xbc\xaf\x27\x1c', 'latin1'),
]
const FOREIGN_TEXT = [
  'program cannot be run in dos mode',
  '<script',
  '<html',
  '<!doctype',
  '<iframe',
  '<object',
  '<embed',
  '<svg',
  '<?php',
  'javascript:',
]

function hasForeignSignature(region: Buffer): boolean {
  if (FOREIGN_BINARY.some((sig) => region.includes(sig))) return true
  const text = region.toString('latin1').toLowerCase()
  return FOREIGN_TEXT.some((sig) => text.includes(sig))
}

/** A ZIP reader starts from the end: its directory's last record in the file's final 64 KB. */
function hasZipDirectoryAtEnd(buf: Buffer): boolean {
  const tail = buf.subarray(Math.max(0, buf.length - (0xffff + 22)))
  return tail.includes(Buffer.from('PK\x05\x06', 'latin1'))
}

/** Only zeros or whitespace after a file's end (some scanners pad to a block). */
const isPadding = (rest: Buffer) => rest.every((b) => b === 0 || b === 0x20 || (b >= 9 && b <= 13))

type Structure = { end: number; metadata: Buffer[] } | undefined

/** Walks a JPEG's segments to its EOI; APPn and COM segments are kept for the signature check. */
function jpegStructure(buf: Buffer): Structure {
  const metadata: Buffer[] = []
  let pos = 2
  while (pos + 1 < buf.length) {
    if (buf[pos] !== 0xff) return undefined
    const marker = buf[pos + 1]!
    if (marker === 0xff) {
      pos += 1 // fill byte
      continue
    }
    if (marker === 0xd9) return { end: pos + 2, metadata }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2
      continue
    }
    if (pos + 4 > buf.length) return undefined
    const length = buf.readUInt16BE(pos + 2)
    if (length < 2 || pos + 2 + length > buf.length) return undefined
    if ((marker >= 0xe0 && marker <= 0xef) || marker === 0xfe)
      metadata.push(buf.subarray(pos + 4, pos + 2 + length))
    pos += 2 + length
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF nor a restart.
      while (pos + 1 < buf.length) {
        if (buf[pos] === 0xff) {
          const next = buf[pos + 1]!
          if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break
        }
        pos += 1
      }
    }
  }
  return undefined
}

/** Walks a PNG's chunks to IEND; every chunk but the pixels (IDAT) is kept for the check. */
function pngStructure(buf: Buffer): Structure {
  const metadata: Buffer[] = []
  let pos = PNG_MAGIC.length
  while (pos + 12 <= buf.length) {
    const length = buf.readUInt32BE(pos)
    const type = buf.toString('latin1', pos + 4, pos + 8)
    if (length > 0x7fffffff || pos + 12 + length > buf.length) return undefined
    if (type !== 'IDAT') metadata.push(buf.subarray(pos + 8, pos + 8 + length))
    pos += 12 + length
    if (type === 'IEND') return { end: pos, metadata }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Images

let sharpCacheOff = false

async function intakeImage(buf: Buffer, mime: 'image/jpeg' | 'image/png'): Promise<ScanIntake> {
  const structure = mime === 'image/jpeg' ? jpegStructure(buf) : pngStructure(buf)
  if (!structure) return refuse('SCAN_UNREADABLE')
  if (!isPadding(buf.subarray(structure.end))) return refuse('SCAN_POLYGLOT')
  if (
    hasForeignSignature(buf.subarray(0, 1024)) ||
    structure.metadata.some((segment) => hasForeignSignature(segment))
  )
    return refuse('SCAN_POLYGLOT')

  if (!sharpCacheOff) {
    // libvips' operation cache would keep a customer's decoded document after its intake.
    sharp.cache(false)
    sharpCacheOff = true
  }
  const input = () => sharp(buf, { limitInputPixels: MAX_SCAN_PIXELS, failOn: 'warning' })
  try {
    // The header alone: a decompression bomb is refused before it is inflated.
    const header = await input().metadata()
    if (!header.width || !header.height) return refuse('SCAN_UNREADABLE')
    if (header.width * header.height > MAX_SCAN_PIXELS) return refuse('SCAN_TOO_MANY_PIXELS')
    // No keepMetadata/withMetadata: sharp writes none of EXIF, XMP, IPTC or ICC (pixels in sRGB).
    const { data, info } = await input()
      .autoOrient()
      .resize({
        width: MAX_SCAN_SIDE,
        height: MAX_SCAN_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: SCAN_JPEG_QUALITY })
      .toBuffer({ resolveWithObject: true })
    return {
      ok: true,
      value: { mime: 'image/jpeg', bytes: data, width: info.width, height: info.height },
    }
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message))
      return refuse('SCAN_TOO_MANY_PIXELS')
    return refuse('SCAN_UNREADABLE')
  }
}

// ---------------------------------------------------------------------------------------------
// PDFs

/**
 * Names that make a PDF act (or leave the page) in some viewer, compared once their #xx escapes
 * are decoded, as keys and as values.
 */
const ACTIVE_PDF_NAMES = new Set([
  'JavaScript',
  'JS',
  'OpenAction',
  'AA',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'FileAttachment',
  'RichMedia',
  'XFA',
  'AcroForm',
  'SubmitForm',
  'ResetForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'URI',
  'Sound',
  'Movie',
  'Rendition',
  '3D',
])

type PdfVerdict = ScanRefusal | undefined

async function intakePdf(buf: Buffer): Promise<ScanIntake> {
  const raw = rawPdfVerdict(buf)
  if (raw) return refuse(raw)
  let doc: PDFDocument
  try {
    doc = await PDFDocument.load(buf, {
      ignoreEncryption: false,
      throwOnInvalidObject: true,
      updateMetadata: false,
    })
  } catch (error) {
    return refuse(error instanceof EncryptedPDFError ? 'SCAN_PDF_ENCRYPTED' : 'SCAN_UNREADABLE')
  }
  const objects = objectsVerdict(doc)
  if (objects) return refuse(objects)
  let pages: number
  try {
    pages = doc.getPageCount()
  } catch {
    return refuse('SCAN_UNREADABLE')
  }
  if (pages === 0) return refuse('SCAN_UNREADABLE')
  if (pages > MAX_SCAN_PDF_PAGES) return refuse('SCAN_TOO_MANY_PAGES')
  return { ok: true, value: { mime: 'application/pdf', bytes: buf, pages } }
}

/** The bytes as a viewer's lenient parser may read them, streams' data left out. */
function rawPdfVerdict(buf: Buffer): PdfVerdict {
  const text = buf.toString('latin1')
  const eof = text.lastIndexOf('%%EOF')
  if (eof < 0) return 'SCAN_UNREADABLE'
  if (!isPadding(buf.subarray(eof + 5))) return 'SCAN_POLYGLOT'
  // A stream's data is compressed bytes: a name found there would be chance (and 5% of large
  // files would be refused for it). Its decoded contents are checked in objectsVerdict.
  const outsideStreams = text.replace(/>>\s*stream(?:\r\n|\n|\r)[\s\S]*?endstream/g, '>>')
  if (hasForeignSignature(Buffer.from(outsideStreams.slice(PDF_MAGIC.length), 'latin1')))
    return 'SCAN_POLYGLOT'
  if (hasActiveName(outsideStreams)) return 'SCAN_PDF_ACTIVE_CONTENT'
  if (/\/Encrypt\b/.test(outsideStreams)) return 'SCAN_PDF_ENCRYPTED'
  return undefined
}

/** A PDF name token, up to the next whitespace or delimiter. */
const NAME_TOKEN = /\/([^\s/<>[\]()%{}]*)/g

function hasActiveName(text: string): boolean {
  for (const match of text.matchAll(NAME_TOKEN)) {
    if (ACTIVE_PDF_NAMES.has(decodePdfName(match[1] ?? ''))) return true
  }
  return false
}

/** #xx escapes in either case (pdf-lib decodes only upper case; viewers decode both). */
const decodePdfName = (name: string) =>
  name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

/** Every object pdf-lib parsed (object streams' contents included) and every stream's data. */
function objectsVerdict(doc: PDFDocument): PdfVerdict {
  let inflateBudget = MAX_PDF_INFLATED_BYTES
  for (const [, root] of doc.context.enumerateIndirectObjects()) {
    const stack: PDFObject[] = [root]
    while (stack.length > 0) {
      const object = stack.pop()!
      if (object instanceof PDFName) {
        if (ACTIVE_PDF_NAMES.has(decodePdfName(object.decodeText())))
          return 'SCAN_PDF_ACTIVE_CONTENT'
      } else if (object instanceof PDFDict) {
        for (const [key, value] of object.entries()) stack.push(key, value)
      } else if (object instanceof PDFArray) {
        stack.push(...object.asArray())
      } else if (object instanceof PDFRawStream) {
        stack.push(object.dict)
        const verdict = streamVerdict(object, inflateBudget)
        if (typeof verdict === 'string') return verdict
        inflateBudget -= verdict
      } else if (object instanceof PDFStream || object instanceof PDFInvalidObject) {
        // Neither comes out of a strict parse: unexpected, so unsure.
        return 'SCAN_PDF_UNCHECKABLE'
      }
    }
  }
  return undefined
}

/** The bytes inflated on success, or a refusal. */
function streamVerdict(stream: PDFRawStream, budget: number): ScanRefusal | number {
  const dict = stream.dict
  // pdf-lib unpacks the object streams it recognises (/Type /ObjStm); one it did not recognise
  // but a viewer would follow through the cross-reference stream would hide its objects here.
  // (/First is what makes one: pdf.js reads it without asking for /Type.)
  if (dict.has(PDFName.of('First'))) return 'SCAN_PDF_UNCHECKABLE'
  if (dict.lookup(PDFName.of('Subtype')) === PDFName.of('Image')) {
    const width = dict.lookup(PDFName.of('Width'))
    const height = dict.lookup(PDFName.of('Height'))
    if (!(width instanceof PDFNumber) || !(height instanceof PDFNumber))
      return 'SCAN_PDF_UNCHECKABLE'
    if (width.asNumber() * height.asNumber() > MAX_SCAN_PIXELS) return 'SCAN_TOO_MANY_PIXELS'
    // Pixels (DCT, JBIG2, CCITT or Flate): nothing in them is ever run.
    return 0
  }
  const filter = singleFilter(dict.lookup(PDFName.of('Filter')))
  if (filter === undefined) return 'SCAN_PDF_UNCHECKABLE'
  let contents: Buffer
  if (filter === 'none') {
    contents = Buffer.from(stream.getContents())
  } else {
    // A predictor would scramble the text to check.
    const parms = dict.lookup(PDFName.of('DecodeParms'))
    if (parms instanceof PDFDict) {
      const predictor = parms.lookup(PDFName.of('Predictor'))
      if (predictor instanceof PDFNumber && predictor.asNumber() > 1) return 'SCAN_PDF_UNCHECKABLE'
    } else if (parms !== undefined) return 'SCAN_PDF_UNCHECKABLE'
    try {
      contents = inflateSync(stream.getContents(), {
        maxOutputLength: Math.max(1, budget),
        // A truncated stream is read as far as it goes, as viewers do.
        finishFlush: zlibConstants.Z_SYNC_FLUSH,
      })
    } catch {
      return 'SCAN_PDF_UNCHECKABLE'
    }
  }
  if (hasActiveName(contents.toString('latin1'))) return 'SCAN_PDF_ACTIVE_CONTENT'
  return filter === 'none' ? 0 : contents.length
}

/** 'none', 'flate', or undefined for anything else (a chain, ASCII85, LZW...). */
function singleFilter(filter: PDFObject | undefined): 'none' | 'flate' | undefined {
  if (filter === undefined) return 'none'
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter
  return only === PDFName.of('FlateDecode') ? 'flate' : undefined
}
