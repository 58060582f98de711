// The one way a password is checked, for customers and operators alike: the attempt counted
// first, then a verification that costs the same whether or not the subject exists (a throwaway
// hash stands in for a missing one) — all in the database.
import type { Knex } from 'knex'
import { fail, type AppError } from '../../../src-shared/ipc'
import type { PasswordHasher } from '../../infra/crypto/password-hash'
import type { Db } from '../../infra/db/open-database'
import type { Connection } from '../identity'
import {
  clearFailures,
  DEVICE_POLICY,
  FREE_FAILURES,
  releaseAttempt,
  reserveAttempts,
  SUBJECT_POLICY,
  WARN_FROM_FAILURES,
} from './login-throttle'
import { deviceKey } from './throttle-keys'

export type GateDenial = 'ACCOUNT_LOCKED' | 'LOCKED_NOW' | 'DEVICE_LOCKED' | 'INVALID_CREDENTIALS'

export type PasswordGate = (check: {
  /** Throttle key: the subject's own, or a hash of an unknown identifier. */
  key: string
  /** Where the attempt comes from: counted too, across every subject it tries. */
  device: Connection
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

  return ({ key, device, hash, password, now, onDenied }) =>
    check({
      key,
      device,
      now,
      onDenied,
      // The same cost whether or not the subject exists: a throwaway hash stands in.
      verify: async () => (await hasher.verify(password, hash ?? standIn)) && hash !== null,
    })
}

export type SecretGate = (check: {
  /** Throttle key: the subject's own, or a hash of an unknown identifier. */
  key: string
  /** Where the attempt comes from: counted too, across every subject it tries. */
  device: Connection
  now: Date
  /** The check of the secret itself; runs only for an attempt the throttle let through. */
  verify(): Promise<boolean>
  onDenied(db: Db, reason: GateDenial): Promise<void>
}) => Promise<{ ok: true } | { ok: false; error: AppError }>

/**
 * The one gate for every check of a secret (a password, the contract codes, a code): the attempt
 * is counted before the check, on the subject and on the device (at most FREE_FAILURES checks of
 * a subject, DEVICE_FREE_FAILURES from a device, however many run in parallel). A right answer
 * clears the subject's count and takes its attempt back from the device's; a wrong one stays
 * counted and audited.
 */
export function createSecretGate(db: Knex): SecretGate {
  return async ({ key, device, now, verify, onDenied }) => {
    const fromDevice = deviceKey(device)
    const reserved = await reserveAttempts(
      db,
      [
        { key: fromDevice, policy: DEVICE_POLICY },
        { key, policy: SUBJECT_POLICY },
      ],
      now,
    )
    if (reserved.refused) {
      const { key: lockedKey, until } = reserved.refused
      const byDevice = lockedKey === fromDevice
      await onDenied(db, byDevice ? 'DEVICE_LOCKED' : 'ACCOUNT_LOCKED')
      return fail(byDevice ? 'DEVICE_LOCKED' : 'ACCOUNT_LOCKED', {
        params: { until: until.toISOString() },
      })
    }
    const [deviceAttempt, subjectAttempt] = reserved.reservations
    if (await verify()) {
      await clearFailures(db, key)
      await releaseAttempt(db, deviceAttempt!)
      return { ok: true }
    }
    const reason: GateDenial = subjectAttempt!.locksUntil
      ? 'LOCKED_NOW'
      : deviceAttempt!.locksUntil
        ? 'DEVICE_LOCKED'
        : 'INVALID_CREDENTIALS'
    await onDenied(db, reason)
    if (subjectAttempt!.locksUntil)
      return fail('ACCOUNT_LOCKED', { params: { until: subjectAttempt!.locksUntil.toISOString() } })
    if (deviceAttempt!.locksUntil)
      return fail('DEVICE_LOCKED', { params: { until: deviceAttempt!.locksUntil.toISOString() } })
    // From the third failure the answer says how many tries remain before the lock (alike for
    // a subject that does not exist: its key counts the same).
    const { remaining } = subjectAttempt!
    return remaining <= FREE_FAILURES - WARN_FROM_FAILURES
      ? fail('INVALID_CREDENTIALS', { params: { remaining } })
      : fail('INVALID_CREDENTIALS')
  }
}
