// The codice fiscale or partita IVA / C.O.E. of the association (src-shared/domain/tax-code.ts,
// the one rule of the form and of main): which rule applies and what it answers, on tricky inputs
// by hand and on generated ones (never an exception, always a known issue code).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { taxCodeComplete } from '../../../src-renderer/features/associations/tax-code'
import { applyOmocodia, codiceFiscaleIssueCodes } from '../../../src-shared/domain/codice-fiscale'
import {
  coeIssueCodes,
  computePartitaIvaCheckDigit,
  partitaIvaIssueCodes,
} from '../../../src-shared/domain/partita-iva'
import { parseTaxCode, type CustomerKind } from '../../../src-shared/domain/tax-code'

const issueOf = (kind: CustomerKind, typed: string): string | null => {
  const parsed = parseTaxCode(kind, typed)
  return parsed.ok ? null : parsed.issue.code
}

const cf = 'RSSMRA80A01H501U'

const validPiva = (first10: string) => `${first10}${computePartitaIvaCheckDigit(first10)}`

const expected: [CustomerKind, string, string | null][] = [
  ['private', cf, null],
  ['private', cf.toLowerCase(), null],
  ['private', ` ${cf.slice(0, 8)} ${cf.slice(8)} `, null],
  ['private', applyOmocodia(cf, 3), null],
  ['private', '', 'CF_REQUIRED'],
  ['private', 'RSSMRA80A01H501', 'CF_LENGTH'],
  ['private', 'RSSMRA80A01H501X', 'CF_CHECK_CHARACTER'],
  ['private', '1SSMRA80A01H501U', 'CF_CHARACTER'],
  // A business's code in a private customer's field: the codice fiscale's rule speaks.
  ['private', 'SM12345', 'CF_LENGTH'],
  ['business', validPiva('0123456001'), null],
  ['business', `IT ${validPiva('0123456001')}`, null],
  ['business', 'SM12345', null],
  ['business', 'sm 00123', null],
  ['business', '123', null],
  ['business', '', 'PIVA_REQUIRED'],
  ['business', 'SM7', 'COE_NOT_REGISTERED'],
  ['business', '7', 'COE_NOT_REGISTERED'],
  ['business', '0111460100', 'PIVA_LENGTH'],
  ['business', '0111460100A', 'PIVA_DIGITS'],
  [
    'business',
    `${validPiva('0123456001').slice(0, 10)}${(computePartitaIvaCheckDigit('0123456001') + 1) % 10}`,
    'PIVA_CHECK_DIGIT',
  ],
  ['business', validPiva('0123456555'), 'PIVA_OFFICE_CODE'],
  ['business', cf, 'PIVA_LENGTH'],
]

describe('the association’s tax-code rule', () => {
  it.each(expected)('%s “%s”: %s', (kind, value, issue) => {
    expect(issueOf(kind, value)).toBe(issue)
  })

  it('answers every generated input with its kind’s own issue codes, never an exception', () => {
    const characters = fc.constantFrom(...'0123456789ABCDEFHLMPRSTXYZsmit ')
    const known: Record<CustomerKind, readonly string[]> = {
      private: codiceFiscaleIssueCodes,
      business: [...partitaIvaIssueCodes, ...coeIssueCodes],
    }
    fc.assert(
      fc.property(
        fc.constantFrom<CustomerKind>('private', 'business'),
        fc.string({ unit: characters, maxLength: 20 }),
        (kind, value) => {
          const issue = issueOf(kind, value)
          return issue === null || known[kind].includes(issue)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('judges while typing only once the code is long enough', () => {
    expect(taxCodeComplete('private', cf.slice(0, 15))).toBe(false)
    expect(taxCodeComplete('private', cf)).toBe(true)
    expect(taxCodeComplete('business', '0111460100')).toBe(false)
    expect(taxCodeComplete('business', '01114601006')).toBe(true)
    expect(taxCodeComplete('business', 'IT 0111460 1006')).toBe(true)
    expect(taxCodeComplete('business', 'SM12345')).toBe(false)
  })
})
