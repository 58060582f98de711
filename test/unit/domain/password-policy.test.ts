import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { personalWords, unmetPasswordRules } from '../../../src-shared/domain/password-policy'

describe('password policy (seed 003)', () => {
  it('accepts a password with upper, lower, digit and special, 8+ characters', () => {
    expect(unmetPasswordRules('Bolletta-2026')).toEqual([])
  })

  it.each([
    ['Ab1-', ['PASSWORD_TOO_SHORT']],
    ['bolletta-2026', ['PASSWORD_NEEDS_UPPER']],
    ['BOLLETTA-2026', ['PASSWORD_NEEDS_LOWER']],
    ['Bolletta-abc', ['PASSWORD_NEEDS_DIGIT']],
    ['Bolletta2026', ['PASSWORD_NEEDS_SPECIAL']],
    [
      '',
      [
        'PASSWORD_TOO_SHORT',
        'PASSWORD_NEEDS_UPPER',
        'PASSWORD_NEEDS_LOWER',
        'PASSWORD_NEEDS_DIGIT',
        'PASSWORD_NEEDS_SPECIAL',
      ],
    ],
  ])('names each unmet rule of %j', (password, rules) => {
    expect(unmetPasswordRules(password)).toEqual(rules)
  })

  it('refuses more than 128 characters and never truncates', () => {
    const long = 'Aa1!' + 'x'.repeat(125)
    expect(unmetPasswordRules(long)).toEqual(['PASSWORD_TOO_LONG'])
    expect(unmetPasswordRules(long.slice(0, 128))).toEqual([])
  })

  it('counts accented letters as letters and emoji as one character each', () => {
    expect(unmetPasswordRules('Èlettricità9!')).toEqual([])
    expect(unmetPasswordRules('Aa1🔒🔒🔒')).toEqual(['PASSWORD_TOO_SHORT'])
  })

  it('refuses a password containing the email or the name, in any case', () => {
    const personal = personalWords('mario.rossi@example.it', ['Mario Rossi'])
    expect(unmetPasswordRules('Xx-ROSSI-2026', personal)).toEqual(['PASSWORD_CONTAINS_PERSONAL'])
    expect(unmetPasswordRules('Xx-Mario!2026', personal)).toEqual(['PASSWORD_CONTAINS_PERSONAL'])
    expect(unmetPasswordRules('Bolletta-2026', personal)).toEqual([])
  })

  it('any password meeting every class rule and the length passes (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 100 }), (body) => {
        const password = `Aa1!${body}`
        expect(unmetPasswordRules(password).filter((r) => r !== 'PASSWORD_TOO_LONG')).toEqual([])
      }),
    )
  })
})
