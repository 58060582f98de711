import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  computePartitaIvaCheckDigit,
  validateCodiceIss,
  validateCoe,
  validatePartitaIva,
} from '../../../src-shared/domain/partita-iva'
import { toFieldIssue } from '../../../src-shared/domain/validation'

describe('validatePartitaIva', () => {
  it('accepts a valid partita IVA', () => {
    expect(validatePartitaIva('12345678903')).toEqual({ ok: true, value: '12345678903' })
    expect(validatePartitaIva('00000010215')).toEqual({ ok: true, value: '00000010215' })
  })

  it('forgives spaces and the IT prefix of the European VAT number', () => {
    expect(validatePartitaIva(' 123 456 789 03 ')).toEqual({ ok: true, value: '12345678903' })
    expect(validatePartitaIva('it12345678903')).toEqual({ ok: true, value: '12345678903' })
  })

  it('says a partita IVA is missing (PIVA_REQUIRED)', () => {
    expect(validatePartitaIva('  ')).toEqual({ ok: false, issue: { code: 'PIVA_REQUIRED' } })
  })

  it('says how many digits were typed (PIVA_LENGTH)', () => {
    expect(validatePartitaIva('1234567890')).toEqual({
      ok: false,
      issue: { code: 'PIVA_LENGTH', params: { length: 10 } },
    })
    // A codice fiscale typed in the wrong field: the length says more than "a letter".
    expect(validatePartitaIva('RSSMRA85T10A562S')).toEqual({
      ok: false,
      issue: { code: 'PIVA_LENGTH', params: { length: 16 } },
    })
  })

  it('points at the first character that is not a digit (PIVA_DIGITS)', () => {
    expect(validatePartitaIva('1234567O903')).toEqual({
      ok: false,
      issue: { code: 'PIVA_DIGITS', params: { position: 8 } },
    })
  })

  it('says the last digit does not match the check (PIVA_CHECK_DIGIT)', () => {
    expect(validatePartitaIva('12345678904')).toEqual({
      ok: false,
      issue: { code: 'PIVA_CHECK_DIGIT', params: { position: 11 } },
    })
  })

  const first10 = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
    .map((d) => d.join(''))

  it('every computed check digit validates', () => {
    fc.assert(
      fc.property(first10, (digits) => {
        const piva = `${digits}${computePartitaIvaCheckDigit(digits)}`
        expect(validatePartitaIva(piva)).toEqual({ ok: true, value: piva })
      }),
    )
  })

  it('changing any one digit is caught by the check digit', () => {
    fc.assert(
      fc.property(
        first10,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 9 }),
        (digits, index, d) => {
          const piva = `${digits}${computePartitaIvaCheckDigit(digits)}`
          fc.pre(piva.charAt(index) !== String(d))
          const changed = piva.slice(0, index) + String(d) + piva.slice(index + 1)
          expect(validatePartitaIva(changed)).toEqual({
            ok: false,
            issue: { code: 'PIVA_CHECK_DIGIT', params: { position: 11 } },
          })
        },
      ),
    )
  })

  it('computePartitaIvaCheckDigit refuses anything but 10 digits', () => {
    expect(() => computePartitaIvaCheckDigit('123')).toThrow(RangeError)
  })
})

describe('validateCoe', () => {
  it('accepts SM and five digits, any case and spacing', () => {
    expect(validateCoe('SM04512')).toEqual({ ok: true, value: 'SM04512' })
    expect(validateCoe(' sm 04512 ')).toEqual({ ok: true, value: 'SM04512' })
  })

  it.each(['SM0451', 'SM045123', 'IT04512', 'SM0451A', '04512'])(
    'rejects %s (COE_FORMAT)',
    (coe) => {
      expect(validateCoe(coe)).toEqual({ ok: false, issue: { code: 'COE_FORMAT' } })
    },
  )

  it('says a C.O.E. is missing (COE_REQUIRED)', () => {
    expect(validateCoe('')).toEqual({ ok: false, issue: { code: 'COE_REQUIRED' } })
  })
})

describe('validateCodiceIss', () => {
  it('accepts six digits, leading zeros kept', () => {
    expect(validateCodiceIss('012345')).toEqual({ ok: true, value: '012345' })
    expect(validateCodiceIss(' 012 345 ')).toEqual({ ok: true, value: '012345' })
  })

  it.each(['12345', '1234567', 'A12345', '12345X'])('rejects %s (ISS_FORMAT)', (iss) => {
    expect(validateCodiceIss(iss)).toEqual({
      ok: false,
      issue: { code: 'ISS_FORMAT', params: { length: 6 } },
    })
  })

  it('says a codice ISS is missing (ISS_REQUIRED)', () => {
    expect(validateCodiceIss('')).toEqual({ ok: false, issue: { code: 'ISS_REQUIRED' } })
  })
})

describe('toFieldIssue', () => {
  it('places an issue on a field, in the shape of the IPC contract', () => {
    expect(toFieldIssue('partitaIva', { code: 'PIVA_LENGTH', params: { length: 3 } })).toEqual({
      path: 'partitaIva',
      code: 'PIVA_LENGTH',
      params: { length: 3 },
    })
    expect(toFieldIssue('coe', { code: 'COE_FORMAT' })).toEqual({ path: 'coe', code: 'COE_FORMAT' })
  })
})
