// The audit log: who did what to whom, when (UTC), with what outcome. Never a secret in `detail`.
// Owns counter_audit_log.
import type { z } from 'zod'
import type { AuditEntryView, auditQuerySchema, PersonLabel } from '../../../src-shared/ipc'
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
        for_customer: actor.serving ?? null,
      })
    },
  }
}

/**
 * Who the ids in the log are, for the admin's eye, and which ids a typed name stands for. Each
 * owner of people (operators, accounts) provides one; the assembly joins them.
 */
export type PeopleDirectory = {
  labels(db: Db, ids: string[]): Promise<Map<string, PersonLabel>>
  idsMatching(db: Db, words: string[]): Promise<string[]>
}

type AuditRow = {
  id: string
  at: string
  actor_kind: string
  actor_id: string | null
  subject: string | null
  action: string
  outcome: string
  detail_json: string | null
  for_customer: string | null
}

/** The words of a search, without the characters LIKE would read as wildcards. */
const wordsOf = (text: string | undefined): string[] =>
  (text ?? '')
    .replace(/[%_\\]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 6)

/** The newest entries first, filtered, one page, with the people named. */
export async function listAudit(
  db: Db,
  people: PeopleDirectory,
  input: z.output<typeof auditQuerySchema> & {
    /** Only what concerns these people (a customer page: the customer's accounts). */
    about?: string[]
  },
): Promise<{ total: number; entries: AuditEntryView[] }> {
  const query = db('counter_audit_log')
  if (input.about) {
    const about = input.about
    query.where((q) => q.whereIn('subject', about).orWhereIn('actor_id', about))
  }
  if (input.action) {
    const action = input.action.replace(/[%_]/g, '')
    if (action.endsWith('.')) query.where('action', 'like', `${action}%`)
    else query.where({ action })
  }
  if (input.outcome) query.where({ outcome: input.outcome })
  if (input.from) query.where('at', '>=', input.from)
  if (input.to) query.where('at', '<', input.to)
  const words = wordsOf(input.person)
  if (words.length > 0) {
    const ids = await people.idsMatching(db, words)
    query.where((q) =>
      q.whereIn('actor_id', ids).orWhereIn('subject', ids).orWhereIn('for_customer', ids),
    )
  }
  const [{ n }] = (await query.clone().count({ n: '*' })) as [{ n: number }]
  const rows: AuditRow[] = await query
    .orderBy('at', 'desc')
    .orderBy('rowid', 'desc')
    .limit(input.limit)
    .offset(input.offset)
    .select('*')
  const ids = [
    ...new Set(
      rows.flatMap((r) => [r.actor_id, r.subject, r.for_customer].filter((v) => v !== null)),
    ),
  ]
  const labels = ids.length > 0 ? await people.labels(db, ids) : new Map<string, PersonLabel>()
  return {
    total: Number(n),
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorKind: r.actor_kind,
      actor: (r.actor_id && labels.get(r.actor_id)) || null,
      subject: (r.subject && labels.get(r.subject)) || null,
      forCustomer: (r.for_customer && labels.get(r.for_customer)) || null,
      action: r.action,
      outcome: r.outcome,
      detail: r.detail_json ? (JSON.parse(r.detail_json) as Record<string, unknown>) : null,
    })),
  }
}
