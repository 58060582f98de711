// The password policy of seed 003 and SECURITY.md, as pure rules: the renderer shows each unmet
// rule while the user types; main enforces the same rules (plus the common-password check, which
// needs a dictionary and lives in src-main/features/accounts/password-strength.ts).

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128

export const passwordRules = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_NEEDS_UPPER',
  'PASSWORD_NEEDS_LOWER',
  'PASSWORD_NEEDS_DIGIT',
  'PASSWORD_NEEDS_SPECIAL',
  'PASSWORD_CONTAINS_PERSONAL',
] as const
export type PasswordRule = (typeof passwordRules)[number] | 'PASSWORD_TOO_COMMON'

/** Parts of the user's identity a password must not contain (email local part, names). */
export function personalWords(email: string, names: readonly string[] = []): string[] {
  const local = email.split('@')[0] ?? ''
  return [local, ...local.split(/[._\-+]/), ...names.flatMap((n) => n.split(/\s+/))]
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 3)
}

/** Every rule the password breaks, in display order; empty when it satisfies them all. */
export function unmetPasswordRules(
  password: string,
  personal: readonly string[] = [],
): PasswordRule[] {
  const unmet: PasswordRule[] = []
  // Length counts characters as people see them (code points), never truncated.
  const length = [...password].length
  if (length < PASSWORD_MIN) unmet.push('PASSWORD_TOO_SHORT')
  if (length > PASSWORD_MAX) unmet.push('PASSWORD_TOO_LONG')
  if (!/\p{Lu}/u.test(password)) unmet.push('PASSWORD_NEEDS_UPPER')
  if (!/\p{Ll}/u.test(password)) unmet.push('PASSWORD_NEEDS_LOWER')
  if (!/\p{Nd}/u.test(password)) unmet.push('PASSWORD_NEEDS_DIGIT')
  if (!/[^\p{L}\p{Nd}]/u.test(password)) unmet.push('PASSWORD_NEEDS_SPECIAL')
  const lower = password.toLowerCase()
  if (personal.some((word) => word.length >= 3 && lower.includes(word.toLowerCase()))) {
    unmet.push('PASSWORD_CONTAINS_PERSONAL')
  }
  return unmet
}
