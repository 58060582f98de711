// Server-side sessions. The secret lives only in main's memory, bound to one renderer connection
// (a window, a page): the renderer never holds it, so script in a page cannot steal it. The
// database keeps its SHA-256 with the expiry, so ending a session is a row update that every
// later call sees. Who a session's subject is (role, name) comes from the subject's owner through
// the SubjectDirectory: identity names no table but counter_sessions.
import type { Knex } from 'knex'
import {
  DEFAULT_SESSION_TIMEOUTS,
  type CounterMode,
  type Role,
  type SessionTimeouts,
  type SessionView,
} from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { Db } from '../../infra/db/open-database'
import type { Random } from '../../infra/crypto/random'
import { newToken, sha256 } from '../../infra/crypto/secrets'
import type { SecretBox } from '../../infra/crypto/secret-box'
import { deleteSetting, readSessionTimeouts, readSetting, writeSetting } from '../settings'
import {
  anonymousCaller,
  subjectKindOf,
  type Caller,
  type Connection,
  type SubjectKind,
} from './caller'
import {
  endSessionById,
  endSessionBySecretHash,
  endSessionsOf,
  insertSession,
  sessionById,
  sessionBySecretHash,
  touchSession,
} from './sessions-repo'

type CustomerView = Extract<SessionView, { kind: 'customer' }>
type OperatorSessionView = Extract<SessionView, { kind: 'operator' }>

/** What identity asks of the owners of the subjects (accounts, operators). */
export type SubjectDirectory = {
  /** Role and password state of a subject that may hold a session; null when it may not. */
  standing(
    db: Db,
    kind: SubjectKind,
    id: string,
  ): Promise<{ role: Role; mustChangePassword: boolean } | null>
  account(db: Db, id: string): Promise<Omit<CustomerView, 'kind' | 'mustChangePassword'>>
  operator(
    db: Db,
    id: string,
  ): Promise<Omit<OperatorSessionView, 'kind' | 'mustChangePassword' | 'remembered'>>
}

/**
 * Main's own end of an idle kiosk visit comes this long after the screen's: the screen wipes
 * itself at its timeout; main ends the session even if the screen never asks (closed, crashed).
 */
export const KIOSK_IDLE_GRACE_MS = 30_000

/** How long a session lives without activity, and at most. */
export function sessionLimits(
  kind: SubjectKind,
  mode: CounterMode,
  remember: boolean,
  timeouts: SessionTimeouts = DEFAULT_SESSION_TIMEOUTS,
): { idleMs: number; maxMs: number } {
  const minute = 60_000
  if (kind === 'account') {
    // A kiosk is a shared device: its admin's idle timeout ends it (SPEC §4; 2 minutes by default).
    return mode === 'kiosk'
      ? { idleMs: timeouts.kioskIdleSeconds * 1000 + KIOSK_IDLE_GRACE_MS, maxMs: 60 * minute }
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
  mode: CounterMode
  box: SecretBox
  subjects: SubjectDirectory
}) {
  const { db, clock, random, mode, box, subjects } = deps

  async function rememberedSecret(trx: Db): Promise<string | undefined> {
    const sealed = await readSetting<string>(trx, REMEMBERED_KEY)
    return sealed === undefined ? undefined : box.open(sealed)
  }
  const secrets = new Map<string, string>() // connectionId → session secret
  /** Operator session id → the codice cliente it serves; in memory, like the secrets. */
  const serving = new Map<string, string>()
  /** Operator session id → every customer it has served (four eyes on back office's decisions). */
  const served = new Map<string, Set<string>>()

  /** A new session for a subject that has just proved itself; returns the new caller. */
  async function start(
    trx: Db,
    connection: Connection,
    subject: { kind: SubjectKind; id: string; remember?: boolean },
  ): Promise<Caller> {
    // A new session at every login (never reuse the connection's previous one).
    await endForConnection(trx, connection, 'replaced')
    const now = clock.now()
    const remember = subject.remember === true && subject.kind === 'operator' && mode === 'desk'
    const { maxMs } = sessionLimits(subject.kind, mode, remember)
    const secret = newToken(random)
    const id = random.uuid()
    await insertSession(trx, {
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
    const standing = await subjects.standing(trx, subject.kind, subject.id)
    return {
      transport: connection.transport,
      connectionId: connection.connectionId,
      role: standing?.role ?? null,
      actorId: subject.id,
      sessionId: id,
      mustChangePassword: standing?.mustChangePassword ?? false,
    }
  }

  async function activeRow(secret: string) {
    const row = await sessionBySecretHash(db, sha256(secret))
    if (!row || row.ended_at) return null
    const now = clock.now()
    const timeouts =
      mode === 'kiosk' && row.subject_kind === 'account' ? await readSessionTimeouts(db) : undefined
    const { idleMs } = sessionLimits(row.subject_kind, mode, !!row.remember, timeouts)
    if (
      new Date(row.expires_at) <= now ||
      new Date(row.last_seen_at).getTime() + idleMs <= now.getTime()
    ) {
      await endSessionById(db, row.id, now, 'expired')
      return null
    }
    return row
  }

  async function resolve(connection: Connection): Promise<Caller> {
    const secret = secrets.get(connection.connectionId)
    if (!secret) return anonymousCaller(connection)
    const row = await activeRow(secret)
    if (!row) {
      secrets.delete(connection.connectionId)
      return anonymousCaller(connection)
    }
    const now = clock.now()
    // A desk left untouched while serving a customer stops serving them (the screen says so
    // first and wipes itself; this is main's end when the screen is gone).
    if (serving.has(row.id)) {
      const { deskIdleMinutes } = await readSessionTimeouts(db)
      if (new Date(row.last_seen_at).getTime() + deskIdleMinutes * 60_000 <= now.getTime())
        serving.delete(row.id)
    }
    await touchSession(db, row.id, now)
    const standing = await subjects.standing(db, row.subject_kind, row.subject_id)
    if (!standing) return anonymousCaller(connection)
    return {
      transport: connection.transport,
      connectionId: connection.connectionId,
      role: standing.role,
      actorId: row.subject_id,
      sessionId: row.id,
      mustChangePassword: standing.mustChangePassword,
      serving: serving.get(row.id) ?? null,
    }
  }

  /** "Servi questo cliente": the operator's session serves this customer until it ends. */
  function startServing(caller: Caller, codiceCliente: string): void {
    if (caller.sessionId && subjectKindOf(caller) === 'operator') {
      serving.set(caller.sessionId, codiceCliente)
      served.set(caller.sessionId, (served.get(caller.sessionId) ?? new Set()).add(codiceCliente))
    }
  }

  /** Whether this operator's session has served the customer (now or earlier in it). */
  const hasServed = (caller: Caller, codiceCliente: string): boolean =>
    !!caller.sessionId && (served.get(caller.sessionId)?.has(codiceCliente) ?? false)

  function endServing(caller: Caller): void {
    if (caller.sessionId) serving.delete(caller.sessionId)
  }

  /** What the renderer may know of the signed-in subject: never a secret, never the session id. */
  async function view(trx: Db, caller: Caller): Promise<SessionView> {
    const kind = subjectKindOf(caller)
    if (kind === null || caller.actorId === null) return { kind: 'anonymous' }
    if (kind === 'account') {
      const account = await subjects.account(trx, caller.actorId)
      return { kind: 'customer', ...account, mustChangePassword: caller.mustChangePassword }
    }
    const operator = await subjects.operator(trx, caller.actorId)
    const session = caller.sessionId ? await sessionById(trx, caller.sessionId) : undefined
    return {
      kind: 'operator',
      ...operator,
      mustChangePassword: caller.mustChangePassword,
      remembered: !!session?.remember,
    }
  }

  async function endForConnection(trx: Db, connection: Connection, reason: string): Promise<void> {
    const secret = secrets.get(connection.connectionId)
    if (!secret) return
    secrets.delete(connection.connectionId)
    const row = await sessionBySecretHash(trx, sha256(secret))
    if (row) {
      serving.delete(row.id)
      served.delete(row.id)
    }
    await endSessionBySecretHash(trx, sha256(secret), clock.now(), reason)
    if ((await rememberedSecret(trx)) === secret) await deleteSetting(trx, REMEMBERED_KEY)
  }

  /** Ends every session of a subject (password change, disabled operator), except one. */
  const endAllFor = (
    trx: Db,
    kind: SubjectKind,
    id: string,
    reason: string,
    exceptSessionId?: string | null,
  ) => endSessionsOf(trx, kind, id, clock.now(), reason, exceptSessionId)

  /** RICORDAMI at a desk: bind the remembered operator session to a new window, if still valid. */
  async function resumeRemembered(connection: Connection): Promise<boolean> {
    if (mode !== 'desk') return false
    const secret = await rememberedSecret(db)
    if (!secret || !(await activeRow(secret))) return false
    secrets.set(connection.connectionId, secret)
    return true
  }

  return {
    start,
    resolve,
    view,
    endForConnection,
    endAllFor,
    resumeRemembered,
    startServing,
    hasServed,
    endServing,
  }
}
