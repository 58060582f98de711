import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  computePartitaIvaCheckDigit,
  normalizeCoe,
  REGISTERED_SHORT_COE,
  validateCodiceIss,
  validateCoe,
  validatePartitaIva,
} from '../../../src-shared/domain/partita-iva'
import { toFieldIssue } from '../../../src-shared/domain/validation'

/** Digits 8-10 SPEC §3 allows, written out from the definition (not from the module). */
const officialOffice = (office: number): boolean =>
  (office >= 1 && office <= 100) || [120, 121, 888, 999].includes(office)

/** A partita IVA of this matricola (7 digits) and office code (3), its check digit computed. */
const withCheckDigit = (first10: string): string =>
  `${first10}${computePartitaIvaCheckDigit(first10)}`

const digitString = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(''))
const officeArb = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'))
const validOfficeArb = officeArb.filter((o) => officialOffice(Number(o)))

describe('validatePartitaIva', () => {
  it('accepts a valid partita IVA', () => {
    expect(validatePartitaIva('12345670991')).toEqual({ ok: true, value: '12345670991' })
    expect(validatePartitaIva('00000010215')).toEqual({ ok: true, value: '00000010215' })
  })

  it('forgives spaces and the IT prefix of the European VAT number', () => {
    expect(validatePartitaIva(' 123 456 709 91 ')).toEqual({ ok: true, value: '12345670991' })
    expect(validatePartitaIva('it12345670991')).toEqual({ ok: true, value: '12345670991' })
  })

  it('says a partita IVA is missing (PIVA_REQUIRED)', () => {
    expect(validatePartitaIva('  ')).toEqual({ ok: false, issue: { code: 'PIVA_REQUIRED' } })
  })

  it('says how many digits were typed (PIVA_LENGTH)', () => {
    expect(validatePartitaIva('1234567099')).toEqual({
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
    expect(validatePartitaIva('1234567O991')).toEqual({
      ok: false,
      issue: { code: 'PIVA_DIGITS', params: { position: 8 } },
    })
  })

  it('says the last digit does not match the check (PIVA_CHECK_DIGIT)', () => {
    expect(validatePartitaIva('12345670992')).toEqual({
      ok: false,
      issue: { code: 'PIVA_CHECK_DIGIT', params: { position: 11 } },
    })
  })

  // Digits 8-10 are the codice ufficio provinciale: 001-100, 120 and 121, 888 and 999.
  it.each(['000', '101', '119', '122', '887', '998'])(
    'refuses office code %s even with a right check digit (PIVA_OFFICE_CODE)',
    (office) => {
      expect(validatePartitaIva(withCheckDigit(`1234567${office}`))).toEqual({
        ok: false,
        issue: { code: 'PIVA_OFFICE_CODE', params: { office } },
      })
    },
  )

  it.each(['001', '100', '120', '121', '888', '999'])('accepts office code %s', (office) => {
    const piva = withCheckDigit(`1234567${office}`)
    expect(validatePartitaIva(piva)).toEqual({ ok: true, value: piva })
  })

  it('accepts exactly the official office codes', () => {
    fc.assert(
      fc.property(digitString(7), officeArb, (matricola, office) => {
        const piva = withCheckDigit(`${matricola}${office}`)
        expect(validatePartitaIva(piva).ok).toBe(officialOffice(Number(office)))
      }),
    )
  })

  it('every computed check digit validates', () => {
    fc.assert(
      fc.property(digitString(7), validOfficeArb, (matricola, office) => {
        const piva = withCheckDigit(`${matricola}${office}`)
        expect(validatePartitaIva(piva)).toEqual({ ok: true, value: piva })
      }),
    )
  })

  it('changing any one digit is caught: by the office code when it leaves the list, else by the check digit', () => {
    fc.assert(
      fc.property(
        digitString(7),
        validOfficeArb,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 9 }),
        (matricola, office, index, d) => {
          const piva = withCheckDigit(`${matricola}${office}`)
          fc.pre(piva.charAt(index) !== String(d))
          const changed = piva.slice(0, index) + String(d) + piva.slice(index + 1)
          const changedOffice = changed.slice(7, 10)
          expect(validatePartitaIva(changed)).toEqual({
            ok: false,
            issue: officialOffice(Number(changedOffice))
              ? { code: 'PIVA_CHECK_DIGIT', params: { position: 11 } }
              : { code: 'PIVA_OFFICE_CODE', params: { office: changedOffice } },
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
  // Read inside the tests, so that each says for itself what it finds wrong.
  const listed = () => REGISTERED_SHORT_COE.find((n) => n >= 10)
  const unlisted = () =>
    Array.from({ length: 90 }, (_, i) => i + 10).find((n) => !REGISTERED_SHORT_COE.includes(n))

  it('reads SM123, 123, 00123 and SM00123 as the same C.O.E., stored as SM and five digits', () => {
    for (const typed of ['SM123', '123', '00123', 'SM00123', 'sm123', ' sm 00 123 ', '0123']) {
      expect(validateCoe(typed), typed).toEqual({ ok: true, value: 'SM00123' })
      expect(normalizeCoe(typed), typed).toBe('SM00123')
    }
  })

  it('accepts any number of 3 to 5 digits, with or without SM, any case and spacing', () => {
    expect(validateCoe('SM04512')).toEqual({ ok: true, value: 'SM04512' })
    expect(validateCoe(' sm 04512 ')).toEqual({ ok: true, value: 'SM04512' })
    expect(validateCoe('04512')).toEqual({ ok: true, value: 'SM04512' })
    expect(validateCoe('SM0451')).toEqual({ ok: true, value: 'SM00451' })
    expect(validateCoe('99999')).toEqual({ ok: true, value: 'SM99999' })
    expect(validateCoe('100')).toEqual({ ok: true, value: 'SM00100' })
  })

  it.each([
    '123456',
    'SM123456',
    'SM045123',
    'SM000123',
    'SM',
    ' s m ',
    'IT04512',
    'SM0451A',
    'SM-123',
    '12.3',
    'RSM123',
  ])('rejects %s (COE_FORMAT)', (coe) => {
    expect(validateCoe(coe)).toEqual({ ok: false, issue: { code: 'COE_FORMAT' } })
    expect(normalizeCoe(coe)).toBeNull()
  })

  it('says a C.O.E. is missing (COE_REQUIRED)', () => {
    expect(validateCoe('')).toEqual({ ok: false, issue: { code: 'COE_REQUIRED' } })
    expect(validateCoe('  ')).toEqual({ ok: false, issue: { code: 'COE_REQUIRED' } })
    expect(normalizeCoe('')).toBeNull()
  })

  it('keeps a registered list of 1-2 digit codes with a 2-digit one in it', () => {
    expect(REGISTERED_SHORT_COE.length).toBeGreaterThan(0)
    expect(REGISTERED_SHORT_COE.every((n) => Number.isInteger(n) && n >= 1 && n <= 99)).toBe(true)
    expect(listed()).toBeDefined()
    expect(unlisted()).toBeDefined()
  })

  it('accepts a 2-digit code of the registered list, however written', () => {
    const code = String(listed())
    const stored = `SM${code.padStart(5, '0')}`
    for (const typed of [code, `SM${code}`, `000${code}`, `sm 000${code}`]) {
      expect(validateCoe(typed), typed).toEqual({ ok: true, value: stored })
    }
  })

  it('refuses a 2-digit code not in the registered list, however written (COE_NOT_REGISTERED)', () => {
    const code = String(unlisted())
    for (const typed of [code, `SM${code}`, `000${code}`, `SM000${code}`]) {
      expect(validateCoe(typed), typed).toEqual({
        ok: false,
        issue: { code: 'COE_NOT_REGISTERED' },
      })
      expect(normalizeCoe(typed), typed).toBeNull()
    }
  })

  it('refuses 0, which is no code (COE_NOT_REGISTERED)', () => {
    for (const typed of ['0', 'SM00000']) {
      expect(validateCoe(typed), typed).toEqual({
        ok: false,
        issue: { code: 'COE_NOT_REGISTERED' },
      })
    }
  })

  /** The ways a number may be written: with or without SM, any zeros to make up to 5 digits. */
  const written = (n: number) =>
    fc
      .tuple(
        fc.boolean(),
        fc.integer({ min: String(n).length, max: 5 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 7 }),
      )
      .map(([prefix, width, lower, space]) => {
        const text = `${prefix ? 'SM' : ''}${String(n).padStart(width, '0')}`
        const cased = lower ? text.toLowerCase() : text
        return `${cased.slice(0, space)} ${cased.slice(space)}`
      })

  it('every way of writing a number of 3-5 digits is the same valid C.O.E.', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 99_999 }).chain((n) => fc.tuple(fc.constant(n), written(n))),
        ([n, typed]) => {
          const stored = `SM${String(n).padStart(5, '0')}`
          expect(validateCoe(typed)).toEqual({ ok: true, value: stored })
          expect(normalizeCoe(typed)).toBe(stored)
          expect(normalizeCoe(stored)).toBe(stored)
        },
      ),
    )
  })

  it('a number of 1-2 digits is valid exactly when registered', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }).chain((n) => fc.tuple(fc.constant(n), written(n))),
        ([n, typed]) => {
          expect(validateCoe(typed).ok).toBe(REGISTERED_SHORT_COE.includes(n))
        },
      ),
    )
  })

  it('more than 5 digits is never a C.O.E., whatever the number', () => {
    fc.assert(
      fc.property(
        digitString(6).chain((d) => fc.constantFrom(d, `SM${d}`)),
        (typed) => {
          expect(validateCoe(typed)).toEqual({ ok: false, issue: { code: 'COE_FORMAT' } })
        },
      ),
    )
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
