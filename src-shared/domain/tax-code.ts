// The association's "codice fiscale o partita IVA / C.O.E." as typed (issue #11): a private
// customer's codice fiscale, or a business's partita IVA or San Marino C.O.E. — one rule for the
// form as the user types and for main, each answering with the issue of the rule that applies.
import { validateCodiceFiscale } from './codice-fiscale'
import { validateCoe, validatePartitaIva } from './partita-iva'
import { invalid, valid, type Validation } from './validation'

export type CustomerKind = 'private' | 'business'
export type TaxCode = { codiceFiscale: string } | { partitaIva: string } | { codiceCoe: string }

export function parseTaxCode(kind: CustomerKind, typed: string): Validation<TaxCode> {
  if (kind === 'private') {
    const cf = validateCodiceFiscale(typed)
    return cf.ok ? valid({ codiceFiscale: cf.value }) : cf
  }
  const piva = validatePartitaIva(typed)
  if (piva.ok) return valid({ partitaIva: piva.value })
  const coe = validateCoe(typed)
  if (coe.ok) return valid({ codiceCoe: coe.value })
  // A short number or an SM… is a C.O.E. being typed; anything else a partita IVA.
  const looksCoe = /^\s*(sm)?\s*\d{1,5}\s*$/i.test(typed)
  const { issue } = looksCoe ? coe : piva
  return invalid(issue.code, issue.params)
}
