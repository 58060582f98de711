// The desk's customer search over the replica. What the operator types is read as:
// - digits (with the usual separators, "+" or "00"): the start of a codice cliente, a partita IVA,
//   a mobile (national digits, or with +39 / +378) or a C.O.E. — looked up in the table's own
//   indexes, as ranges (a trigram index answers digits slowly: ten digits make only a thousand
//   trigrams, each in a huge share of the rows);
// - one word of letters and digits (a codice fiscale), or with "@" or a dot (an email): the start
//   of that code or address, by index; if nothing starts so, a part of it, through the search
//   index;
// - otherwise words, each a part of a name, code or email, all of which must match, through
//   replica_customers_search (migration 0005: FTS5 trigram, accents and case ignored). Words
//   under three characters cannot be looked up there and are left out.
// The first RESULTS_LIMIT matches come in index order (cheap at any size); ranking a million
// rows that hold "mar" would cost more than the operator's next key.
import { MARK_CLOSE, MARK_OPEN, markFirst } from '../../../src-shared/domain/marked-text'
import { hotAll, type Db } from '../../infra/db/open-database'

export const RESULTS_LIMIT = 20
export const MIN_TERM = 3

/** A field as shown, its matched parts marked (src-shared/domain/marked-text.ts). */
export type Marked = string

export type CustomerMatch = {
  codiceCliente: string
  kind: 'private' | 'business'
  name: Marked
  codes: Marked
  email: Marked
  phone: Marked
}

type Row = {
  codice_cliente: string
  kind: 'private' | 'business'
  name: string
  codice_fiscale: string | null
  partita_iva: string | null
  codice_coe: string | null
  email: string | null
  mobile: string | null
}

const COLUMNS = 'codice_cliente, kind, name, codice_fiscale, partita_iva, codice_coe, email, mobile'
/** Just after every string that starts with a prefix, in SQLite's BINARY order (codes, emails). */
const END = '\uffff'

/** The FTS5 query for words typed; null when none of them can be looked up. */
export function searchQuery(typed: string): string | null {
  const terms = typed
    .normalize('NFC')
    .trim()
    .slice(0, 100)
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ''))
    .filter((w) => [...w].length >= MIN_TERM)
    .slice(0, 6)
  return terms.length > 0 ? terms.map((w) => `"${w}"`).join(' AND ') : null
}

/**
 * Digits typed as a number (spaces, dots, dashes, brackets, "+", "00"); else null. `international`
 * when it starts with "+", or with "00" and is long enough to hold a country code and a number
 * (a partita IVA may start with 00 too: it stays a code as well).
 */
export function typedDigits(text: string): TypedNumber | null {
  if (!/^[+(]?[\d\s().\-/]+$/.test(text)) return null
  const digits = text.replace(/\D/g, '')
  if (digits.length < 3) return null
  const international = text.startsWith('+')
    ? digits
    : digits.startsWith('00') && digits.length >= 12
      ? digits.slice(2)
      : null
  return { digits, international, withPlus: text.startsWith('+') }
}

type TypedNumber = {
  digits: string
  /** The digits after "+" or "00": country code and number. */
  international: string | null
  /** Typed with "+": only a phone can be meant. */
  withPlus: boolean
}

/** The mobile prefixes (E.164) a number typed may start: as typed with "+", or +39… / +378…. */
function mobilePrefixes({ digits, international }: TypedNumber) {
  return international ? [`+${international}`] : [`+39${digits}`, `+378${digits}`]
}

/** One statement of a search, and how its rows are shown. */
export type SearchStep = { sql: string; params: unknown[]; show(row: never): CustomerMatch }
/** Tried in order: the first whose steps find anyone answers. */
export type SearchPlan = SearchStep[][]

/** The statements a search runs for what was typed (searchCustomers runs them; so does the bench). */
export function searchPlan(typed: string): SearchPlan {
  const text = typed.normalize('NFC').trim().slice(0, 100)
  const number = typedDigits(text)
  if (number) return [numberSteps(number)]
  const words = wordSteps(text)
  // An address, or the start of one ("maria.rossi", "maria.rossi@"): the email index first.
  if (
    /^\S+$/.test(text) &&
    (text.includes('@') || /^[\p{L}\d_%+-]+\.[\p{L}\d._%+-]*$/u.test(text))
  ) {
    const email = text.toLowerCase()
    return [[prefixStep('email', email, { email })], words]
  }
  if (/^[A-Za-z0-9]{6,16}$/.test(text) && /\d/.test(text) && /[A-Za-z]/.test(text)) {
    const code = text.toUpperCase()
    return [[prefixStep('codice_fiscale', code, { code })], words]
  }
  return [words]
}

export async function searchCustomers(db: Db, typed: string): Promise<CustomerMatch[]> {
  for (const steps of searchPlan(typed)) {
    const found = new Map<string, CustomerMatch>()
    for (const step of steps)
      for (const row of await hotAll<never>(db, step.sql, step.params)) {
        const match = step.show(row)
        if (!found.has(match.codiceCliente)) found.set(match.codiceCliente, match)
      }
    if (found.size > 0) return [...found.values()].slice(0, RESULTS_LIMIT)
  }
  return []
}

type PrefixColumn = 'email' | 'codice_fiscale' | 'codice_cliente' | 'partita_iva' | 'mobile'

function prefixStep(column: PrefixColumn, prefix: string, marks: Marks): SearchStep {
  return {
    sql: `SELECT ${COLUMNS} FROM replica_customers WHERE ${column} >= ? AND ${column} < ? ORDER BY ${column} LIMIT ${RESULTS_LIMIT}`,
    params: [prefix, prefix + END],
    show: (row: Row) => shown(row, marks),
  }
}

function numberSteps(number: TypedNumber): SearchStep[] {
  const { digits, international } = number
  const national = international ? international.replace(/^(39|378)/, '') : digits
  const steps = mobilePrefixes(number).map((prefix) =>
    prefixStep('mobile', prefix, { phone: national }),
  )
  if (number.withPlus) return steps
  steps.push(prefixStep('codice_cliente', digits, { code: digits }))
  steps.push(prefixStep('partita_iva', digits, { code: digits }))
  if (digits.length <= 5) {
    const coe = `SM${digits.padStart(5, '0')}`
    steps.push({
      sql: `SELECT ${COLUMNS} FROM replica_customers WHERE codice_coe = ?`,
      params: [coe],
      show: (row: Row) => shown(row, { code: coe }),
    })
  }
  return steps
}

function wordSteps(text: string): SearchStep[] {
  const query = searchQuery(text)
  if (!query) return []
  return [
    {
      sql: BARE_SQL,
      params: [query],
      show: (r: Row & { name_marked: string; codes_marked: string; email_marked: string }) => ({
        codiceCliente: r.codice_cliente,
        kind: r.kind,
        name: r.name_marked,
        codes: r.codes_marked,
        email: r.email_marked,
        phone: r.mobile ?? '',
      }),
    },
  ]
}

/** The statement for words, through the search index. */
export const BARE_SQL = `SELECT c.codice_cliente, c.kind, c.codice_fiscale, c.partita_iva,
    c.codice_coe, c.mobile, c.email,
    highlight(replica_customers_search, 0, '${MARK_OPEN}', '${MARK_CLOSE}') AS name_marked,
    highlight(replica_customers_search, 1, '${MARK_OPEN}', '${MARK_CLOSE}') AS codes_marked,
    highlight(replica_customers_search, 2, '${MARK_OPEN}', '${MARK_CLOSE}') AS email_marked,
    c.name
  FROM replica_customers_search
  JOIN replica_customers c ON c.rowid = replica_customers_search.rowid
  WHERE replica_customers_search MATCH ?
  LIMIT ${RESULTS_LIMIT}`

type Marks = { code?: string; email?: string; phone?: string }

/** A row found by a prefix, its fields as the search index shows them, the prefix marked. */
function shown(r: Row, marks: Marks): CustomerMatch {
  const codes = [
    r.codice_cliente,
    r.codice_fiscale ?? '',
    r.partita_iva ?? '',
    r.codice_coe ?? '',
  ].join(' ')
  return {
    codiceCliente: r.codice_cliente,
    kind: r.kind,
    name: r.name,
    codes: markFirst(codes, marks.code),
    email: markFirst(r.email ?? '', marks.email),
    phone: markFirst(r.mobile ?? '', marks.phone),
  }
}
