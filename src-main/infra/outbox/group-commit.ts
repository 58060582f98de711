// Group commit for the outbox's bookkeeping. better-sqlite3 is synchronous and every commit waits
// for an fsync (synchronous=FULL), blocking the event loop, so a mark per sent mail would starve
// the SMTP sockets. Writes queued while one transaction commits go together in the next one,
// and consecutive commits are spaced by at least as long as the last one took, so the event loop
// spends at most about half its time in fsync even on a slow disk.
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Knex } from 'knex'

export type Write<T> = (trx: Knex.Transaction) => Promise<T>
export type GroupCommit = <T>(write: Write<T>) => Promise<T>

export function createGroupCommit(
  db: Knex,
  { minGapMs = 25, maxGapMs = 250 }: { minGapMs?: number; maxGapMs?: number } = {},
): GroupCommit {
  type Queued = { write: Write<unknown>; resolve(value: unknown): void; reject(err: unknown): void }
  let queue: Queued[] = []
  let flushing: Promise<void> | null = null
  let nextAllowedAt = 0
  let gapMs = minGapMs

  async function flush() {
    while (queue.length > 0) {
      const wait = nextAllowedAt - performance.now()
      if (wait > 0) await sleep(wait)
      const group = queue
      queue = []
      const started = performance.now()
      try {
        const results = await db.transaction(async (trx) => {
          const out: unknown[] = []
          for (const item of group) out.push(await item.write(trx))
          return out
        })
        group.forEach((item, i) => item.resolve(results[i]))
      } catch {
        // One bad write must not take the others down with it: retry them one by one.
        for (const item of group) await db.transaction(item.write).then(item.resolve, item.reject)
      }
      const took = performance.now() - started
      gapMs = Math.min(maxGapMs, Math.max(minGapMs, took))
      nextAllowedAt = performance.now() + gapMs
    }
    flushing = null
  }

  return <T>(write: Write<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ write, resolve: resolve as (value: unknown) => void, reject })
      flushing ??= flush()
    })
}
