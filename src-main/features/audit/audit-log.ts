// The audit log: who did what to whom, when (UTC), with what outcome. Never a secret in `detail`.
import type { Db } from '../../infra/db/open-database'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'

export type AuditEntry = {
  actorKind: 'operator' | 'customer' | 'system' | 'anonymous'
  actorId?: string | null
  subject?: string | null
  action: string
  outcome: 'ok' | 'denied' | 'failed' | 'rejected'
  detail?: Record<string, unknown>
}

export type AuditLog = { record(db: Db, entry: AuditEntry): Promise<void> }

export function createAuditLog({ clock, random }: { clock: Clock; random: Random }): AuditLog {
  return {
    async record(db, entry) {
      await db('counter_audit_log').insert({
        id: random.uuid(),
        at: clock.now().toISOString(),
        actor_kind: entry.actorKind,
        actor_id: entry.actorId ?? null,
        subject: entry.subject ?? null,
        action: entry.action,
        outcome: entry.outcome,
        detail_json: entry.detail ? JSON.stringify(entry.detail) : null,
      })
    },
  }
}

/** The newest entries first, with the operator's username resolved for the admin's eye. */
export async function listAudit(db: Db, { limit, action }: { limit: number; action?: string }) {
  const query = db('counter_audit_log as l')
    .leftJoin('counter_operators as o', 'o.id', 'l.actor_id')
    .orderBy('l.at', 'desc')
    .limit(limit)
    .select('l.*', 'o.username')
  if (action) query.where('l.action', 'like', `${action.replace(/[%_]/g, '')}%`)
  const rows: {
    id: string
    at: string
    actor_kind: string
    actor_id: string | null
    username: string | null
    subject: string | null
    action: string
    outcome: string
    detail_json: string | null
  }[] = await query
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorKind: r.actor_kind,
    actor: r.username ?? r.actor_id,
    subject: r.subject,
    action: r.action,
    outcome: r.outcome,
    detail: r.detail_json ? (JSON.parse(r.detail_json) as Record<string, unknown>) : null,
  }))
}
