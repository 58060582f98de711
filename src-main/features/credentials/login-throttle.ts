// counter_login_throttle (owned by credentials): progressive lockout after repeated failed logins, kept in the database so that a restart does
// not forgive anything. Keys are an account (`account:<id>`, `operator:<id>`) or, for an unknown
// identifier, its hash: unknown accounts lock exactly like real ones, so the answers reveal nothing.
import type { Knex } from 'knex'
import type { Db } from '../../infra/db/open-database'

/** Failures allowed before the first lockout. */
export const FREE_FAILURES = 5
/** Lockout lengths, growing with each lockout in a row; the last one repeats. */
export const LOCKOUT_STEPS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000] as const

export type ThrottleState = { lockedUntil: Date | null }

export async function throttleState(db: Db, key: string, now: Date): Promise<ThrottleState> {
  const row = await db('counter_login_throttle').where({ key }).first('locked_until')
  const until = row?.locked_until ? new Date(row.locked_until) : null
  return { lockedUntil: until && until > now ? until : null }
}

/**
 * Counts an attempt before its secret is checked, atomically (one transaction: SQLite serialises
 * them), so a burst of parallel guesses gets no more checks than the limit. Returns the lock that
 * refuses the attempt outright, or lets it through — the attempt that reaches the limit locks
 * the key already, pessimistically: a right answer then clears it (`clearFailures`), a wrong one
 * leaves the lock in place. After a lockout ends, each further attempt is let through alone and
 * locks again, for longer, until one succeeds.
 */
export async function reserveAttempt(
  db: Knex,
  key: string,
  now: Date,
): Promise<{ refusedUntil: Date | null; locksUntil: Date | null }> {
  return db.transaction(async (trx) => {
    const row = await trx('counter_login_throttle').where({ key }).first()
    const until = row?.locked_until ? new Date(row.locked_until) : null
    if (until && until > now) return { refusedUntil: until, locksUntil: null }
    const failures = (row?.failures ?? 0) + 1
    let lockouts: number = row?.lockouts ?? 0
    let locksUntil: Date | null = null
    if (failures >= FREE_FAILURES) {
      const step = LOCKOUT_STEPS_MS[Math.min(lockouts, LOCKOUT_STEPS_MS.length - 1)]!
      locksUntil = new Date(now.getTime() + step)
      lockouts += 1
    }
    await trx('counter_login_throttle')
      .insert({
        key,
        failures,
        lockouts,
        locked_until: locksUntil?.toISOString() ?? null,
        last_failure_at: now.toISOString(),
      })
      .onConflict('key')
      .merge()
    return { refusedUntil: null, locksUntil }
  })
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db('counter_login_throttle').where({ key }).delete()
}

/** Demo reset: the customers' story starts over. */
export async function deleteAllThrottles(db: Db): Promise<void> {
  await db('counter_login_throttle').delete()
}
