import { describe, expect, it } from 'vitest'
import {
  billQrText,
  codiceClienteFromBillText,
  codiceClienteFromQr,
} from '../../../src-shared/domain/bill-code'

describe('the codice cliente on a bill', () => {
  it('round-trips through the QR text, and reads nothing from another QR code', () => {
    expect(codiceClienteFromQr(billQrText('10000001'))).toBe('10000001')
    expect(codiceClienteFromQr(' MDT-CLIENTE:10000001\n')).toBe('10000001')
    for (const other of [
      'https://example.it',
      '10000001',
      'MDT-CLIENTE:1000001',
      'MDT-CLIENTE:100000011',
    ])
      expect(codiceClienteFromQr(other)).toBeNull()
  })
  it('is found in the text of a bill, however the extraction spaced it', () => {
    expect(codiceClienteFromBillText('Mario Rossi\nCodice cliente: 10000001\nCodice fiscale')).toBe(
      '10000001',
    )
    expect(codiceClienteFromBillText('CODICE  CLIENTE 20000002')).toBe('20000002')
    expect(codiceClienteFromBillText('Documento n. 123456789')).toBeNull()
  })
})
