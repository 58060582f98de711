// The work the main-thread stall bench asks of the counter, written once and run either inside the
// counter's worker thread (through the doors of bench-worker.ts) or in-process (the baseline).
import type { Knex } from 'knex'
import { systemClock } from '../../src-main/infra/clock/clock'
import { cryptoRandom } from '../../src-main/infra/crypto/random'
import { seedDemoData } from '../../src-main/features/demo'

/** Seeds the demo replica (customers, bills as PDFs, the demo operators) into an empty database. */
export async function seedDemo(db: Knex, customers: number): Promise<{ documents: number }> {
  const { documents } = await seedDemoData(db, {
    clock: systemClock,
    random: cryptoRandom,
    customers,
  })
  return { documents }
}

/**
 * A burst of `count` audit rows, one INSERT each, committed `perCommit` at a time (the shape of a
 * sync page landing in the replica, or a busy morning's audit trail).
 */
export async function writeRows(db: Knex, count: number, perCommit = 500): Promise<void> {
  for (let done = 0; done < count; done += perCommit) {
    await db.transaction(async (trx) => {
      for (let i = done; i < Math.min(count, done + perCommit); i++) {
        await trx('counter_audit_log').insert({
          id: cryptoRandom.uuid(),
          at: systemClock.now().toISOString(),
          actor_kind: 'system',
          actor_id: null,
          subject: null,
          action: 'bench.write',
          outcome: 'ok',
          detail_json: JSON.stringify({ i }),
        })
      }
    })
  }
}
