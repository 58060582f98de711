// The one way a password is checked, for customers and operators alike: the attempt counted
// first, then a verification that costs the same whether or not the subject exists (a throwaway
// hash stands in for a missing one) — all in the database.
import type { Knex } from 'knex'
import { fail, type AppError } from '../../../src-shared/ipc'
import type { PasswordHasher } from '../../infra/crypto/password-hash'
import type { Db } from '../../infra/db/open-database'
import { clearFailures, reserveAttempt } from './login-throttle'

export type GateDenial = 'ACCOUNT_LOCKED' | 'LOCKED_NOW' | 'INVALID_CREDENTIALS'

export type PasswordGate = (check: {
  /** Throttle key: the subject's own, or a hash of an unknown identifier. */
  key: string
  /** The stored hash, or null when there is no such subject (or it may not sign in). */
  hash: string | null
  password: string
  now: Date
  /** Records the refusal (audit) inside the transaction that counts the failure. */
  onDenied(db: Db, reason: GateDenial): Promise<void>
}) => Promise<{ ok: true } | { ok: false; error: AppError }>

export function createPasswordGate({
  db,
  hasher,
}: {
  db: Knex
  hasher: PasswordHasher
}): PasswordGate {
  // One derivation to check, like a real hash, and none to make: the first unknown subject costs
  // what a known one does.
  const standIn = hasher.standIn()
  const check = createSecretGate(db)

  return ({ key, hash, password, now, onDenied }) =>
    check({
      key,
      now,
      onDenied,
      // The same cost whether or not the subject exists: a throwaway hash stands in.
      verify: async () => (await hasher.verify(password, hash ?? standIn)) && hash !== null,
    })
}

export type SecretGate = (check: {
  /** Throttle key: the subject's own, or a hash of an unknown identifier. */
  key: string
  now: Date
  /** The check of the secret itself; runs only for an attempt the throttle let through. */
  verify(): Promise<boolean>
  onDenied(db: Db, reason: GateDenial): Promise<void>
}) => Promise<{ ok: true } | { ok: false; error: AppError }>

/**
 * The one gate for every check of a secret (a password, the contract codes, a code): the attempt
 * is counted before the check (at most FREE_FAILURES checks however many run in parallel), a
 * right answer clears the count, a wrong one stays counted and audited.
 */
export function createSecretGate(db: Knex): SecretGate {
  return async ({ key, now, verify, onDenied }) => {
    const reserved = await reserveAttempt(db, key, now)
    if (reserved.refusedUntil) {
      await onDenied(db, 'ACCOUNT_LOCKED')
      return fail('ACCOUNT_LOCKED', { params: { until: reserved.refusedUntil.toISOString() } })
    }
    if (await verify()) {
      await clearFailures(db, key)
      return { ok: true }
    }
    const reason: GateDenial = reserved.locksUntil ? 'LOCKED_NOW' : 'INVALID_CREDENTIALS'
    await onDenied(db, reason)
    return reserved.locksUntil
      ? fail('ACCOUNT_LOCKED', { params: { until: reserved.locksUntil.toISOString() } })
      : fail('INVALID_CREDENTIALS')
  }
}
