// counter_sessions: one row per session, keyed by the SHA-256 of its secret. Owned by identity.
import { hotGet, type Db } from '../../infra/db/open-database'
import type { SubjectKind } from './caller'

export type SessionRow = {
  id: string
  subject_kind: SubjectKind
  subject_id: string
  remember: number | boolean
  created_at: string
  last_seen_at: string
  expires_at: string
  ended_at: string | null
}

/** The hot read behind every call: the session a connection's secret names. */
export const sessionBySecretHash = (db: Db, secretHash: string) =>
  hotGet<SessionRow>(
    db,
    'select id, subject_kind, subject_id, remember, created_at, last_seen_at, expires_at, ended_at from counter_sessions where secret_hash = ?',
    [secretHash],
  )

export const sessionById = (db: Db, id: string) =>
  hotGet<SessionRow>(
    db,
    'select id, subject_kind, subject_id, remember, created_at, last_seen_at, expires_at, ended_at from counter_sessions where id = ?',
    [id],
  )

export async function insertSession(
  db: Db,
  row: Omit<SessionRow, 'ended_at'> & { secret_hash: string },
): Promise<void> {
  await db('counter_sessions').insert(row)
}

export async function touchSession(db: Db, id: string, at: Date): Promise<void> {
  await db('counter_sessions').where({ id }).update({ last_seen_at: at.toISOString() })
}

export async function endSessionById(db: Db, id: string, at: Date, reason: string): Promise<void> {
  await db('counter_sessions')
    .where({ id })
    .update({ ended_at: at.toISOString(), ended_reason: reason })
}

export async function endSessionBySecretHash(
  db: Db,
  secretHash: string,
  at: Date,
  reason: string,
): Promise<void> {
  await db('counter_sessions')
    .where({ secret_hash: secretHash })
    .whereNull('ended_at')
    .update({ ended_at: at.toISOString(), ended_reason: reason })
}

/** Ends every open session of a subject, except one; returns how many ended. */
export async function endSessionsOf(
  db: Db,
  kind: SubjectKind,
  id: string,
  at: Date,
  reason: string,
  exceptSessionId?: string | null,
): Promise<number> {
  const query = db('counter_sessions')
    .where({ subject_kind: kind, subject_id: id })
    .whereNull('ended_at')
  if (exceptSessionId) query.whereNot({ id: exceptSessionId })
  return query.update({ ended_at: at.toISOString(), ended_reason: reason })
}
