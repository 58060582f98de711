// Writing the replica: what demo seeding does today and sync will do, in pages inside the
// caller's transaction.
import type { Db } from '../../infra/db/open-database'
import type { ReplicaCustomer } from './replica-reads'

const CUSTOMER_ROWS_PER_INSERT = 500
const DOCUMENT_ROWS_PER_INSERT = 500
// Each row carries a PDF of about 4 KB; smaller statements keep memory flat.
const FILE_ROWS_PER_INSERT = 200

export type ReplicaDocument = {
  codice_cliente: string
  doc_number: string
  doc_type: string
  service: string
  period_start: string
  period_end: string
  issued_on: string
  due_on: string
  amount_cents: number
}

export type ReplicaDocumentWithPdf = { document: ReplicaDocument; pdf: Uint8Array; sha256: string }

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size))
  return result
}

export async function insertReplica(
  trx: Db,
  rows: { customers: readonly ReplicaCustomer[]; documents: readonly ReplicaDocumentWithPdf[] },
  at: string,
): Promise<void> {
  for (const chunk of chunks(rows.customers, CUSTOMER_ROWS_PER_INSERT)) {
    await trx('replica_customers').insert(
      chunk.map((customer) => ({ ...customer, replica_updated_at: at })),
    )
  }
  for (const chunk of chunks(rows.documents, DOCUMENT_ROWS_PER_INSERT)) {
    const inserted: { id: number; doc_number: string }[] = await trx('replica_documents')
      .insert(
        chunk.map(({ document: d, pdf, sha256 }) => ({
          codice_cliente: d.codice_cliente,
          doc_number: d.doc_number,
          doc_type: d.doc_type,
          service: d.service,
          period_start: d.period_start,
          period_end: d.period_end,
          issued_on: d.issued_on,
          due_on: d.due_on,
          amount_cents: d.amount_cents,
          currency: 'EUR',
          pdf_bytes: pdf.byteLength,
          pdf_sha256: sha256,
          replica_updated_at: at,
        })),
      )
      .returning(['id', 'doc_number'])
    // RETURNING gives rows in no promised order: match them by the unique number.
    const idOf = new Map(inserted.map((row) => [row.doc_number, row.id]))
    for (const files of chunks(chunk, FILE_ROWS_PER_INSERT)) {
      await trx('replica_document_files').insert(
        files.map(({ document, pdf }) => ({ document_id: idOf.get(document.doc_number), pdf })),
      )
    }
  }
}

/** Empties the replica. Files and documents go with their customers (ON DELETE CASCADE), but
 * explicit deletes keep it correct even on a connection without foreign_keys enabled. */
export async function clearReplica(trx: Db): Promise<void> {
  await trx('replica_document_files').delete()
  await trx('replica_documents').delete()
  await trx('replica_customers').delete()
}

/**
 * A contact on file changed at this counter (a request approved): the replica's row, and a record
 * of the change for the hub to collect (sync, later), in the caller's transaction.
 */
export async function changeContactOnFile(
  trx: Db,
  change: {
    id: string
    codiceCliente: string
    field: 'email' | 'mobile'
    value: string
    requestId: string
    at: string
  },
): Promise<void> {
  const row = await trx('replica_customers')
    .where({ codice_cliente: change.codiceCliente })
    .first(change.field)
  await trx('replica_customers')
    .where({ codice_cliente: change.codiceCliente })
    .update({ [change.field]: change.value, replica_updated_at: change.at })
  await trx('replica_counter_changes').insert({
    id: change.id,
    codice_cliente: change.codiceCliente,
    field: change.field,
    old_value: row?.[change.field] ?? null,
    new_value: change.value,
    request_id: change.requestId,
    changed_at: change.at,
    synced_at: null,
  })
}

/** The changes made at this counter, oldest first (what the hub will collect). */
export const counterChanges = (db: Db) =>
  db('replica_counter_changes').orderBy('changed_at').select('*')
