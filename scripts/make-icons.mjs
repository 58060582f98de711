// Builds every application icon the installers and the window need from the two drawings in
// resources/icons (icon.svg, and icon-small.svg for 16-32 px), with sharp:
//   resources/icons/icon.png          1024 px, the master bitmap
//   resources/icons/icon.ico          Windows: 16, 24, 32, 48, 64, 128 and 256 px
//   resources/icons/icon.icns         macOS: 16 to 1024 px, @1x and @2x
//   resources/icons/png/<n>x<n>.png   Linux (and the window icon): 16 to 512 px
// The output is committed: packaging reads it and needs no image tools. After changing a drawing:
//   node scripts/make-icons.mjs           rewrite the files
//   node scripts/make-icons.mjs --check   exit 1 if a committed file differs from the drawings
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const iconsDir = join(root, 'resources', 'icons')

/** The drawing for a size: the small one is drawn on a 16 px grid, the master on 1024 px. */
const drawings = {
  small: { svg: readFileSync(join(iconsDir, 'icon-small.svg')), grid: 16 },
  master: { svg: readFileSync(join(iconsDir, 'icon.svg')), grid: 1024 },
}
const drawingFor = (size) => (size <= 32 ? drawings.small : drawings.master)

const linuxSizes = [16, 32, 48, 64, 128, 256, 512]
const icoSizes = [16, 24, 32, 48, 64, 128, 256]
/** ICNS entry types and their pixel sizes (icp4-icp6 and ic07-ic10 @1x, ic11-ic14 @2x). */
const icnsEntries = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
]

/** The SVG rendered at `size` px: 72 dpi is one SVG unit per pixel. */
function render(size) {
  const { svg, grid } = drawingFor(size)
  return sharp(svg, { density: (72 * size) / grid }).resize(size, size)
}

const png = (size) => render(size).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer()

async function rgba(size) {
  const { data, info } = await render(size)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  if (info.width !== size || info.height !== size || info.channels !== 4)
    throw new Error(`unexpected raster ${info.width}x${info.height}x${info.channels}`)
  return data
}

/**
 * A 32-bit BMP as an ICO stores it: BITMAPINFOHEADER with twice the height, BGRA rows bottom-up,
 * then the 1-bit AND mask (set where the pixel is fully transparent), rows padded to 32 bits.
 */
function dib(size, pixels) {
  const maskStride = Math.ceil(size / 32) * 4
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8)
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  header.writeUInt32LE(0, 16) // BI_RGB
  header.writeUInt32LE(size * size * 4 + maskStride * size, 20)
  const colour = Buffer.alloc(size * size * 4)
  const mask = Buffer.alloc(maskStride * size)
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = (row * size + x) * 4
      colour[to] = pixels[from + 2]
      colour[to + 1] = pixels[from + 1]
      colour[to + 2] = pixels[from]
      colour[to + 3] = pixels[from + 3]
      if (pixels[from + 3] === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7)
    }
  }
  return Buffer.concat([header, colour, mask])
}

/**
 * ICONDIR, one ICONDIRENTRY per image, then the images. 256 px is stored as PNG, the smaller
 * sizes as 32-bit BMPs: what Windows' own icons do, and what every reader of ICO files (the
 * shell, resource compilers, NSIS) understands.
 */
async function ico() {
  const images = []
  for (const size of icoSizes)
    images.push(size >= 256 ? await png(size) : dib(size, await rgba(size)))
  const head = Buffer.alloc(6 + 16 * images.length)
  head.writeUInt16LE(0, 0)
  head.writeUInt16LE(1, 2) // 1: icon
  head.writeUInt16LE(images.length, 4)
  let offset = head.length
  images.forEach((image, i) => {
    const size = icoSizes[i]
    const entry = 6 + 16 * i
    head.writeUInt8(size >= 256 ? 0 : size, entry) // 0 means 256
    head.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    head.writeUInt8(0, entry + 2) // no palette
    head.writeUInt8(0, entry + 3)
    head.writeUInt16LE(1, entry + 4) // planes
    head.writeUInt16LE(32, entry + 6) // bits per pixel
    head.writeUInt32LE(image.length, entry + 8)
    head.writeUInt32LE(offset, entry + 12)
    offset += image.length
  })
  return Buffer.concat([head, ...images])
}

/** 'icns', the file's length, then each entry: its type, its length (with the 8-byte head), PNG. */
async function icns() {
  const entries = []
  for (const [type, size] of icnsEntries) {
    const data = await png(size)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(8 + data.length, 4)
    entries.push(head, data)
  }
  const body = Buffer.concat(entries)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + body.length, 4)
  return Buffer.concat([head, body])
}

async function outputs() {
  const files = new Map()
  files.set(join(iconsDir, 'icon.png'), await png(1024))
  for (const size of linuxSizes)
    files.set(join(iconsDir, 'png', `${size}x${size}.png`), await png(size))
  files.set(join(iconsDir, 'icon.ico'), await ico())
  files.set(join(iconsDir, 'icon.icns'), await icns())
  return files
}

const check = process.argv.includes('--check')
const stale = []
for (const [path, bytes] of await outputs()) {
  const name = relative(root, path)
  if (check) {
    if (!existsSync(path) || !readFileSync(path).equals(bytes)) stale.push(name)
    continue
  }
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, bytes)
  console.log(`${name}  ${bytes.length} bytes`)
}
if (stale.length > 0) {
  console.error(
    `✗ not built from the drawings (run node scripts/make-icons.mjs):\n  ${stale.join('\n  ')}`,
  )
  process.exit(1)
}
if (check) console.log('✓ the icons match their drawings')
