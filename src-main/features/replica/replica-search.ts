// The desk's customer search over the replica (migration 0005: replica_customers_search, FTS5
// trigram, accents and case ignored). What the operator types is read as one of:
// - a phone number (digits with spaces, dots, dashes, brackets, "+" or "00"): its national digits;
// - otherwise words, each a part of a name, code or email, all of which must match.
// Words under three characters cannot be looked up in a trigram index and are left out; with
// none left the answer is empty. The first RESULTS_LIMIT matches come in the index's order
// (cheap at any size); ranking a million rows would cost more than the operator's next key.
import { hotAll, type Db } from '../../infra/db/open-database'

export const RESULTS_LIMIT = 20
export const MIN_TERM = 3

export type SearchKey = 'name' | 'codes' | 'email' | 'phones'
/** A field as shown, cut where it matched: [text, matched] pairs. */
export type Marked = [string, boolean][]

export type CustomerMatch = {
  codiceCliente: string
  kind: 'private' | 'business'
  name: Marked
  codes: Marked
  email: Marked
  phone: Marked
}

/** The FTS5 query for what was typed; null when nothing in it can be looked up. */
export function searchQuery(typed: string): string | null {
  const text = typed.normalize('NFC').trim().slice(0, 100)
  const phone = phoneDigits(text)
  if (phone) return `phones : "${phone}"`
  const terms = text
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ''))
    .filter((w) => [...w].length >= MIN_TERM)
    .slice(0, 6)
  return terms.length > 0 ? terms.map((w) => `"${w}"`).join(' AND ') : null
}

/** A phone number in any common writing, as the national digits the index holds; else null. */
export function phoneDigits(text: string): string | null {
  if (!/^[+(]?[\d\s().\-/]+$/.test(text)) return null
  let digits = text.replace(/\D/g, '')
  if (text.startsWith('+') || digits.startsWith('00')) {
    digits = digits.replace(/^00/, '')
    digits = digits.replace(/^(39|378)/, '')
  }
  // Eight digits are a codice cliente, eleven a partita IVA: not phones.
  if (digits.length < 6 || digits.length === 8 || digits.length === 11) return null
  return digits
}

const OPEN = '\u0002'
const CLOSE = '\u0003'

/** Cuts highlight()'s output into [text, matched] pairs (markers that no replica field holds). */
export function marked(highlighted: string | null): Marked {
  const parts: Marked = []
  for (const [i, piece] of (highlighted ?? '').split(new RegExp(`[${OPEN}${CLOSE}]`)).entries())
    if (piece !== '') parts.push([piece, i % 2 === 1])
  return parts
}

type Row = {
  codiceCliente: string
  kind: 'private' | 'business'
  name: string
  codes: string
  email: string
  mobile: string | null
}

/** Up to RESULTS_LIMIT customers matching what was typed, each field cut where it matched. */
export async function searchCustomers(db: Db, typed: string): Promise<CustomerMatch[]> {
  const query = searchQuery(typed)
  if (!query) return []
  const phone = query.startsWith('phones :') ? phoneDigits(typed.trim()) : null
  const rows = await hotAll<Row>(db, BARE_SQL, [query])
  return rows.map((r) => ({
    codiceCliente: r.codiceCliente,
    kind: r.kind,
    name: marked(r.name),
    codes: marked(r.codes),
    email: marked(r.email),
    phone: markPhone(r.mobile, phone),
  }))
}

/** The statement alone (the benchmark's baseline and the app's one query). */
export const BARE_SQL = `SELECT c.codice_cliente AS codiceCliente, c.kind AS kind,
    highlight(replica_customers_search, 0, '${OPEN}', '${CLOSE}') AS name,
    highlight(replica_customers_search, 1, '${OPEN}', '${CLOSE}') AS codes,
    highlight(replica_customers_search, 2, '${OPEN}', '${CLOSE}') AS email,
    c.mobile AS mobile
  FROM replica_customers_search
  JOIN replica_customers c ON c.rowid = replica_customers_search.rowid
  WHERE replica_customers_search MATCH ?
  LIMIT ${RESULTS_LIMIT}`

/** The mobile as on file, its national digits marked when the search was by phone. */
function markPhone(mobile: string | null, digits: string | null): Marked {
  if (!mobile) return []
  if (!digits) return [[mobile, false]]
  const at = mobile.indexOf(digits)
  return at < 0
    ? [[mobile, false]]
    : ([
        [mobile.slice(0, at), false],
        [digits, true],
        [mobile.slice(at + digits.length), false],
      ].filter(([t]) => t !== '') as Marked)
}
