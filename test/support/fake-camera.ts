// Pictures for Chromium's fake camera (`--use-fake-device-for-media-stream
// --use-file-for-fake-video-capture=<file>.y4m`), written as an uncompressed Y4M (I420) of one
// frame, which Chromium loops:
// - the bottom right corner of a demo bill: its QR code as the bill draws it (billQrPath), on
//   paper-white, a little off centre, with the printed "Codice cliente" line under it;
// - an ID card held inside the kiosk's frame guide (guideRect): a pale card on a dark desk, with a
//   photo and lines of text-like print, sharp, or blurred as by a shaking hand.
import { writeFileSync } from 'node:fs'
import { billQrPath } from '../../src-main/features/demo/demo-pdf'
import { guideRect } from '../../src-renderer/features/requests/capture/quality'

export const CAMERA_WIDTH = 640
export const CAMERA_HEIGHT = 480

/** A grey frame of the camera's size, and a way to paint rectangles on it. */
function canvas(background: number) {
  const width = CAMERA_WIDTH
  const height = CAMERA_HEIGHT
  const gray = new Uint8Array(width * height).fill(background)
  const fill = (x0: number, y0: number, w: number, h: number, value: number) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++)
      gray.fill(value, y * width + Math.max(0, x0), y * width + Math.min(width, x0 + w))
  }
  return { gray, fill }
}

/** Grey levels (0-255) of the frame: the paper, the code's modules, a few printed lines. */
export function billCornerFrame(codiceCliente: string): Uint8Array {
  const height = CAMERA_HEIGHT
  const paper = 236
  const ink = 24
  const { gray, fill } = canvas(paper)
  // A shadow at the edge of the sheet, and lines of print above the code (the bill's totals).
  fill(0, 0, 40, height, 120)
  for (let line = 0; line < 4; line++) fill(80, 40 + line * 22, 300 + (line % 2) * 120, 8, 90)
  const { path, size } = billQrPath(codiceCliente)
  const moduleSize = 8
  const left = 330
  const top = 150
  for (const [, col, row, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    fill(
      left + Number(col) * moduleSize,
      top + Number(row) * moduleSize,
      Number(run) * moduleSize,
      moduleSize,
      ink,
    )
  // "Codice cliente 12345678", as a row of dark blocks under the code.
  fill(left, top + size * moduleSize + 16, size * moduleSize, 10, 80)
  return gray
}

/** How far a shaking hand smears the card: a box blur of this radius, three times over. */
export const ID_CARD_BLUR_RADIUS = 4

/**
 * Grey levels of an ID card filling the frame guide. The levels stay between 30 and 200, so
 * that however Chromium maps the Y plane to RGB (limited or full range) nothing is saturated.
 */
export function idCardFrame(options: { blurred?: boolean } = {}): Uint8Array {
  const desk = 60
  const card = 196
  const ink = 36
  const { gray, fill } = canvas(desk)
  const guide = guideRect(CAMERA_WIDTH, CAMERA_HEIGHT)
  const margin = Math.round(guide.width * 0.03)
  const left = guide.x + margin
  const top = guide.y + margin
  const width = guide.width - 2 * margin
  const height = guide.height - 2 * margin
  fill(left, top, width, height, card)
  // The heading band ("REPUBBLICA ITALIANA", "CARTA DI IDENTITÀ").
  fill(left, top + 10, width, 26, 150)
  for (let x = left + 16; x < left + width - 60; x += 52) fill(x, top + 18, 36, 10, ink)
  // The holder's photo: a darker box with a lighter face in it.
  const photo = { x: left + 16, y: top + 50, w: Math.round(width * 0.27), h: height - 70 }
  fill(photo.x, photo.y, photo.w, photo.h, 90)
  fill(photo.x + 20, photo.y + 22, photo.w - 40, photo.h - 60, 170)
  // Lines of print, as words of varying length (a fixed pseudo-random series: the same frame).
  let seed = 13
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const textLeft = photo.x + photo.w + 20
  for (let y = top + 54; y < top + height - 20; y += 20) {
    let x = textLeft
    while (x < left + width - 30) {
      const word = 14 + Math.floor(next() * 50)
      fill(x, y, Math.min(word, left + width - 16 - x), 8, ink)
      x += word + 8 + Math.floor(next() * 6)
    }
  }
  return options.blurred ? boxBlur(gray, ID_CARD_BLUR_RADIUS, 3) : gray
}

/** A box blur of `radius`, `passes` times (three passes are close to a Gaussian). */
export function boxBlur(gray: Uint8Array, radius: number, passes: number): Uint8Array {
  const width = CAMERA_WIDTH
  const height = CAMERA_HEIGHT
  let source = Float32Array.from(gray)
  for (let pass = 0; pass < passes; pass++) {
    for (const horizontal of [true, false]) {
      const target = new Float32Array(source.length)
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          let sum = 0
          let count = 0
          for (let d = -radius; d <= radius; d++) {
            const sx = horizontal ? x + d : x
            const sy = horizontal ? y : y + d
            if (sx < 0 || sx >= width || sy < 0 || sy >= height) continue
            sum += source[sy * width + sx]!
            count++
          }
          target[y * width + x] = sum / count
        }
      }
      source = target
    }
  }
  return Uint8Array.from(source, (value) => Math.round(value))
}

/** The bytes of a one-frame Y4M (I420) of a grey frame: U and V are neutral (128). */
export function y4mOf(gray: Uint8Array): Buffer {
  const chroma = new Uint8Array((CAMERA_WIDTH / 2) * (CAMERA_HEIGHT / 2) * 2).fill(128)
  const header = `YUV4MPEG2 W${CAMERA_WIDTH} H${CAMERA_HEIGHT} F15:1 Ip A1:1 C420jpeg\nFRAME\n`
  return Buffer.concat([Buffer.from(header, 'ascii'), gray, chroma])
}

/** Writes the bill's frame as a Y4M file Chromium can play as a camera. */
export function writeBillCamera(file: string, codiceCliente: string): string {
  writeFileSync(file, y4mOf(billCornerFrame(codiceCliente)))
  return file
}

/** Writes an ID card in the frame guide (sharp, or `blurred`) as a Y4M file for the camera. */
export function writeIdCardCamera(file: string, options: { blurred?: boolean } = {}): string {
  writeFileSync(file, y4mOf(idCardFrame(options)))
  return file
}
