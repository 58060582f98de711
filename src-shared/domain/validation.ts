// The result of a pure domain rule: the normalised value, or one issue with a stable code that
// the renderer translates (e.g. CF_CHECK_CHARACTER → "il carattere 16 non corrisponde al controllo").
export type ValidationIssue<Code extends string = string> = {
  code: Code
  params?: Record<string, string | number>
}

export type Validation<T, Code extends string = string> =
  { ok: true; value: T } | { ok: false; issue: ValidationIssue<Code> }

export const valid = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })

export const invalid = <Code extends string>(
  code: Code,
  params?: Record<string, string | number>,
): { ok: false; issue: ValidationIssue<Code> } => ({
  ok: false,
  issue: params ? { code, params } : { code },
})

/**
 * The same issue, placed on an input field: the shape of the IPC contract's `FieldIssue`, written
 * out here because domain rules sit below the contract and import nothing from it.
 */
export function toFieldIssue(
  path: string,
  issue: ValidationIssue,
): { path: string; code: string; params?: Record<string, string | number> } {
  return issue.params
    ? { path, code: issue.code, params: issue.params }
    : { path, code: issue.code }
}

/**
 * What every identifier rule does first: identifiers are typed on touch keyboards and pasted
 * from letters, so spaces anywhere (never part of one) are dropped and letters upper-cased.
 */
export const compactUpper = (input: string): string => input.replace(/\s+/g, '').toUpperCase()
