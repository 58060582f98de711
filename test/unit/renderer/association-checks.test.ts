// The association form's own check of the codice fiscale or partita IVA / C.O.E. against main's:
// for any typed value and kind, the renderer (features/associations/tax-code.ts) names exactly
// the problem main names (parseTaxCode), or lets through exactly what main accepts. Checked on
// tricky inputs by hand and on generated ones.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTaxCode } from '../../../src-main/features/accounts/account-associations'
import {
  taxCodeComplete,
  taxCodeIssue,
  type CustomerKind,
} from '../../../src-renderer/features/associations/tax-code'
import { applyOmocodia } from '../../../src-shared/domain/codice-fiscale'

const mainIssue = (kind: CustomerKind, typed: string): string | null => {
  const parsed = parseTaxCode(kind, typed)
  return parsed.ok ? null : parsed.issue.code
}

const cf = 'RSSMRA80A01H501U'
const typed = [
  '',
  '   ',
  cf,
  cf.toLowerCase(),
  ` ${cf.slice(0, 8)} ${cf.slice(8)} `,
  applyOmocodia(cf, 3),
  'RSSMRA80A01H501',
  'RSSMRA80A01H501X',
  'RSSMRA80A32H501U',
  '1SSMRA80A01H501U',
  '01234567890',
  '00000000000',
  'IT01114601006',
  '0111460100',
  '01114601006',
  '0111460100A',
  '01114609996',
  'SM12345',
  'sm 00123',
  '123',
  'SM7',
  'SM123456',
  '12345',
  'SM',
  'IT',
  'ABCDEF',
]

describe('the association form’s tax-code check', () => {
  it.each(typed.flatMap((value) => [['private', value] as const, ['business', value] as const]))(
    '%s “%s”: the same answer as main',
    (kind, value) => {
      expect(taxCodeIssue(kind, value)).toBe(mainIssue(kind, value))
    },
  )

  it('agrees with main on generated input', () => {
    const characters = fc.constantFrom(...'0123456789ABCDEFHLMPRSTXYZsmit ')
    fc.assert(
      fc.property(
        fc.constantFrom<CustomerKind>('private', 'business'),
        fc.string({ unit: characters, maxLength: 20 }),
        (kind, value) => taxCodeIssue(kind, value) === mainIssue(kind, value),
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
