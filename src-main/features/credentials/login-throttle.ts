// counter_login_throttle (owned by credentials): progressive lockout after repeated failed logins, kept in the database so that a restart does
// not forgive anything. Keys are an account (`account:<id>`, `operator:<id>`) or, for an unknown
// identifier, its hash: unknown accounts lock exactly like real ones, so the answers reveal nothing.
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

/** Counts a failure; returns the lockout it caused, if any. */
export async function recordFailure(db: Db, key: string, now: Date): Promise<ThrottleState> {
  const row = await db('counter_login_throttle').where({ key }).first()
  const failures = (row?.failures ?? 0) + 1
  let lockouts: number = row?.lockouts ?? 0
  let lockedUntil: Date | null = null
  // After the free failures every further failure locks, each time for longer.
  if (failures >= FREE_FAILURES) {
    const step = LOCKOUT_STEPS_MS[Math.min(lockouts, LOCKOUT_STEPS_MS.length - 1)]!
    lockedUntil = new Date(now.getTime() + step)
    lockouts += 1
  }
  await db('counter_login_throttle')
    .insert({
      key,
      failures,
      lockouts,
      locked_until: lockedUntil?.toISOString() ?? null,
      last_failure_at: now.toISOString(),
    })
    .onConflict('key')
    .merge()
  return { lockedUntil }
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db('counter_login_throttle').where({ key }).delete()
}

/** Demo reset: the customers' story starts over. */
export async function deleteAllThrottles(db: Db): Promise<void> {
  await db('counter_login_throttle').delete()
}
