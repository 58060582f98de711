// A camera for Chromium's fake capture (`--use-fake-device-for-media-stream
// --use-file-for-fake-video-capture=<file>.y4m`) that films the bottom right corner of a demo bill:
// its QR code as the bill draws it (billQrPath), on paper-white, a little off centre, with the
// printed "Codice cliente" line under it. Written as an uncompressed Y4M (I420) of one frame,
// which Chromium loops.
import { writeFileSync } from 'node:fs'
import { billQrPath } from '../../src-main/features/demo/demo-pdf'

export const CAMERA_WIDTH = 640
export const CAMERA_HEIGHT = 480

/** Grey levels (0-255) of the frame: the paper, the code's modules, a few printed lines. */
export function billCornerFrame(codiceCliente: string): Uint8Array {
  const width = CAMERA_WIDTH
  const height = CAMERA_HEIGHT
  const paper = 236
  const ink = 24
  const gray = new Uint8Array(width * height).fill(paper)
  const fill = (x0: number, y0: number, w: number, h: number, value: number) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++)
      gray.fill(value, y * width + Math.max(0, x0), y * width + Math.min(width, x0 + w))
  }
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

/** Writes the frame as a Y4M file Chromium can play as a camera. */
export function writeBillCamera(file: string, codiceCliente: string): string {
  const gray = billCornerFrame(codiceCliente)
  // I420: the Y plane is the grey image; U and V (a quarter each) are neutral (128).
  const chroma = new Uint8Array((CAMERA_WIDTH / 2) * (CAMERA_HEIGHT / 2) * 2).fill(128)
  const header = `YUV4MPEG2 W${CAMERA_WIDTH} H${CAMERA_HEIGHT} F15:1 Ip A1:1 C420jpeg\nFRAME\n`
  writeFileSync(file, Buffer.concat([Buffer.from(header, 'ascii'), gray, chroma]))
  return file
}
