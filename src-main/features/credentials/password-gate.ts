// The one way a password is checked at sign-in, for customers and operators alike: lockout first,
// then a verification that costs the same whether or not the subject exists (a throwaway hash
// stands in for a missing one), then the failure counted — all in the database.
import type { Knex } from 'knex'
import { fail, type AppError } from '../../../src-shared/ipc'
import type { PasswordHasher } from '../../infra/crypto/password-hash'
import type { Random } from '../../infra/crypto/random'
import type { Db } from '../../infra/db/open-database'
import { recordFailure, throttleState } from './login-throttle'

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
  random,
}: {
  db: Knex
  hasher: PasswordHasher
  random: Random
}): PasswordGate {
  let dummyHash: Promise<string> | undefined
  const standIn = () => (dummyHash ??= hasher.hash(random.token(16)))

  return async ({ key, hash, password, now, onDenied }) => {
    const { lockedUntil } = await throttleState(db, key, now)
    if (lockedUntil) {
      await hasher.verify(password, await standIn())
      await onDenied(db, 'ACCOUNT_LOCKED')
      return fail('ACCOUNT_LOCKED', { params: { until: lockedUntil.toISOString() } })
    }
    const verified = await hasher.verify(password, hash ?? (await standIn()))
    if (verified && hash !== null) return { ok: true }
    const state = await db.transaction(async (trx) => {
      const after = await recordFailure(trx, key, now)
      await onDenied(trx, after.lockedUntil ? 'LOCKED_NOW' : 'INVALID_CREDENTIALS')
      return after
    })
    return state.lockedUntil
      ? fail('ACCOUNT_LOCKED', { params: { until: state.lockedUntil.toISOString() } })
      : fail('INVALID_CREDENTIALS')
  }
}
