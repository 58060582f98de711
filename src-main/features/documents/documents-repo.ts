// Who read which document, and the notices sent (owns counter_document_reads and
// counter_document_notices). A read is kept once, the first; a notice once per document, account
// and sequence (the unique key is what keeps two schedulers from sending one twice).
import type { ReadHow } from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'

export type ReadRow = {
  account_id: string
  document_id: number
  codice_cliente: string
  first_read_at: string
  how: ReadHow
}

export type NoticeRow = {
  id: string
  document_id: number
  account_id: string
  sequence: number
  sent_at: string
  outbox_id: string
}

/** Records a read; an earlier one stays (the first read and how). */
export async function recordRead(db: Db, row: ReadRow): Promise<void> {
  await db('counter_document_reads').insert(row).onConflict(['account_id', 'document_id']).ignore()
}

export async function hasRead(db: Db, accountId: string, documentId: number): Promise<boolean> {
  const row = await db('counter_document_reads')
    .where({ account_id: accountId, document_id: documentId })
    .first('document_id')
  return row !== undefined
}

/** Which of these documents the account read. */
export async function readAmong(
  db: Db,
  accountId: string,
  documentIds: readonly number[],
): Promise<Set<number>> {
  if (documentIds.length === 0) return new Set()
  const rows: { document_id: number }[] = await db('counter_document_reads')
    .where({ account_id: accountId })
    .whereIn('document_id', documentIds)
    .select('document_id')
  return new Set(rows.map((r) => r.document_id))
}

/** The documents an account read of these customers. */
export async function readsOfCustomers(
  db: Db,
  accountId: string,
  codes: readonly string[],
): Promise<Set<number>> {
  if (codes.length === 0) return new Set()
  const rows: { document_id: number }[] = await db('counter_document_reads')
    .where({ account_id: accountId })
    .whereIn('codice_cliente', codes)
    .select('document_id')
  return new Set(rows.map((r) => r.document_id))
}

/** Reads of these documents by anyone, as `${account}:${document}`. */
export async function readPairs(db: Db, documentIds: readonly number[]): Promise<Set<string>> {
  const pairs = new Set<string>()
  for (let i = 0; i < documentIds.length; i += 500) {
    const rows: { account_id: string; document_id: number }[] = await db('counter_document_reads')
      .whereIn('document_id', documentIds.slice(i, i + 500))
      .select('account_id', 'document_id')
    for (const r of rows) pairs.add(`${r.account_id}:${r.document_id}`)
  }
  return pairs
}

/** The notices sent about these documents. */
export async function noticesOf(db: Db, documentIds: readonly number[]): Promise<NoticeRow[]> {
  const rows: NoticeRow[] = []
  for (let i = 0; i < documentIds.length; i += 500)
    rows.push(
      ...(await db('counter_document_notices')
        .whereIn('document_id', documentIds.slice(i, i + 500))
        .select('*')),
    )
  return rows
}

/** Inserts a notice unless that sequence exists already: false then (someone else sent it). */
export async function insertNotice(db: Db, row: NoticeRow): Promise<boolean> {
  const inserted: unknown[] = await db('counter_document_notices')
    .insert(row)
    .onConflict(['document_id', 'account_id', 'sequence'])
    .ignore()
    .returning('id')
  return inserted.length === 1
}
