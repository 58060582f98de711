// The association form's codice fiscale or partita IVA / C.O.E., checked as the user types with
// the shared rules, answering as main does (parseTaxCode in src-main/features/accounts/
// account-associations.ts): the code of what is wrong, or null. The renderer may not import main,
// so the few lines that pick the rule are written here too; test/unit/renderer/
// association-checks.test.ts holds the two to the same answer for any input.
import { validateCodiceFiscale } from '../../../src-shared/domain/codice-fiscale'
import { validateCoe, validatePartitaIva } from '../../../src-shared/domain/partita-iva'

export type CustomerKind = 'private' | 'business'

export function taxCodeIssue(kind: CustomerKind, typed: string): string | null {
  if (kind === 'private') {
    const cf = validateCodiceFiscale(typed)
    return cf.ok ? null : cf.issue.code
  }
  const piva = validatePartitaIva(typed)
  if (piva.ok) return null
  const coe = validateCoe(typed)
  if (coe.ok) return null
  // A short number or an SM… is a C.O.E. being typed; anything else a partita IVA.
  return /^\s*(sm)?\s*\d{1,5}\s*$/i.test(typed) ? coe.issue.code : piva.issue.code
}

/** Whether the typed code is long enough to judge while typing (16 for a CF, 11 for a P.IVA). */
export function taxCodeComplete(kind: CustomerKind, typed: string): boolean {
  const compact = typed.replace(/\s+/g, '')
  return kind === 'private' ? compact.length >= 16 : /^(IT)?\d{11,}$/i.test(compact)
}
