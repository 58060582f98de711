// The audit log: who did what to whom, when (UTC), with what outcome. Never a secret in `detail`.
// Owns counter_audit_log.
import type { Db } from '../../infra/db/open-database'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'
import { actorOf, type Actor } from '../identity'

export type AuditEntry = {
  subject?: string | null
  action: string
  outcome: 'ok' | 'denied' | 'failed' | 'rejected'
  detail?: Record<string, unknown>
}

export type AuditLog = {
  /** Records what `actor` (a caller, or a subject just signed in) did, in the caller's transaction. */
  record(db: Db, actor: Actor, entry: AuditEntry): Promise<void>
}

export function createAuditLog({ clock, random }: { clock: Clock; random: Random }): AuditLog {
  return {
    async record(db, actor, entry) {
      const { actorKind, actorId } = actorOf(actor)
      await db('counter_audit_log').insert({
        id: random.uuid(),
        at: clock.now().toISOString(),
        actor_kind: actorKind,
        actor_id: actorId,
        subject: entry.subject ?? null,
        action: entry.action,
        outcome: entry.outcome,
        detail_json: entry.detail ? JSON.stringify(entry.detail) : null,
      })
    },
  }
}

/** Display names for actor ids (an operator's username); the owner of the actors provides them. */
export type ActorNames = (db: Db, ids: string[]) => Promise<Map<string, string>>

/** The newest entries first, with the operator's username resolved for the admin's eye. */
export async function listAudit(
  db: Db,
  actorNames: ActorNames,
  { limit, action }: { limit: number; action?: string },
) {
  const query = db('counter_audit_log').orderBy('at', 'desc').limit(limit).select('*')
  if (action) query.where('action', 'like', `${action.replace(/[%_]/g, '')}%`)
  const rows: {
    id: string
    at: string
    actor_kind: string
    actor_id: string | null
    subject: string | null
    action: string
    outcome: string
    detail_json: string | null
  }[] = await query
  const ids = [...new Set(rows.flatMap((r) => (r.actor_id ? [r.actor_id] : [])))]
  const names = ids.length > 0 ? await actorNames(db, ids) : new Map<string, string>()
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorKind: r.actor_kind,
    actor: (r.actor_id && names.get(r.actor_id)) ?? r.actor_id,
    subject: r.subject,
    action: r.action,
    outcome: r.outcome,
    detail: r.detail_json ? (JSON.parse(r.detail_json) as Record<string, unknown>) : null,
  }))
}
