// Server-side sessions. The secret lives only in main's memory, bound to one renderer connection
// (a window, a page): the renderer never holds it, so script in a page cannot steal it. The
// database keeps its SHA-256 with the expiry, so ending a session is a row update that every
// later call sees.
import type { AppMode, Role } from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { Db } from '../../infra/db/open-database'
import type { Random } from '../../infra/crypto/random'
import { newToken, sha256 } from '../../infra/crypto/secrets'
import { anonymousCaller, type Caller, type Connection } from '../../ipc/registry'
import { readSetting, writeSetting } from '../settings/settings-repo'
import type { SecretBox } from '../../infra/crypto/secret-box'
import type { Knex } from 'knex'

export type SubjectKind = 'account' | 'operator'

/** How long a session lives without activity, and at most. */
export function sessionLimits(
  kind: SubjectKind,
  mode: AppMode,
  remember: boolean,
): { idleMs: number; maxMs: number } {
  const minute = 60_000
  if (kind === 'account') {
    // A kiosk is a shared device: two minutes idle end it (SPEC §4).
    return mode === 'kiosk'
      ? { idleMs: 2 * minute, maxMs: 60 * minute }
      : { idleMs: 15 * minute, maxMs: 8 * 60 * minute }
  }
  return remember
    ? { idleMs: 30 * 24 * 60 * minute, maxMs: 30 * 24 * 60 * minute }
    : { idleMs: 60 * minute, maxMs: 12 * 60 * minute }
}

/** The remembered session's secret, sealed: a copied database alone cannot resume it. */
const REMEMBERED_KEY = 'desk.remembered-operator-session'

export type SessionService = ReturnType<typeof createSessionService>

export function createSessionService(deps: {
  db: Knex
  clock: Clock
  random: Random
  mode: AppMode
  box: SecretBox
}) {
  const { db, clock, random, mode, box } = deps

  async function rememberedSecret(trx: Db): Promise<string | undefined> {
    const sealed = await readSetting<string>(trx, REMEMBERED_KEY)
    return sealed === undefined ? undefined : box.open(sealed)
  }
  const secrets = new Map<string, string>() // connectionId → session secret

  async function start(
    trx: Db,
    connection: Connection,
    subject: { kind: SubjectKind; id: string; remember?: boolean },
  ): Promise<string> {
    // A new session at every login (never reuse the connection's previous one).
    await endForConnection(trx, connection, 'replaced')
    const now = clock.now()
    const remember = subject.remember === true && subject.kind === 'operator' && mode === 'desk'
    const { maxMs } = sessionLimits(subject.kind, mode, remember)
    const secret = newToken(random)
    const id = random.uuid()
    await trx('counter_sessions').insert({
      id,
      secret_hash: sha256(secret),
      subject_kind: subject.kind,
      subject_id: subject.id,
      remember,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + maxMs).toISOString(),
    })
    secrets.set(connection.connectionId, secret)
    if (remember) await writeSetting(trx, REMEMBERED_KEY, box.seal(secret), now)
    return id
  }

  async function activeRow(secret: string) {
    const row = await db('counter_sessions')
      .where({ secret_hash: sha256(secret) })
      .first()
    if (!row || row.ended_at) return null
    const now = clock.now()
    const { idleMs } = sessionLimits(row.subject_kind, mode, !!row.remember)
    if (
      new Date(row.expires_at) <= now ||
      new Date(row.last_seen_at).getTime() + idleMs <= now.getTime()
    ) {
      await db('counter_sessions')
        .where({ id: row.id })
        .update({ ended_at: now.toISOString(), ended_reason: 'expired' })
      return null
    }
    return row as { id: string; subject_kind: SubjectKind; subject_id: string }
  }

  async function resolve(connection: Connection): Promise<Caller> {
    const secret = secrets.get(connection.connectionId)
    if (!secret) return anonymousCaller(connection)
    const row = await activeRow(secret)
    if (!row) {
      secrets.delete(connection.connectionId)
      return anonymousCaller(connection)
    }
    await db('counter_sessions')
      .where({ id: row.id })
      .update({ last_seen_at: clock.now().toISOString() })
    const subject = await subjectOf(row.subject_kind, row.subject_id)
    if (!subject) return anonymousCaller(connection)
    return {
      ...connection,
      role: subject.role,
      actorId: row.subject_id,
      sessionId: row.id,
      mustChangePassword: subject.mustChange,
    }
  }

  async function subjectOf(
    kind: SubjectKind,
    id: string,
  ): Promise<{ role: Role; mustChange: boolean } | null> {
    if (kind === 'operator') {
      const op = await db('counter_operators')
        .where({ id, disabled: false })
        .first('role', 'must_change_password')
      return op ? { role: op.role as Role, mustChange: !!op.must_change_password } : null
    }
    const account = await db('counter_accounts')
      .where({ id, status: 'active' })
      .first('must_change_password')
    return account ? { role: 'customer', mustChange: !!account.must_change_password } : null
  }

  async function endForConnection(trx: Db, connection: Connection, reason: string): Promise<void> {
    const secret = secrets.get(connection.connectionId)
    if (!secret) return
    secrets.delete(connection.connectionId)
    const hash = sha256(secret)
    await trx('counter_sessions')
      .where({ secret_hash: hash })
      .whereNull('ended_at')
      .update({ ended_at: clock.now().toISOString(), ended_reason: reason })
    if ((await rememberedSecret(trx)) === secret) {
      await trx('counter_settings').where({ key: REMEMBERED_KEY }).delete()
    }
  }

  /** Ends every session of a subject (password change, disabled operator), except one. */
  async function endAllFor(
    trx: Db,
    kind: SubjectKind,
    id: string,
    reason: string,
    exceptSessionId?: string | null,
  ) {
    const query = trx('counter_sessions')
      .where({ subject_kind: kind, subject_id: id })
      .whereNull('ended_at')
    if (exceptSessionId) query.whereNot({ id: exceptSessionId })
    return query.update({ ended_at: clock.now().toISOString(), ended_reason: reason })
  }

  /** RICORDAMI at a desk: bind the remembered operator session to a new window, if still valid. */
  async function resumeRemembered(connection: Connection): Promise<boolean> {
    if (mode !== 'desk') return false
    const secret = await rememberedSecret(db)
    if (!secret || !(await activeRow(secret))) return false
    secrets.set(connection.connectionId, secret)
    return true
  }

  return { start, resolve, endForConnection, endAllFor, resumeRemembered }
}
