// The whole password policy as main enforces it: the pure rules of src-shared plus zxcvbn's
// dictionaries (common passwords, Italian and English words) for "not a common password".
//
// Its cost is bounded, whatever the caller sends (accounts:check-password is public and runs as
// the user types, on the counter thread that serves every call): zxcvbn's work grows with the
// square of the length times the l33t readings it tries, and a 128-character password of
// substitutable characters used to take a second. So zxcvbn scores only the first
// SCORED_PREFIX characters, trying at most L33T_READINGS l33t readings of them: a longer password
// is at least as strong as its prefix, and the pure rules still see the whole password.
// bench/password-strength.bench.ts reports the worst case against a 12-character password.
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import * as it from '@zxcvbn-ts/language-it'
import { unmetPasswordRules, type PasswordRule } from '../../../src-shared/domain/password-policy'
import type { PasswordCheck } from '../../../src-shared/ipc'

/** The characters zxcvbn scores. */
export const SCORED_PREFIX = 64
/** The l33t readings of the prefix zxcvbn tries (each one a pass over its dictionaries). */
export const L33T_READINGS = 4

let zxcvbn: ZxcvbnFactory | undefined

/** Loaded on first use: the dictionaries take ~100 ms to index. */
function estimator(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...it.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    maxLength: SCORED_PREFIX,
    l33tMaxSubstitutions: L33T_READINGS,
  })
  return zxcvbn
}

/** zxcvbn's score 0-1 means fewer than a million guesses: a common or trivially built password. */
const LOWEST_ACCEPTED_SCORE = 2

/**
 * The first SCORED_PREFIX characters; for a password that repeats one unit all along (KMP's
 * shortest period), a whole number of units, so that zxcvbn still sees it as a repeat.
 */
export function scoredPrefix(password: string): string {
  if (password.length <= SCORED_PREFIX) return password
  const border = new Array<number>(password.length).fill(0)
  for (let i = 1, k = 0; i < password.length; i++) {
    while (k > 0 && password[i] !== password[k]) k = border[k - 1]!
    if (password[i] === password[k]) k++
    border[i] = k
  }
  const period = password.length - border[password.length - 1]!
  const units = Math.floor(SCORED_PREFIX / period)
  return password.slice(0, units >= 2 ? units * period : SCORED_PREFIX)
}

export function checkPassword(
  password: string,
  personal: readonly string[] = [],
): PasswordCheck & { unmet: PasswordRule[] } {
  const unmet = unmetPasswordRules(password, personal)
  // Anything over the maximum is refused anyway. Cut here as well as by maxLength, so that what
  // reaches zxcvbn is bounded even if its option were lost.
  const score =
    password.length > 128 ? 0 : estimator().check(scoredPrefix(password), [...personal]).score
  if (score < LOWEST_ACCEPTED_SCORE && !unmet.includes('PASSWORD_TOO_SHORT'))
    unmet.push('PASSWORD_TOO_COMMON')
  return { score, unmet }
}
