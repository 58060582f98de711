// Reading the replica (replica_*: the billing system's customers and documents, read-only at the
// counter). Every feature reads replica rows through these functions, so that the schema of the
// replica and, later, its sync touch one place.
import { normalizeCoe } from '../../../src-shared/domain/partita-iva'
import type { TaxCode } from '../../../src-shared/domain/tax-code'
import type { PersonLabel } from '../../../src-shared/ipc'
import { hotGet, type Db } from '../../infra/db/open-database'

export type ReplicaCustomer = {
  codice_cliente: string
  kind: 'private' | 'business'
  country: 'IT' | 'SM'
  name: string
  codice_fiscale: string | null
  partita_iva: string | null
  codice_iss: string | null
  codice_coe: string | null
  email: string | null
  mobile: string | null
  address: string
}

export type CustomerSummary = { codiceCliente: string; name: string; kind: 'private' | 'business' }

/** The hot read: one customer by codice cliente, through a cached prepared statement. */
export const customerByCode = (db: Db, codiceCliente: string) =>
  hotGet<ReplicaCustomer>(
    db,
    'select codice_cliente, kind, country, name, codice_fiscale, partita_iva, codice_iss, codice_coe, email, mobile, address from replica_customers where codice_cliente = ?',
    [codiceCliente],
  )

/** The codici cliente of the customers whose codice fiscale this is. */
export async function codesWithCodiceFiscale(db: Db, codiceFiscale: string): Promise<string[]> {
  const rows: { codice_cliente: string }[] = await db('replica_customers')
    .where({ codice_fiscale: codiceFiscale })
    .select('codice_cliente')
  return rows.map((r) => r.codice_cliente)
}

/** The customers of a codice fiscale (private) or of a partita IVA / C.O.E. (business). */
export async function customersWithTaxCode(
  db: Db,
  taxCode: { codiceFiscale: string } | { partitaIva: string } | { codiceCoe: string },
): Promise<ReplicaCustomer[]> {
  const where =
    'codiceFiscale' in taxCode
      ? { codice_fiscale: taxCode.codiceFiscale, kind: 'private' }
      : 'partitaIva' in taxCode
        ? { partita_iva: taxCode.partitaIva, kind: 'business' }
        : { codice_coe: taxCode.codiceCoe, kind: 'business' }
  return db('replica_customers').where(where).orderBy('codice_cliente').limit(20)
}

/**
 * Codici cliente of the customers whose name holds every word, or whose codice cliente is one
 * of them (the audit log's person filter; the desk's full search comes with its own index).
 */
export async function codesMatching(db: Db, words: string[], limit = 500): Promise<string[]> {
  const query = db('replica_customers').limit(limit)
  for (const word of words)
    query.where((q) => q.where('name', 'like', `%${word}%`).orWhere('codice_cliente', word))
  return (await query.pluck('codice_cliente')).map(String)
}

/** Name and kind of each customer, in the order of `codes` (unknown codes are left out). */
export async function customerSummaries(
  db: Db,
  codes: readonly string[],
): Promise<CustomerSummary[]> {
  if (codes.length === 0) return []
  const rows: CustomerSummary[] = await db('replica_customers')
    .whereIn('codice_cliente', codes)
    .select({ codiceCliente: 'codice_cliente', name: 'name', kind: 'kind' })
  const byCode = new Map(rows.map((r) => [r.codiceCliente, r]))
  return codes.flatMap((code) => byCode.get(code) ?? [])
}

export async function replicaIsEmpty(db: Db): Promise<boolean> {
  return (await db('replica_customers').first('codice_cliente')) === undefined
}

/** Sizes for the status screen. */
export async function replicaCounts(db: Db) {
  const kinds: { kind: string; n: number }[] = await db('replica_customers')
    .select('kind')
    .count({ n: '*' })
    .groupBy('kind')
  const countOf = (kind: string) => Number(kinds.find((k) => k.kind === kind)?.n ?? 0)
  const docs = await db('replica_documents').count({ n: '*' }).sum({ bytes: 'pdf_bytes' }).first()
  return {
    customers: {
      total: countOf('private') + countOf('business'),
      private: countOf('private'),
      business: countOf('business'),
    },
    documents: { total: Number(docs?.n ?? 0), bytes: Number(docs?.bytes ?? 0) },
  }
}

/** Customers by codice cliente, named for the audit log ("for customer Y"). */
export async function customerLabels(db: Db, ids: string[]): Promise<Map<string, PersonLabel>> {
  const codes = ids.filter((id) => /^\d{8}$/.test(id))
  const found = await customerSummaries(db, codes)
  return new Map(
    found.map((c) => [
      c.codiceCliente,
      { kind: 'customer', id: c.codiceCliente, name: c.name, codiceCliente: c.codiceCliente },
    ]),
  )
}

/** Whether the customer on file has this codice fiscale, partita IVA or C.O.E. */
export function taxCodeMatches(customer: ReplicaCustomer, code: TaxCode): boolean {
  if ('codiceFiscale' in code) return customer.codice_fiscale === code.codiceFiscale
  if ('partitaIva' in code) return customer.partita_iva === code.partitaIva
  return customer.codice_coe === normalizeCoe(code.codiceCoe)
}
