// How a desk's flow sends what the customer typed on their display: by the entry's id, one object
// per field (main refuses a payload that holds one object twice), and how a refusal of it reads
// on the operator's screen.
import type { AppError, EntryRef } from '../../../src-shared/ipc'

/** The entry named for one field of a call: its own object. */
export const entryField = (ref: EntryRef): EntryRef => ({ entry: ref.entry })

/** The password rules main may find broken: the customer chose it, so the customer chooses again. */
const policyCodes = new Set([
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_NEEDS_UPPER',
  'PASSWORD_NEEDS_LOWER',
  'PASSWORD_NEEDS_DIGIT',
  'PASSWORD_NEEDS_SPECIAL',
  'PASSWORD_CONTAINS_PERSONAL',
  'PASSWORD_TOO_COMMON',
])

/**
 * Main refused what the customer typed (`fields`, the call's names for it): the entries named are
 * dropped (`drop`), so the operator's screen asks the customer again, and a password rule
 * reads as one line for the operator, who has no checklist to look at (CUSTOMER_PASSWORD_REFUSED).
 */
export function refusedEntries(
  error: AppError,
  fields: readonly string[],
  drop: (field: string) => void,
): AppError {
  const issues = error.issues ?? []
  const named = issues.filter((issue) => fields.includes(issue.path))
  for (const field of new Set(named.map((issue) => issue.path))) drop(field)
  if (named.length === 0) return error
  return {
    ...error,
    issues: issues.map((issue) =>
      fields.includes(issue.path) && policyCodes.has(issue.code)
        ? { ...issue, code: 'CUSTOMER_PASSWORD_REFUSED' }
        : issue,
    ),
  }
}
