// The first-run setup of an installation that has no stored mode (docs/architecture.md "First-run
// setup"). Until it is done the counter serves only this: the person completing
// it proves twice who they are — the one-time key in the data directory (they can read the
// machine's files) and an admin's credentials (the first admin, made here, or an existing one's
// sign-in on a reused replica) — then mode and office are stored, the key is deleted, and the
// host starts the counter again in its mode.
import type { Knex } from 'knex'
import {
  fail,
  ok,
  type AppMode,
  type ParsedInput,
  type Result,
  type SetupStatus,
} from '../../../src-shared/ipc'
import { isGuessablePin } from '../../../src-shared/domain/kiosk-pin'
import type { Clock } from '../../infra/clock/clock'
import type { PasswordHasher } from '../../infra/crypto/password-hash'
import type { AuditLog } from '../audit'
import { createSecretGate } from '../credentials'
import type { Caller } from '../identity'
import { exitPinToStore } from '../kiosk'
import type { OperatorService } from '../operators'
import { readStoredMode, writeOfficeSettings, writeStoredMode } from '../settings'
import { isSetupKey, removeSetupKey, setupKeyFile } from './setup-key'

export type SetupDeps = {
  db: Knex
  clock: Clock
  /** Hashes a kiosk's exit PIN. */
  hasher: PasswordHasher
  audit: AuditLog
  operators: Pick<OperatorService, 'hasAdmin' | 'verifyAdmin' | 'firstAdminRow' | 'addFirstAdmin'>
  dataDir: string
  /** This installation's key (setup-key.ts); none once it is configured. */
  setupKey: string | undefined
  suggestedMode?: AppMode
  /** The setup is stored: the host starts the counter again, in its mode. */
  onConfigured?: () => void
}

export function createSetupService(deps: SetupDeps) {
  const { db, clock, audit, operators, dataDir } = deps
  const gate = createSecretGate(db)

  async function status(): Promise<Result<SetupStatus>> {
    return ok({
      adminExists: await operators.hasAdmin(),
      suggestedMode: deps.suggestedMode ?? null,
      setupKeyFile: setupKeyFile(dataDir),
    })
  }

  async function complete(
    input: ParsedInput<'setup:complete'>,
    caller: Caller,
  ): Promise<Result<null>> {
    const expected = deps.setupKey
    if (expected === undefined || (await readStoredMode(db))) return fail('NOT_IN_THIS_MODE')
    const keyChecked = await gate({
      key: 'setup:key',
      device: caller,
      now: clock.now(),
      verify: async () => isSetupKey(expected, input.setupKey),
      onDenied: (trx, reason) =>
        audit.record(trx, caller, {
          action: 'setup.complete',
          outcome: 'denied',
          detail: { reason: reason === 'INVALID_CREDENTIALS' ? 'SETUP_KEY_INVALID' : reason },
        }),
    })
    if (!keyChecked.ok) {
      const code =
        keyChecked.error.code === 'INVALID_CREDENTIALS' ? 'SETUP_KEY_INVALID' : 'CHECKS_LOCKED'
      return fail(keyChecked.error.code === 'DEVICE_LOCKED' ? 'DEVICE_LOCKED' : code, {
        ...(keyChecked.error.params ? { params: keyChecked.error.params } : {}),
        issues: [{ path: 'setupKey', code }],
      })
    }

    // A kiosk has no way out but its exit PIN: it is chosen here, twice, before anything is stored.
    let storeExitPin: Awaited<ReturnType<typeof exitPinToStore>> | undefined
    if (input.mode === 'kiosk') {
      const { kioskPin, kioskPinConfirm } = input
      if (!kioskPin)
        return fail('INVALID_INPUT', { issues: [{ path: 'kioskPin', code: 'REQUIRED' }] })
      if (isGuessablePin(kioskPin))
        return fail('KIOSK_PIN_GUESSABLE', {
          issues: [{ path: 'kioskPin', code: 'KIOSK_PIN_GUESSABLE' }],
        })
      if (kioskPin !== kioskPinConfirm)
        return fail('PASSWORDS_DIFFER', {
          issues: [{ path: 'kioskPinConfirm', code: 'PASSWORDS_DIFFER' }],
        })
      storeExitPin = await exitPinToStore(deps.hasher, kioskPin)
    }

    const { admin } = input
    let adminId: string
    let newAdmin: Awaited<ReturnType<typeof operators.firstAdminRow>> | undefined
    if (await operators.hasAdmin()) {
      const verified = await operators.verifyAdmin(admin, caller)
      if (!verified.ok) {
        return fail(verified.error.code, {
          ...(verified.error.params ? { params: verified.error.params } : {}),
          issues: [{ path: 'admin.password', code: verified.error.code }],
        })
      }
      adminId = verified.value.id
    } else {
      if (!admin.displayName)
        return fail('INVALID_INPUT', { issues: [{ path: 'admin.displayName', code: 'REQUIRED' }] })
      newAdmin = await operators.firstAdminRow({ ...admin, displayName: admin.displayName })
      if (!newAdmin.ok) return newAdmin
      adminId = newAdmin.value.id
    }

    const done = await db.transaction(async (trx): Promise<Result<null>> => {
      if (await readStoredMode(trx)) return fail('NOT_IN_THIS_MODE')
      if (newAdmin?.ok && !(await operators.addFirstAdmin(trx, newAdmin.value)))
        return fail('OPERATOR_EXISTS', {
          issues: [{ path: 'admin.username', code: 'OPERATOR_EXISTS' }],
        })
      const now = clock.now()
      await writeStoredMode(trx, input.mode, now)
      await writeOfficeSettings(trx, input.office, now)
      await storeExitPin?.(trx, now)
      await audit.record(
        trx,
        { role: 'admin', actorId: adminId },
        {
          action: 'setup.complete',
          outcome: 'ok',
          detail: {
            mode: input.mode,
            newAdmin: newAdmin !== undefined,
            exitPinSet: storeExitPin !== undefined,
          },
        },
      )
      return ok(null)
    })
    if (!done.ok) return done
    removeSetupKey(dataDir)
    deps.onConfigured?.()
    return done
  }

  return { status, complete }
}
