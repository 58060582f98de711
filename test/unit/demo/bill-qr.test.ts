// Every demo bill carries its codice cliente in a QR code (issue #11 point 5) and in its text:
// the QR code the bill draws decodes (jsQR, the kiosk's decoder) to the bill's codice cliente,
// and pdf.js reads the code from the bill's text, as the desk does with a bill PDF.
import { resolve } from 'node:path'
import jsQR from 'jsqr'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import {
  codiceClienteFromBillText,
  codiceClienteFromQr,
} from '../../../src-shared/domain/bill-code'
import { generateDemoCustomers } from '../../../src-main/features/demo/demo-customers'
import { generateDemoDocuments } from '../../../src-main/features/demo/demo-documents'
import { billQrPath, renderDemoPdf } from '../../../src-main/features/demo/demo-pdf'
import { createPrng } from '../../../src-main/features/demo/prng'

const customers = generateDemoCustomers(createPrng(11), { count: 4 })
const documents = generateDemoDocuments(customers, { today: '2026-11-01', seed: 11 })

/** The path a bill draws, painted as a camera would see it: 6 pixels a module, 4 of quiet zone. */
function paint(path: string, size: number): { pixels: Uint8ClampedArray; side: number } {
  const scale = 6
  const side = (size + 8) * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const [, col, row, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const top = (Number(row) + 4) * scale
    const left = (Number(col) + 4) * scale
    for (let y = top; y < top + scale; y++)
      for (let x = left; x < left + Number(width) * scale; x++)
        pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3)
  }
  return { pixels, side }
}

describe('the demo bill’s codice cliente', () => {
  it.each(customers.map((c) => [c.codice_cliente]))('%s: its QR code decodes to it', (code) => {
    const { path, size } = billQrPath(code)
    const { pixels, side } = paint(path, size)
    const read = jsQR(pixels, side, side)
    expect(read && codiceClienteFromQr(read.data)).toBe(code)
  })

  it('is in the bill’s text, where pdf.js finds it', async () => {
    const document = documents[0]!
    const customer = customers.find((c) => c.codice_cliente === document.codice_cliente)!
    const loading = getDocument({
      data: await renderDemoPdf(document, customer),
      standardFontDataUrl: `${resolve(import.meta.dirname, '../../../node_modules/pdfjs-dist/standard_fonts')}/`,
    })
    const pdf = await loading.promise
    const content = await (await pdf.getPage(1)).getTextContent()
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('\n')
    expect(codiceClienteFromBillText(text)).toBe(customer.codice_cliente)
    await loading.destroy()
  })
})
