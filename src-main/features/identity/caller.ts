// Who is calling: the connection a call came from and the subject signed in on it, if any. The
// one place that maps a caller to the actor the audit log records; no feature re-derives
// "customer or operator?".
import type { Role } from '../../../src-shared/ipc'

/** Where a call came from: the transport and one renderer connection (window, page). */
export type Connection = { transport: string; connectionId: string }

/** What can hold a session: a customer's portal account or a desk operator (later SPID). */
export type SubjectKind = 'account' | 'operator'

/** Who is calling, resolved from the connection's session before any handler runs. */
export type Caller = Connection & {
  role: Role | null
  /** Operator or account id when signed in. */
  actorId: string | null
  sessionId: string | null
  /** A session that may only change its password (first access, or a reset by an admin). */
  mustChangePassword: boolean
  /** The codice cliente an operator's session is serving ("Servi questo cliente"), if any. */
  serving?: string | null
}

export const anonymousCaller = (connection: Connection): Caller => ({
  ...connection,
  role: null,
  actorId: null,
  sessionId: null,
  mustChangePassword: false,
})

/** Who acted: a caller, or the subject a sign-in has just proved (`{ role, actorId }`). */
export type Actor = Pick<Caller, 'role' | 'actorId'> & Pick<Partial<Caller>, 'serving'>

/** The kind of subject behind a signed-in caller; null when anonymous. */
export function subjectKindOf(caller: Actor): SubjectKind | null {
  if (caller.role === null || caller.actorId === null) return null
  return caller.role === 'customer' ? 'account' : 'operator'
}

export type ActorKind = 'operator' | 'customer' | 'system' | 'anonymous'

/** The actor the audit log records for a caller. */
export function actorOf(caller: Actor): {
  actorKind: ActorKind
  actorId: string | null
} {
  const kind = subjectKindOf(caller)
  if (kind === null) return { actorKind: 'anonymous', actorId: null }
  return { actorKind: kind === 'account' ? 'customer' : 'operator', actorId: caller.actorId }
}
