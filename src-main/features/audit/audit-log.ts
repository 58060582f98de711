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
