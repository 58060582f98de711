// The fake camera the browser tests film a bill with (test/support/fake-camera.ts) shows a QR
// code jsQR reads as the bill's codice cliente, and its file is a Y4M Chromium can play.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { codiceClienteFromQr } from '../../../src-shared/domain/bill-code'
import {
  billCornerFrame,
  CAMERA_HEIGHT,
  CAMERA_WIDTH,
  writeBillCamera,
} from '../../support/fake-camera'
import { tempDir } from '../../support/temp-db'

describe('the fake camera', () => {
  it('films a QR code that reads as the bill’s codice cliente', () => {
    const gray = billCornerFrame('10000001')
    const rgba = new Uint8ClampedArray(CAMERA_WIDTH * CAMERA_HEIGHT * 4)
    gray.forEach((g, i) => rgba.set([g, g, g, 255], i * 4))
    const read = jsQR(rgba, CAMERA_WIDTH, CAMERA_HEIGHT)
    expect(read && codiceClienteFromQr(read.data)).toBe('10000001')
  })

  it('writes one I420 frame with its Y4M header', () => {
    const dir = tempDir()
    const file = writeBillCamera(join(dir.dir, 'bill.y4m'), '10000001')
    const bytes = readFileSync(file)
    const header = `YUV4MPEG2 W${CAMERA_WIDTH} H${CAMERA_HEIGHT} F15:1 Ip A1:1 C420jpeg\nFRAME\n`
    expect(bytes.subarray(0, header.length).toString('ascii')).toBe(header)
    expect(bytes.length).toBe(header.length + CAMERA_WIDTH * CAMERA_HEIGHT * 1.5)
    dir.dispose()
  })
})
