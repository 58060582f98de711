import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyOmocodia,
  codiceFiscaleCheckCharacter,
  computeCodiceFiscale,
  decodeCodiceFiscale,
  OMOCODIA_POSITIONS,
  SAN_MARINO_BELFIORE,
  validateCodiceFiscale,
  type CodiceFiscalePerson,
} from '../../../src-shared/domain/codice-fiscale'

/** A code with its check character fixed, so a test can aim at one rule at a time. */
const withCheck = (first15: string): string => first15 + codiceFiscaleCheckCharacter(first15)

describe('validateCodiceFiscale', () => {
  it.each(['RSSMRA85T10A562S', 'RSSMRA45D25F205N', 'MRTMTT25D09F205Z'])(
    'accepts the published sample %s',
    (cf) => {
      expect(validateCodiceFiscale(cf)).toEqual({ ok: true, value: cf })
    },
  )

  it('ignores letter case and spaces anywhere, and returns the normalised code', () => {
    expect(validateCodiceFiscale('  rssmra85t10a562s ')).toEqual({
      ok: true,
      value: 'RSSMRA85T10A562S',
    })
    expect(validateCodiceFiscale('RSS MRA 85T10 A562S')).toEqual({
      ok: true,
      value: 'RSSMRA85T10A562S',
    })
  })

  it('accepts omocodia letters in every digit position', () => {
    for (let level = 1; level <= 7; level++) {
      const cf = applyOmocodia('RSSMRA85T10A562S', level)
      expect(validateCodiceFiscale(cf)).toEqual({ ok: true, value: cf })
    }
  })

  it('says a code is missing (CF_REQUIRED)', () => {
    expect(validateCodiceFiscale('')).toEqual({ ok: false, issue: { code: 'CF_REQUIRED' } })
    expect(validateCodiceFiscale('   ')).toEqual({ ok: false, issue: { code: 'CF_REQUIRED' } })
  })

  it('says how many characters were typed (CF_LENGTH)', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A562')).toEqual({
      ok: false,
      issue: { code: 'CF_LENGTH', params: { length: 15 } },
    })
    expect(validateCodiceFiscale('RSSMRA85T10A562SX')).toEqual({
      ok: false,
      issue: { code: 'CF_LENGTH', params: { length: 17 } },
    })
  })

  it.each([
    ['RSSMR485T10A562S', 6, 'letter'],
    ['RSSMRA8AT10A562S', 8, 'digit'],
    ['RSSMRA85F10A562S', 9, 'month'],
    ['RSSMRA85110A562S', 9, 'month'],
    ['RSSMRA85T1KA562S', 11, 'digit'],
    ['RSSMRA85T105562S', 12, 'letter'],
    ['RSSMRA85T10A5W2S', 14, 'digit'],
    ['RSSMRA85T10A5620', 16, 'letter'],
    ['RSSMRA85T10A56-S', 15, 'digit'],
  ])('points at the first misplaced character of %s (CF_CHARACTER)', (cf, position, expected) => {
    expect(validateCodiceFiscale(cf)).toEqual({
      ok: false,
      issue: { code: 'CF_CHARACTER', params: { position, expected } },
    })
  })

  it.each([
    ['day 00', 'RSSMRA85T00A562'],
    ['day 32', 'RSSMRA85T32A562'],
    ['day 40', 'RSSMRA85T40A562'],
    ['day 72', 'RSSMRA85T72A562'],
    ['30 February', 'RSSMRA85B30A562'],
    ['29 February of a year never leap', 'RSSMRA85B29A562'],
    ['31 April', 'RSSMRA85D31A562'],
    ['31 June of a woman', 'RSSMRA85H71A562'],
  ])('rejects an impossible birth date: %s (CF_DATE)', (_, first15) => {
    expect(validateCodiceFiscale(withCheck(first15))).toEqual({
      ok: false,
      issue: { code: 'CF_DATE' },
    })
  })

  it('accepts 29 February when 19yy or 20yy is a leap year (00 is: 2000)', () => {
    expect(validateCodiceFiscale(withCheck('RSSMRA84B29A562')).ok).toBe(true)
    expect(validateCodiceFiscale(withCheck('RSSMRA00B69A562')).ok).toBe(true)
  })

  it('says the 16th character does not match the check (CF_CHECK_CHARACTER)', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A562T')).toEqual({
      ok: false,
      issue: { code: 'CF_CHECK_CHARACTER', params: { position: 16 } },
    })
  })
})

describe('computeCodiceFiscale', () => {
  const person = (overrides: Partial<CodiceFiscalePerson>): CodiceFiscalePerson => ({
    surname: 'Rossi',
    name: 'Mario',
    birthDate: '1985-12-10',
    sex: 'M',
    birthPlaceCode: 'A562',
    ...overrides,
  })

  it('computes the published samples', () => {
    expect(computeCodiceFiscale(person({}))).toBe('RSSMRA85T10A562S')
    expect(
      computeCodiceFiscale({
        surname: 'Moretti',
        name: 'Matteo',
        birthDate: '1925-04-09',
        sex: 'M',
        birthPlaceCode: 'F205',
      }),
    ).toBe('MRTMTT25D09F205Z')
  })

  it('takes the 1st, 3rd and 4th consonant of a name with four or more', () => {
    expect(computeCodiceFiscale(person({ name: 'Gianfranco' })).slice(3, 6)).toBe('GFR')
  })

  it('fills short names with vowels, then X', () => {
    expect(computeCodiceFiscale(person({ surname: 'Fo' })).slice(0, 3)).toBe('FOX')
    expect(computeCodiceFiscale(person({ surname: 'Re', name: 'Ugo' })).slice(0, 6)).toBe('REXGUO')
  })

  it('drops accents, apostrophes and spaces', () => {
    expect(computeCodiceFiscale(person({ surname: "D'Angelo" })).slice(0, 3)).toBe('DNG')
    expect(computeCodiceFiscale(person({ surname: 'Della Valle' })).slice(0, 3)).toBe('DLL')
    expect(computeCodiceFiscale(person({ name: 'Nicolò' })).slice(3, 6)).toBe('NCL')
  })

  it('adds 40 to the day of birth of a woman', () => {
    expect(computeCodiceFiscale(person({ sex: 'F', birthDate: '1985-12-01' })).slice(9, 11)).toBe(
      '41',
    )
  })

  it('uses Z130 for people born in San Marino', () => {
    const cf = computeCodiceFiscale(person({ birthPlaceCode: SAN_MARINO_BELFIORE }))
    expect(cf.slice(11, 15)).toBe('Z130')
    expect(validateCodiceFiscale(cf).ok).toBe(true)
  })

  it('refuses impossible facts', () => {
    expect(() => computeCodiceFiscale(person({ birthDate: '1985-02-29' }))).toThrow(RangeError)
    expect(() => computeCodiceFiscale(person({ birthDate: '10/12/1985' }))).toThrow(RangeError)
    expect(() => computeCodiceFiscale(person({ birthPlaceCode: 'Rimini' }))).toThrow(RangeError)
  })
})

describe('applyOmocodia', () => {
  it('substitutes digits from the right, as the Agenzia does', () => {
    expect(applyOmocodia('RSSMRA85T10A562S', 1).slice(0, 15)).toBe('RSSMRA85T10A56N')
    expect(applyOmocodia('RSSMRA85T10A562S', 3).slice(0, 15)).toBe('RSSMRA85T10ARSN')
    expect(applyOmocodia('RSSMRA85T10A562S', 7).slice(0, 15)).toBe('RSSMRAURTMLARSN')
  })

  it('keeps the facts the code carries', () => {
    const plain = decodeCodiceFiscale('RSSMRA85T10A562S')
    expect(plain).toEqual({
      birthYear2: 85,
      birthMonth: 12,
      birthDay: 10,
      sex: 'M',
      birthPlaceCode: 'A562',
      omocodiaLevel: 0,
    })
    expect(decodeCodiceFiscale(applyOmocodia('RSSMRA85T10A562S', 7))).toEqual({
      ...plain,
      omocodiaLevel: 7,
    })
  })

  it('is level 0 for the code itself and refuses other levels or invalid codes', () => {
    expect(applyOmocodia('rssmra85t10a562s', 0)).toBe('RSSMRA85T10A562S')
    expect(() => applyOmocodia('RSSMRA85T10A562S', 8)).toThrow(RangeError)
    expect(() => applyOmocodia('RSSMRA85T10A562S', 1.5)).toThrow(RangeError)
    expect(() => applyOmocodia('RSSMRA85T10A562T', 1)).toThrow(RangeError)
  })
})

describe('codice fiscale properties', () => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZàèéìòù'
  const word = fc
    .array(fc.constantFrom(...letters, ...letters.toLowerCase(), "'", ' '), {
      minLength: 1,
      maxLength: 18,
    })
    .map((chars) => chars.join(''))
  const person: fc.Arbitrary<CodiceFiscalePerson> = fc.record({
    surname: word,
    name: word,
    birthDate: fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    sex: fc.constantFrom('M' as const, 'F' as const),
    birthPlaceCode: fc
      .tuple(fc.constantFrom(...'ABCDEFGHILMZ'), fc.integer({ min: 0, max: 999 }))
      .map(([l, n]) => `${l}${String(n).padStart(3, '0')}`),
  })
  const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789']

  it('every computed code validates and carries the person’s facts', () => {
    fc.assert(
      fc.property(person, (p) => {
        const cf = computeCodiceFiscale(p)
        expect(validateCodiceFiscale(cf)).toEqual({ ok: true, value: cf })
        const facts = decodeCodiceFiscale(cf)
        expect(facts.birthYear2).toBe(Number(p.birthDate.slice(2, 4)))
        expect(facts.birthMonth).toBe(Number(p.birthDate.slice(5, 7)))
        expect(facts.birthDay).toBe(Number(p.birthDate.slice(8, 10)))
        expect(facts.sex).toBe(p.sex)
        expect(facts.birthPlaceCode).toBe(p.birthPlaceCode)
      }),
    )
  })

  it('every omocodia level validates and means the same person', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 0, max: OMOCODIA_POSITIONS.length }), (p, level) => {
        const cf = computeCodiceFiscale(p)
        const variant = applyOmocodia(cf, level)
        expect(validateCodiceFiscale(variant).ok).toBe(true)
        expect(decodeCodiceFiscale(variant)).toEqual({
          ...decodeCodiceFiscale(cf),
          omocodiaLevel: level,
        })
      }),
    )
  })

  it('changing any one character makes the code invalid or changes what it means', () => {
    fc.assert(
      fc.property(
        person,
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom(...alphabet),
        (p, index, replacement) => {
          const cf = computeCodiceFiscale(p)
          fc.pre(cf.charAt(index) !== replacement)
          const changed = cf.slice(0, index) + replacement + cf.slice(index + 1)
          const result = validateCodiceFiscale(changed)
          if (result.ok) {
            expect(decodeCodiceFiscale(changed)).not.toEqual(decodeCodiceFiscale(cf))
          }
        },
      ),
    )
  })

  it('in fact no single substitution survives the check character', () => {
    fc.assert(
      fc.property(
        person,
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom(...alphabet),
        (p, index, c) => {
          const cf = computeCodiceFiscale(p)
          fc.pre(cf.charAt(index) !== c)
          expect(validateCodiceFiscale(cf.slice(0, index) + c + cf.slice(index + 1)).ok).toBe(false)
        },
      ),
    )
  })

  it('letter case and spaces never change the answer', () => {
    fc.assert(
      fc.property(
        person,
        fc.array(fc.integer({ min: 0, max: 16 }), { maxLength: 4 }),
        (p, cuts) => {
          const cf = computeCodiceFiscale(p)
          let typed = cf.toLowerCase()
          for (const cut of [...cuts].sort((a, b) => b - a))
            typed = `${typed.slice(0, cut)} ${typed.slice(cut)}`
          expect(validateCodiceFiscale(typed)).toEqual({ ok: true, value: cf })
        },
      ),
    )
  })
})
