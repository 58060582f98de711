// The association form's codice fiscale or partita IVA / C.O.E., checked as the user types with
// the rule main applies too (src-shared/domain/tax-code.ts): the code of what is wrong, or null.
import { parseTaxCode, type CustomerKind } from '../../../src-shared/domain/tax-code'

export type { CustomerKind }

export function taxCodeIssue(kind: CustomerKind, typed: string): string | null {
  const parsed = parseTaxCode(kind, typed)
  return parsed.ok ? null : parsed.issue.code
}
/** Whether the typed code is long enough to judge while typing (16 for a CF, 11 for a P.IVA). */
export function taxCodeComplete(kind: CustomerKind, typed: string): boolean {
  const compact = typed.replace(/\s+/g, '')
  return kind === 'private' ? compact.length >= 16 : /^(IT)?\d{11,}$/i.test(compact)
}
