// The locked kiosk's way out (issue #15 point 1): the operator's exit PIN, checked through the one
// secret gate (counted before the check, locked after 5 wrong ones, in SQLite so a restart
// forgives nothing), unlocks only the screen that typed it, for UNLOCK_WINDOW_MS; in that window
// that screen may quit the app once (the shell does it on `kiosk:exit`'s success) or change the
// PIN. The unlocked screens live in this thread's memory only: a restarted counter has none.
import type { Knex } from 'knex'
import { isGuessablePin } from '../../../src-shared/domain/kiosk-pin'
import { fail, ok, type AppError, type Result } from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { PasswordHasher } from '../../infra/crypto/password-hash'
import type { Db } from '../../infra/db/open-database'
import { ELECTRON_TRANSPORT } from '../../ipc/transports'
import type { AuditLog } from '../audit'
import { createPasswordGate, type GateDenial } from '../credentials'
import { anonymousCaller, type Caller } from '../identity'
import { readExitPin, writeExitPin } from './exit-pin'

/** The throttle's key of the exit PIN: one subject, whichever screen types it. */
export const EXIT_PIN_KEY = 'kiosk:exit-pin'
/** How long a right PIN opens the operator exit on its screen. */
export const UNLOCK_WINDOW_MS = 2 * 60_000

export type KioskLockDeps = {
  db: Knex
  clock: Clock
  hasher: PasswordHasher
  audit: AuditLog
  /** An admin's sign-in without a session, through the gate (operators' `verifyAdmin`). */
  verifyAdmin(
    admin: { username: string; password: string },
    caller: Caller,
    action: string,
  ): Promise<Result<{ id: string }>>
}

// Whoever types the PIN is not known: the audit names the screen, never a customer signed in on it.
const screenOf = (caller: Caller) => anonymousCaller(caller)

/** The gate's refusal in the kiosk's words: a wrong PIN, or too many (with until when). */
function pinRefusal(error: AppError, path: string): Result<never> {
  const code = error.code === 'INVALID_CREDENTIALS' ? 'INVALID_CREDENTIALS' : 'CHECKS_LOCKED'
  return fail(error.code === 'DEVICE_LOCKED' ? 'DEVICE_LOCKED' : code, {
    ...(error.params ? { params: error.params } : {}),
    issues: [{ path, code }],
  })
}

export function createKioskLock(deps: KioskLockDeps) {
  const { db, clock, hasher, audit } = deps
  const gate = createPasswordGate({ db, hasher })
  /** connectionId → until when its screen is unlocked. */
  const unlocked = new Map<string, number>()

  const isUnlocked = (caller: Caller) => {
    const until = unlocked.get(caller.connectionId)
    if (until === undefined) return false
    if (until > clock.now().getTime()) return true
    unlocked.delete(caller.connectionId)
    return false
  }

  async function checkPin(
    pin: string,
    caller: Caller,
    action: string,
    path: string,
  ): Promise<Result<null>> {
    const stored = await readExitPin(db)
    if (!stored) return fail('KIOSK_PIN_NOT_SET')
    const checked = await gate({
      key: EXIT_PIN_KEY,
      device: caller,
      hash: stored.hash,
      password: pin,
      now: clock.now(),
      onDenied: (trx: Db, reason: GateDenial) =>
        audit.record(trx, screenOf(caller), { action, outcome: 'denied', detail: { reason } }),
    })
    return checked.ok ? ok(null) : pinRefusal(checked.error, path)
  }

  async function status() {
    return ok({ pinSet: (await readExitPin(db)) !== undefined })
  }

  function opened(caller: Caller) {
    const until = clock.now().getTime() + UNLOCK_WINDOW_MS
    unlocked.set(caller.connectionId, until)
    return ok({ until: new Date(until).toISOString() })
  }

  async function unlock(pin: string, caller: Caller): Promise<Result<{ until: string }>> {
    const checked = await checkPin(pin, caller, 'kiosk.unlock', 'pin')
    if (!checked.ok) return checked
    await audit.record(db, screenOf(caller), { action: 'kiosk.unlock', outcome: 'ok' })
    return opened(caller)
  }

  /** No PIN yet: an admin's credentials open the exit, to set one. Never once a PIN exists. */
  async function unlockAsAdmin(
    admin: { username: string; password: string },
    caller: Caller,
  ): Promise<Result<{ until: string }>> {
    if (await readExitPin(db)) return fail('NOT_FOUND')
    const verified = await deps.verifyAdmin(admin, caller, 'kiosk.unlock')
    if (!verified.ok)
      return fail(verified.error.code, {
        ...(verified.error.params ? { params: verified.error.params } : {}),
        issues: [{ path: 'password', code: verified.error.code }],
      })
    await audit.record(
      db,
      { role: 'admin', actorId: verified.value.id },
      { action: 'kiosk.unlock', outcome: 'ok', detail: { by: 'admin' } },
    )
    return opened(caller)
  }

  async function exit(caller: Caller): Promise<Result<{ byShell: boolean }>> {
    if (!isUnlocked(caller)) {
      await audit.record(db, screenOf(caller), {
        action: 'kiosk.exit',
        outcome: 'denied',
        detail: { reason: 'KIOSK_NOT_UNLOCKED' },
      })
      return fail('KIOSK_NOT_UNLOCKED')
    }
    // Once: a second exit needs the PIN again.
    unlocked.delete(caller.connectionId)
    const byShell = caller.transport === ELECTRON_TRANSPORT
    await audit.record(db, screenOf(caller), {
      action: 'kiosk.exit',
      outcome: 'ok',
      detail: { byShell },
    })
    return ok({ byShell })
  }

  async function changePin(
    input: { currentPin?: string | undefined; newPin: string; newPinConfirm: string },
    caller: Caller,
  ): Promise<Result<null>> {
    if (!isUnlocked(caller)) return fail('KIOSK_NOT_UNLOCKED')
    if (input.newPin !== input.newPinConfirm)
      return fail('PASSWORDS_DIFFER', {
        issues: [{ path: 'newPinConfirm', code: 'PASSWORDS_DIFFER' }],
      })
    if (isGuessablePin(input.newPin))
      return fail('KIOSK_PIN_GUESSABLE', {
        issues: [{ path: 'newPin', code: 'KIOSK_PIN_GUESSABLE' }],
      })
    // Where a PIN exists it is proved again (a screen left unlocked does not choose a new one);
    // where none exists the screen was opened by an admin's credentials.
    if ((await readExitPin(db)) || input.currentPin !== undefined) {
      if (input.currentPin === undefined)
        return fail('INVALID_INPUT', { issues: [{ path: 'currentPin', code: 'REQUIRED' }] })
      const checked = await checkPin(input.currentPin, caller, 'kiosk.pin-changed', 'currentPin')
      if (!checked.ok) return checked
    }
    const hash = await hasher.hash(input.newPin)
    await db.transaction(async (trx) => {
      await writeExitPin(trx, { hash, demo: false }, clock.now())
      await audit.record(trx, screenOf(caller), { action: 'kiosk.pin-changed', outcome: 'ok' })
    })
    return ok(null)
  }

  async function lock(caller: Caller): Promise<Result<null>> {
    unlocked.delete(caller.connectionId)
    return ok(null)
  }

  return { status, unlock, unlockAsAdmin, exit, changePin, lock, isUnlocked }
}

export type KioskLock = ReturnType<typeof createKioskLock>

/**
 * The exit PIN chosen at the first-run setup (typed twice there): its hash, made before the
 * setup's transaction (scrypt is slow), then stored inside it.
 */
export async function exitPinToStore(
  hasher: PasswordHasher,
  pin: string,
): Promise<(trx: Db, at: Date) => Promise<void>> {
  const hash = await hasher.hash(pin)
  return (trx, at) => writeExitPin(trx, { hash, demo: false }, at)
}
