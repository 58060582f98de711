// The strength estimate's cost is bounded by what it is given, not by what the caller sends:
// zxcvbn scores a bounded prefix with a bounded number of l33t variants, however long and however
// adversarial the password (a 128-character one used to block the counter thread for a second).
// Counted, not timed: the characters handed to the estimator and the variants it may try.
// `npm run bench` (bench/password-strength.bench.ts) reports the time.
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkPassword } from '../../../src-main/features/credentials/password-strength'

const fit = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n)

/** The shapes that cost zxcvbn the most: l33t-substitutable runs, sequences, dates, repeats. */
const adversarial = [
  fit('abcdefghijklmnopqrstuvwxyz0123456789', 128),
  fit('p4$$w0rd', 128),
  fit('p@ssw0rd1b0ll3tt4', 128),
  fit('4@8(3!1|0$57+2', 128),
  fit('0123456789', 128),
  fit('19901231', 128),
  fit('passwordbollettaluceacqua', 128),
  fit('Aa1!', 100),
]

/** At most this many characters are scored, at most this many l33t readings of them tried. */
const MAX_SCORED = 64
const MAX_L33T_VARIANTS = 16

afterEach(() => {
  vi.restoreAllMocks()
})

describe('checkPassword: a bounded cost', () => {
  it.each(adversarial)('scores a bounded prefix of %s', (password) => {
    const check = vi.spyOn(ZxcvbnFactory.prototype, 'check')
    checkPassword(password, ['laura', 'bianchi'])
    expect(check).toHaveBeenCalledTimes(1)
    // What zxcvbn actually matched and scored (its result names the password it scored).
    const scored = check.mock.results[0]!.value as { password: string }
    expect(scored.password.length).toBeLessThanOrEqual(MAX_SCORED)
    expect(password.startsWith(scored.password)).toBe(true)
    // Each l33t reading is a full dictionary pass over the prefix: their number is bounded too.
    const options = (check.mock.contexts[0] as unknown as { options: Record<string, number> })
      .options
    expect(options.l33tMaxSubstitutions).toBeLessThanOrEqual(MAX_L33T_VARIANTS)
  })

  it('still refuses a long password whose scored prefix is weak', () => {
    // A common password repeated: the prefix keeps whole repeats, so zxcvbn still sees one.
    for (const unit of ['Password1!', 'Pa$$w0r1', 'Qwerty1!'])
      expect(checkPassword(fit(unit, 120)).unmet).toContain('PASSWORD_TOO_COMMON')
  })

  it('the pure rules still see the whole password', () => {
    const strong = 'Tramonto-Vela-Quarzo-41!Ginepro+Salice=Nube.Cobalto'
    const long = `${strong}${fit('x', 70 - strong.length)}laura-99`
    expect(long.length).toBeGreaterThan(MAX_SCORED)
    expect(checkPassword(long).unmet).toEqual([])
    expect(checkPassword(long, ['laura']).unmet).toEqual(['PASSWORD_CONTAINS_PERSONAL'])
    expect(checkPassword(`${fit('Tramonto-Vela-41!', 128)}x`).unmet).toContain('PASSWORD_TOO_LONG')
  })
})
