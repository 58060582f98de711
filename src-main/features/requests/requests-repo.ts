// The requests back office reviews and their scans (owns counter_requests, counter_request_scans).
// A scan's bytes are stored sealed only; the purge deletes them, the request row stays.
import type { Db } from '../../infra/db/open-database'

export type RequestRow = {
  id: string
  number: string
  kind: 'contact-change' | 'channel-reset'
  codice_cliente: string
  account_id: string | null
  medium: 'email' | 'sms' | null
  new_contact: string | null
  locale: 'it' | 'en'
  status: 'pending' | 'approved' | 'rejected'
  submitted_kind: 'customer' | 'operator' | 'anonymous'
  submitted_by: string | null
  created_at: string
  due_at: string
  decided_at: string | null
  decided_by: string | null
  reason: string | null
  note: string | null
  scans_purged_at: string | null
}

export type ScanRow = {
  id: string
  request_id: string
  side: 'front' | 'back'
  mime: string
  sealed: Buffer
  bytes: number
}

/** The next receipt number of the year: "R-2026-000042". */
export async function nextNumber(trx: Db, year: number): Promise<string> {
  const prefix = `R-${year}-`
  const last = await trx('counter_requests')
    .where('number', 'like', `${prefix}%`)
    .max({ number: 'number' })
    .first()
  const n = last?.number ? Number(String(last.number).slice(prefix.length)) + 1 : 1
  return `${prefix}${String(n).padStart(6, '0')}`
}

export async function insertRequest(trx: Db, row: RequestRow, scans: ScanRow[]): Promise<void> {
  await trx('counter_requests').insert(row)
  if (scans.length > 0) await trx('counter_request_scans').insert(scans)
}

export const requestById = (db: Db, id: string): Promise<RequestRow | undefined> =>
  db('counter_requests').where({ id }).first()

export const requestsOfCustomer = (db: Db, codiceCliente: string): Promise<RequestRow[]> =>
  db('counter_requests').where({ codice_cliente: codiceCliente }).orderBy('created_at', 'desc')

export const pendingRequests = (db: Db): Promise<RequestRow[]> =>
  db('counter_requests').where({ status: 'pending' }).orderBy('created_at').orderBy('number')

export const scansOf = (db: Db, requestId: string): Promise<ScanRow[]> =>
  db('counter_request_scans').where({ request_id: requestId }).orderBy('side', 'desc')

/** Decides a pending request; false when it was decided meanwhile (two reviewers at once). */
export async function decideRequest(
  trx: Db,
  id: string,
  decision: Pick<RequestRow, 'status' | 'decided_at' | 'decided_by' | 'reason' | 'note'>,
): Promise<boolean> {
  return (await trx('counter_requests').where({ id, status: 'pending' }).update(decision)) === 1
}

/** Decided before `cutoff` with scans still kept: the purge's work. */
export const requestsToPurge = (db: Db, cutoff: string): Promise<RequestRow[]> =>
  db('counter_requests')
    .whereNot({ status: 'pending' })
    .whereNull('scans_purged_at')
    .where('decided_at', '<', cutoff)

export async function purgeScans(trx: Db, requestId: string, at: string): Promise<number> {
  const deleted = await trx('counter_request_scans').where({ request_id: requestId }).delete()
  await trx('counter_requests').where({ id: requestId }).update({ scans_purged_at: at })
  return deleted
}
