// Reading the replica's documents (bills and notices) and their PDFs: the customer's list with
// its filters and paging, one document or several by id, the candidates of the notices. The list
// is one prepared statement per shape of query (cached on the connection): it is what a customer
// with ten years of monthly bills waits for (bench/documents-list.bench.ts).
import { hotAll, hotGet, type Db } from '../../infra/db/open-database'

export type ReplicaDocumentRow = {
  id: number
  codice_cliente: string
  doc_number: string
  doc_type: 'bill' | 'notice'
  service: 'electricity' | 'gas' | 'water'
  period_start: string
  period_end: string
  issued_on: string
  due_on: string
  amount_cents: number
  currency: string
  pdf_bytes: number
}

export type DocumentListQuery = {
  codiceCliente: string
  /** A part of the number. */
  number?: string
  /** A month ("2025-03"): documents whose period covers some of it. */
  month?: string
  type?: 'bill' | 'notice'
  service?: 'electricity' | 'gas' | 'water'
  /** Issued in this year. */
  year?: number
  sort: keyof typeof ORDER
  limit: number
  offset: number
}

const COLUMNS = `id, codice_cliente, doc_number, doc_type, service, period_start, period_end,
  issued_on, due_on, amount_cents, currency, pdf_bytes`

/** Every order ends on the id, so a page boundary never splits documents of one day at random. */
const ORDER = {
  'issued-desc': 'issued_on DESC, id DESC',
  'issued-asc': 'issued_on ASC, id ASC',
  'due-desc': 'due_on DESC, id DESC',
  'due-asc': 'due_on ASC, id ASC',
  'amount-desc': 'amount_cents DESC, id DESC',
  'amount-asc': 'amount_cents ASC, id ASC',
} as const

/** LIKE's wildcards typed by the user are meant literally. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

function whereOf(q: DocumentListQuery): { sql: string; params: unknown[] } {
  const parts = ['codice_cliente = ?']
  const params: unknown[] = [q.codiceCliente]
  if (q.number) {
    parts.push("doc_number LIKE ? ESCAPE '\\'")
    params.push(`%${literal(q.number)}%`)
  }
  if (q.month) {
    // Periods are whole days: the month's first and last day bound it.
    parts.push('period_start <= ? AND period_end >= ?')
    params.push(`${q.month}-31`, `${q.month}-01`)
  }
  if (q.type) {
    parts.push('doc_type = ?')
    params.push(q.type)
  }
  if (q.service) {
    parts.push('service = ?')
    params.push(q.service)
  }
  if (q.year !== undefined) {
    // A range on issued_on, so the (codice_cliente, issued_on) index answers it.
    parts.push('issued_on >= ? AND issued_on < ?')
    params.push(`${q.year}-01-01`, `${q.year + 1}-01-01`)
  }
  return { sql: parts.join(' AND '), params }
}

/** The SQL of a page of the list (the bench runs it bare beside `listCustomerDocuments`). */
export function documentListSql(q: DocumentListQuery): { sql: string; params: unknown[] } {
  const where = whereOf(q)
  return {
    sql: `SELECT ${COLUMNS} FROM replica_documents WHERE ${where.sql} ORDER BY ${ORDER[q.sort]} LIMIT ? OFFSET ?`,
    params: [...where.params, q.limit, q.offset],
  }
}

/** A page of a customer's documents and how many match in all. */
export async function listCustomerDocuments(
  db: Db,
  q: DocumentListQuery,
): Promise<{ total: number; rows: ReplicaDocumentRow[] }> {
  const page = documentListSql(q)
  const rows = await hotAll<ReplicaDocumentRow>(db, page.sql, page.params)
  // A first page shorter than the limit is the whole answer: no count needed.
  if (q.offset === 0 && rows.length < q.limit) return { total: rows.length, rows }
  const where = whereOf(q)
  const counted = await hotGet<{ n: number }>(
    db,
    `SELECT count(*) AS n FROM replica_documents WHERE ${where.sql}`,
    where.params,
  )
  return { total: Number(counted?.n ?? 0), rows }
}

/** The years a customer has documents of, newest first. */
export async function documentYears(db: Db, codiceCliente: string): Promise<number[]> {
  const rows = await hotAll<{ y: string }>(
    db,
    'SELECT DISTINCT substr(issued_on, 1, 4) AS y FROM replica_documents WHERE codice_cliente = ? ORDER BY y DESC',
    [codiceCliente],
  )
  return rows.map((r) => Number(r.y))
}

/** The ids of the documents of these customers, with their customer. */
export async function documentIdsOf(
  db: Db,
  codes: readonly string[],
): Promise<{ id: number; codice_cliente: string }[]> {
  if (codes.length === 0) return []
  return db('replica_documents').whereIn('codice_cliente', codes).select('id', 'codice_cliente')
}

export const documentById = (db: Db, id: number) =>
  hotGet<ReplicaDocumentRow>(db, `SELECT ${COLUMNS} FROM replica_documents WHERE id = ?`, [id])

/** The documents of these ids (unknown ones left out), in no particular order. */
export async function documentsByIds(
  db: Db,
  ids: readonly number[],
): Promise<ReplicaDocumentRow[]> {
  if (ids.length === 0) return []
  return db('replica_documents').whereIn('id', ids).select(db.raw(COLUMNS))
}

/** The PDF of a document, or undefined. */
export async function documentPdf(db: Db, id: number): Promise<Buffer | undefined> {
  const row = await hotGet<{ pdf: Buffer }>(
    db,
    'SELECT pdf FROM replica_document_files WHERE document_id = ?',
    [id],
  )
  return row?.pdf
}

/** Documents of these customers issued from `fromDay` to `toDay` (the notices' candidates). */
export async function documentsIssuedBetween(
  db: Db,
  codes: readonly string[],
  fromDay: string,
  toDay: string,
): Promise<ReplicaDocumentRow[]> {
  const rows: ReplicaDocumentRow[] = []
  // In slices: SQLite's limit of bound parameters.
  for (let i = 0; i < codes.length; i += 500) {
    rows.push(
      ...(await db('replica_documents')
        .whereIn('codice_cliente', codes.slice(i, i + 500))
        .whereBetween('issued_on', [fromDay, toDay])
        .select(db.raw(COLUMNS))),
    )
  }
  return rows
}
