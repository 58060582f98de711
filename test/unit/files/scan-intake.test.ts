// The ID-scan intake (issue #13, point 4): every refusal the issue names, the files it must
// accept, and what re-encoding leaves of an image. Every fixture is made here, none is committed.
import { deflateRawSync } from 'node:zlib'
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import {
  intakeScan,
  MAX_SCAN_BYTES,
  MAX_SCAN_SIDE,
  type ScanIntake,
} from '../../../src-main/infra/files/scan-intake'

const noise = (width: number, height: number) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
const jpeg = (width = 640, height = 400) => noise(width, height).jpeg({ quality: 80 }).toBuffer()
const png = (width = 320, height = 200) => noise(width, height).png().toBuffer()

async function plainPdf(): Promise<PDFDocument> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([595, 842])
  page.drawText('Carta di identità — fronte', {
    font: await doc.embedFont(StandardFonts.Helvetica),
  })
  page.drawImage(await doc.embedJpg(await jpeg(300, 200)), {
    x: 50,
    y: 400,
    width: 300,
    height: 200,
  })
  return doc
}
const save = async (doc: PDFDocument, useObjectStreams = true) =>
  Buffer.from(await doc.save({ useObjectStreams }))

/** A ZIP with one stored file: local header, central directory, end record. */
function zipOf(name: string, body: Buffer): Buffer {
  const n = Buffer.from(name)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt32LE(body.length, 18)
  local.writeUInt32LE(body.length, 22)
  local.writeUInt16LE(n.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt32LE(body.length, 20)
  central.writeUInt32LE(body.length, 24)
  central.writeUInt16LE(n.length, 28)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(46 + n.length, 12)
  end.writeUInt32LE(30 + n.length + body.length, 16)
  return Buffer.concat([local, n, body, central, n, end])
}

/** A JPEG with a comment segment (COM) right after its start. */
function withComment(image: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, 'latin1')
  const header = Buffer.from([0xff, 0xfe, 0, 0])
  header.writeUInt16BE(text.length + 2, 2)
  return Buffer.concat([image.subarray(0, 2), header, text, image.subarray(2)])
}

function refusedWith(result: ScanIntake): string | undefined {
  return result.ok ? undefined : result.code
}

describe('scan intake: refusals', () => {
  it('refuses an executable renamed .jpg (ELF and MZ/PE)', async () => {
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
      Buffer.alloc(120),
    ])
    const pe = Buffer.alloc(512)
    pe.write('MZ', 0, 'latin1')
    pe.writeUInt32LE(0x80, 0x3c)
    pe.write('PE\0\0', 0x80, 'latin1')
    expect(refusedWith(await intakeScan(elf, 'carta-identita.jpg'))).toBe('SCAN_TYPE_REFUSED')
    expect(refusedWith(await intakeScan(pe, 'carta-identita.jpg'))).toBe('SCAN_TYPE_REFUSED')
    expect(refusedWith(await intakeScan(pe, 'scan.exe'))).toBe('SCAN_TYPE_REFUSED')
  })

  it('refuses a polyglot: a JPEG with a PDF, a ZIP or a web page in it', async () => {
    const image = await jpeg()
    const pdf = await save(await plainPdf())
    const zip = zipOf('run.sh', Buffer.from('#!/bin/sh\necho pwned\n'))
    expect(refusedWith(await intakeScan(Buffer.concat([image, pdf]), 'a.jpg'))).toBe(
      'SCAN_POLYGLOT',
    )
    expect(refusedWith(await intakeScan(Buffer.concat([image, zip]), 'a.jpg'))).toBe(
      'SCAN_POLYGLOT',
    )
    const html = withComment(image, '<html><script>alert(document.domain)</script></html>')
    expect(refusedWith(await intakeScan(html, 'a.jpg'))).toBe('SCAN_POLYGLOT')
    const pdfHeader = withComment(image, '%PDF-1.7\n1 0 obj << >> endobj')
    expect(refusedWith(await intakeScan(pdfHeader, 'a.jpg'))).toBe('SCAN_POLYGLOT')
    const pngZip = Buffer.concat([await png(), zip])
    expect(refusedWith(await intakeScan(pngZip, 'a.png'))).toBe('SCAN_POLYGLOT')
    const pdfZip = Buffer.concat([pdf, zip])
    expect(refusedWith(await intakeScan(pdfZip, 'a.pdf'))).toBe('SCAN_POLYGLOT')
    const pdfTrailer = Buffer.concat([pdf, Buffer.from('<script>alert(1)</script>')])
    expect(refusedWith(await intakeScan(pdfTrailer, 'a.pdf'))).toBe('SCAN_POLYGLOT')
  })

  it('refuses 10 MB + 1 byte before anything reads it, and only counts up to 10 MB', async () => {
    const image = await jpeg()
    const over = Buffer.alloc(MAX_SCAN_BYTES + 1)
    image.copy(over)
    expect(refusedWith(await intakeScan(over, 'a.jpg'))).toBe('SCAN_TOO_LARGE')
    // Any name, any bytes: the size is counted first.
    expect(refusedWith(await intakeScan(over, 'a.exe'))).toBe('SCAN_TOO_LARGE')
    const exactly = over.subarray(0, MAX_SCAN_BYTES)
    expect(refusedWith(await intakeScan(exactly, 'a.jpg'))).not.toBe('SCAN_TOO_LARGE')
    expect(refusedWith(await intakeScan(new Uint8Array(0), 'a.jpg'))).toBe('SCAN_UNREADABLE')
  })

  it('refuses an image over the pixel limit from its header', async () => {
    const huge = await sharp({
      create: { width: 8000, height: 6000, channels: 3, background: '#fff' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(huge.length).toBeLessThan(MAX_SCAN_BYTES)
    expect(refusedWith(await intakeScan(huge, 'scan.png'))).toBe('SCAN_TOO_MANY_PIXELS')
  })

  it('refuses a PDF with JavaScript: an OpenAction, a /Names /JavaScript tree, escaped names', async () => {
    for (const useObjectStreams of [true, false]) {
      const open = await plainPdf()
      open.catalog.set(
        PDFName.of('OpenAction'),
        open.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') }),
      )
      const named = await plainPdf()
      const action = named.context.register(
        named.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(2)') }),
      )
      named.catalog.set(
        PDFName.of('Names'),
        named.context.obj({ JavaScript: { Names: [PDFString.of('init'), action] } }),
      )
      for (const doc of [open, named]) {
        const bytes = await save(doc, useObjectStreams)
        expect(refusedWith(await intakeScan(bytes, 'a.pdf')), `objstm ${useObjectStreams}`).toBe(
          'SCAN_PDF_ACTIVE_CONTENT',
        )
      }
    }
    // Names spelt with #xx escapes, in either case, are the same names to a viewer.
    const named = await plainPdf()
    const action = named.context.register(
      named.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(3)') }),
    )
    named.catalog.set(
      PDFName.of('Names'),
      named.context.obj({ JavaScript: { Names: [PDFString.of('x'), action] } }),
    )
    const escaped = Buffer.from(
      (await save(named, false))
        .toString('latin1')
        .replaceAll('/JavaScript', '/J#61vaScript')
        .replaceAll('/JS ', '/#4a#53 '),
      'latin1',
    )
    expect(escaped.includes('/JavaScript')).toBe(false)
    expect(refusedWith(await intakeScan(escaped, 'a.pdf'))).toBe('SCAN_PDF_ACTIVE_CONTENT')
  })

  it('refuses a PDF with an embedded file, a launch action or a link out', async () => {
    const attached = await plainPdf()
    await attached.attach(Buffer.from('MZ payload'), 'readme.exe', {
      mimeType: 'application/octet-stream',
    })
    expect(refusedWith(await intakeScan(await save(attached), 'a.pdf'))).toBe(
      'SCAN_PDF_ACTIVE_CONTENT',
    )
    const launch = await plainPdf()
    launch
      .getPage(0)
      .node.set(
        PDFName.of('AA'),
        launch.context.obj({ O: { S: 'Launch', F: PDFString.of('cmd.exe') } }),
      )
    expect(refusedWith(await intakeScan(await save(launch), 'a.pdf'))).toBe(
      'SCAN_PDF_ACTIVE_CONTENT',
    )
  })

  it('refuses an encrypted PDF: its content cannot be checked', async () => {
    const text = (await save(await plainPdf(), false)).toString('latin1')
    const encrypted = Buffer.from(
      text.replace('trailer\n<<', 'trailer\n<<\n/Encrypt 99 0 R'),
      'latin1',
    )
    expect(encrypted.toString('latin1')).toContain('/Encrypt')
    expect(refusedWith(await intakeScan(encrypted, 'a.pdf'))).toBe('SCAN_PDF_ENCRYPTED')
  })

  it('refuses a file whose extension names another accepted type, or none of them', async () => {
    const image = await jpeg()
    expect(refusedWith(await intakeScan(image, 'fronte.png'))).toBe('SCAN_TYPE_MISMATCH')
    expect(refusedWith(await intakeScan(await png(), 'fronte.jpg'))).toBe('SCAN_TYPE_MISMATCH')
    expect(refusedWith(await intakeScan(await save(await plainPdf()), 'f.jpeg'))).toBe(
      'SCAN_TYPE_MISMATCH',
    )
    expect(refusedWith(await intakeScan(image, 'fronte.gif'))).toBe('SCAN_TYPE_REFUSED')
    expect(refusedWith(await intakeScan(image, 'jpg'))).toBe('SCAN_TYPE_REFUSED')
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer()
    expect(refusedWith(await intakeScan(gif, 'fronte.jpg'))).toBe('SCAN_TYPE_REFUSED')
    expect(refusedWith(await intakeScan(deflateRawSync(image), 'fronte.jpg'))).toBe(
      'SCAN_TYPE_REFUSED',
    )
  })

  it('refuses a truncated image', async () => {
    const image = await jpeg()
    expect(refusedWith(await intakeScan(image.subarray(0, image.length / 2), 'a.jpg'))).toBe(
      'SCAN_UNREADABLE',
    )
  })
})

describe('scan intake: what it accepts', () => {
  it('accepts a real JPEG, re-encoded, under any case of its extension', async () => {
    const image = await jpeg(640, 400)
    for (const name of ['fronte.jpg', 'RETRO.JPEG', 'C:\\scanner\\doc.Jpg']) {
      const result = await intakeScan(image, name)
      expect(result.ok, name).toBe(true)
      if (!result.ok) return
      expect(result.value).toMatchObject({ mime: 'image/jpeg', width: 640, height: 400 })
      expect(result.value.bytes.equals(image)).toBe(false)
      expect((await sharp(result.value.bytes).metadata()).format).toBe('jpeg')
    }
  })

  it('accepts a real PNG and gives it back as a JPEG, transparency on white', async () => {
    const translucent = await sharp({
      create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer()
    for (const image of [await png(), translucent]) {
      const result = await intakeScan(image, 'retro.png')
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.value.mime).toBe('image/jpeg')
      const meta = await sharp(result.value.bytes).metadata()
      expect(meta).toMatchObject({ format: 'jpeg', hasAlpha: false })
    }
    const result = await intakeScan(translucent, 'retro.png')
    if (!result.ok) throw new Error(result.code)
    const { data } = await sharp(result.value.bytes).raw().toBuffer({ resolveWithObject: true })
    expect(data[0]).toBeGreaterThan(250)
  })

  it('accepts a plain PDF, with or without object streams, and keeps its bytes as they are', async () => {
    for (const useObjectStreams of [true, false]) {
      const pdf = await save(await plainPdf(), useObjectStreams)
      const result = await intakeScan(pdf, 'documento.pdf')
      expect(result, `objstm ${useObjectStreams}`).toMatchObject({
        ok: true,
        value: { mime: 'application/pdf', pages: 1 },
      })
      if (result.ok) expect(result.value.bytes.equals(pdf)).toBe(true)
    }
  })

  it('bounds the size: the longest side comes out at most MAX_SCAN_SIDE', async () => {
    const wide = await sharp({
      create: { width: 4000, height: 1000, channels: 3, background: '#336' },
    })
      .jpeg()
      .toBuffer()
    const result = await intakeScan(wide, 'a.jpg')
    expect(result).toMatchObject({ ok: true, value: { width: MAX_SCAN_SIDE, height: 750 } })
  })

  it('turns an image upright by its EXIF orientation, then keeps no EXIF, ICC or XMP', async () => {
    // Left half red, right half blue, stored sideways: orientation 6 means "turn 90° clockwise".
    const width = 300
    const height = 200
    const raw = Buffer.alloc(width * height * 3)
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        raw.set(x < width / 2 ? [255, 0, 0] : [0, 0, 255], (y * width + x) * 3)
    const tagged = await sharp(raw, { raw: { width, height, channels: 3 } })
      .withIccProfile('p3')
      .withExif({
        IFD0: { Artist: 'Mario Rossi', Copyright: 'RSSMRA80A01H501U' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 28/1 0/1' },
      })
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Mario Rossi</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>',
      )
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    const before = await sharp(tagged).metadata()
    expect(before.orientation).toBe(6)
    expect(before.exif).toBeDefined()
    expect(before.icc).toBeDefined()
    expect(before.xmp).toBeDefined()

    const result = await intakeScan(tagged, 'fronte.jpg')
    if (!result.ok) throw new Error(result.code)
    const after = await sharp(result.value.bytes).metadata()
    expect(after.exif).toBeUndefined()
    expect(after.icc).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(after.iptc).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect(result.value.bytes.includes('Mario Rossi')).toBe(false)
    expect(result.value.bytes.includes('RSSMRA80A01H501U')).toBe(false)
    // Upright: 200 wide and 300 tall, the red half now on top.
    expect([after.width, after.height]).toEqual([200, 300])
    expect(result.value).toMatchObject({ width: 200, height: 300 })
    const pixel = async (left: number, top: number) => {
      const { data } = await sharp(result.value.bytes)
        .extract({ left, top, width: 1, height: 1 })
        .raw()
        .toBuffer({ resolveWithObject: true })
      return [...data]
    }
    const [r1, , b1] = await pixel(100, 20)
    const [r2, , b2] = await pixel(100, 280)
    expect(r1).toBeGreaterThan(200)
    expect(b1).toBeLessThan(60)
    expect(b2).toBeGreaterThan(200)
    expect(r2).toBeLessThan(60)
  })
})
