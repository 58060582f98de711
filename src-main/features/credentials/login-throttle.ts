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

/** When a subject's running lock ends (ISO), or null: what the desk shows of it. */
export async function lockedUntil(db: Db, key: string, now: Date): Promise<string | null> {
  return (await throttleState(db, key, now)).lockedUntil?.toISOString() ?? null
}

/** How a key is throttled: the failures let through before a lock, and when they are forgotten. */
export type ThrottlePolicy = { freeFailures: number; forgetAfterMs?: number }

/** A subject (account, operator, an unknown identifier, a codice cliente, an email's codes). */
export const SUBJECT_POLICY: ThrottlePolicy = { freeFailures: FREE_FAILURES }
/** Wrong secrets from one device, whatever the subject, before the device waits too. */
export const DEVICE_FREE_FAILURES = 20
/**
 * A device (one kiosk or desk screen) trying many subjects, each under its own limit. A right
 * answer forgives nothing here (it may be the attacker's own account); a quiet quarter of an hour
 * does, so a busy counter's honest mistakes never add up to a lock.
 */
export const DEVICE_POLICY: ThrottlePolicy = {
  freeFailures: DEVICE_FREE_FAILURES,
  forgetAfterMs: 15 * 60_000,
}

export type ThrottleClaim = { key: string; policy: ThrottlePolicy }
/** An attempt counted on a key: the lock it set, or the failures still allowed before one. */
export type Reservation = { key: string; locksUntil: Date | null; remaining: number }

/** From this many failures on, a wrong answer says how many tries remain (SPEC: warn first). */
export const WARN_FROM_FAILURES = 3
/** After a lock ends, the tries before the next one: the first warns, the second locks. */
export const TRIES_AFTER_LOCK = 2

/**
 * Counts an attempt on every key before its secret is checked, atomically (one transaction:
 * SQLite serialises them), so a burst of parallel guesses gets no more checks than the tightest
 * limit. Refused outright when any key is locked (and then counted on none). The attempt that
 * reaches a key's limit locks it already, pessimistically: a right answer then releases it
 * (`clearFailures` for a subject, `releaseAttempt` for a device), a wrong one leaves the lock.
 * After a lockout ends, TRIES_AFTER_LOCK more attempts are let through (the first one warns)
 * before the next lock, for longer, until one succeeds (or, under `forgetAfterMs`, the failures
 * are old enough to be forgotten).
 */
export async function reserveAttempts(
  db: Knex,
  claims: readonly ThrottleClaim[],
  now: Date,
): Promise<
  | { refused: { key: string; until: Date }; reservations: null }
  | { refused: null; reservations: Reservation[] }
> {
  return db.transaction(async (trx) => {
    const rows = await Promise.all(
      claims.map((c) => trx('counter_login_throttle').where({ key: c.key }).first()),
    )
    for (const [i, row] of rows.entries()) {
      const until = row?.locked_until ? new Date(row.locked_until) : null
      if (until && until > now)
        return { refused: { key: claims[i]!.key, until }, reservations: null }
    }
    const reservations: Reservation[] = []
    for (const [i, { key, policy }] of claims.entries()) {
      const row = rows[i]
      const forgotten =
        policy.forgetAfterMs !== undefined &&
        row?.last_failure_at &&
        now.getTime() - new Date(row.last_failure_at).getTime() > policy.forgetAfterMs
      // A lock that has ended leaves a few tries, not one that locks again unannounced.
      const lockEnded = !!row?.locked_until && !forgotten
      const before = forgotten
        ? 0
        : lockEnded
          ? policy.freeFailures - TRIES_AFTER_LOCK
          : (row?.failures ?? 0)
      const failures = before + 1
      let lockouts: number = forgotten ? 0 : (row?.lockouts ?? 0)
      let locksUntil: Date | null = null
      if (failures >= policy.freeFailures) {
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
      reservations.push({ key, locksUntil, remaining: Math.max(0, policy.freeFailures - failures) })
    }
    return { refused: null, reservations }
  })
}

/** A right answer on a key whose count must survive it (a device): its attempt is taken back. */
export async function releaseAttempt(db: Knex, reservation: Reservation): Promise<void> {
  await db.transaction(async (trx) => {
    const row = await trx('counter_login_throttle').where({ key: reservation.key }).first()
    if (!row) return
    const lockedByThis =
      reservation.locksUntil !== null && row.locked_until === reservation.locksUntil.toISOString()
    await trx('counter_login_throttle')
      .where({ key: reservation.key })
      .update({
        failures: Math.max(0, row.failures - 1),
        ...(lockedByThis ? { locked_until: null, lockouts: Math.max(0, row.lockouts - 1) } : {}),
      })
  })
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db('counter_login_throttle').where({ key }).delete()
}

/** Demo reset: the customers' story starts over. */
export async function deleteAllThrottles(db: Db): Promise<void> {
  await db('counter_login_throttle').delete()
}
