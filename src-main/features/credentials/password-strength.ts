// The whole password policy as main enforces it: the pure rules of src-shared plus zxcvbn's
// dictionaries (common passwords, Italian and English words) for "not a common password".
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import * as it from '@zxcvbn-ts/language-it'
import { unmetPasswordRules, type PasswordRule } from '../../../src-shared/domain/password-policy'
import type { PasswordCheck } from '../../../src-shared/ipc'

let zxcvbn: ZxcvbnFactory | undefined

/** Loaded on first use: the dictionaries take ~100 ms to index. */
function estimator(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...it.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
  })
  return zxcvbn
}

/** zxcvbn's score 0-1 means fewer than a million guesses: a common or trivially built password. */
const LOWEST_ACCEPTED_SCORE = 2

export function checkPassword(
  password: string,
  personal: readonly string[] = [],
): PasswordCheck & { unmet: PasswordRule[] } {
  const unmet = unmetPasswordRules(password, personal)
  // zxcvbn is slow on very long inputs; anything over the maximum is refused anyway.
  const score = password.length > 128 ? 0 : estimator().check(password, [...personal]).score
  if (score < LOWEST_ACCEPTED_SCORE && !unmet.includes('PASSWORD_TOO_SHORT'))
    unmet.push('PASSWORD_TOO_COMMON')
  return { score, unmet }
}
