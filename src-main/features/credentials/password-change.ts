// Choosing a new password, for customers and operators alike: the policy (same as the confirm
// field, the rules, zxcvbn's dictionaries, the subject's own words), and the change of a signed-in
// subject's password. What a change means beyond the hash (ending sessions, a notice) is the
// owner's, through its CredentialStore.
import type { Knex } from 'knex'
import { fail, ok, type AppError, type ChannelInput, type Result } from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { PasswordHasher } from '../../infra/crypto/password-hash'
import type { Db } from '../../infra/db/open-database'
import type { AuditLog } from '../audit'
import { subjectKindOf, type Caller, type SubjectKind } from '../identity'
import type { PasswordGate } from './password-gate'
import { checkPassword } from './password-strength'
import { throttleKey } from './throttle-keys'

/** What credentials asks of the owner of a kind of subject. */
export type CredentialStore = {
  /** The subject's stored hash and the words its password must not contain. */
  find(db: Db, id: string): Promise<{ hash: string; personal: string[] } | undefined>
  /** Stores the new hash and does what a change means for this subject, in `trx`. */
  save(trx: Db, id: string, hash: string, now: Date, keepSessionId: string | null): Promise<void>
  /** The audit action of a change: `account.change-password`, `operator.change-password`. */
  auditAction: string
}

/** Why a new password is refused, per field; null when it is acceptable. */
export function newPasswordFailure(
  password: string,
  confirm: string | undefined,
  personal: readonly string[],
  field: string,
): { ok: false; error: AppError } | null {
  if (confirm !== undefined && password !== confirm) {
    return fail('PASSWORDS_DIFFER', {
      issues: [{ path: `${field}Confirm`, code: 'PASSWORDS_DIFFER' }],
    })
  }
  const { unmet } = checkPassword(password, personal)
  if (unmet.length > 0)
    return fail('PASSWORD_POLICY', { issues: unmet.map((code) => ({ path: field, code })) })
  return null
}

export function createPasswordChange(deps: {
  db: Knex
  clock: Clock
  hasher: PasswordHasher
  audit: AuditLog
  passwordGate: PasswordGate
  stores: Record<SubjectKind, CredentialStore>
}) {
  const { db, clock, hasher, audit, passwordGate, stores } = deps

  /** A signed-in subject changes its own password (the current one proves it is them). */
  return async function changePassword(
    input: ChannelInput<'session:change-password'>,
    caller: Caller,
  ): Promise<Result<null>> {
    const kind = subjectKindOf(caller)
    if (kind === null || caller.actorId === null) return fail('FORBIDDEN')
    const store = stores[kind]
    const subject = await store.find(db, caller.actorId)
    if (!subject) return fail('FORBIDDEN')
    // The current password is the sign-in's secret: the same gate, the same count.
    const gate = await passwordGate({
      key: throttleKey(kind, caller.actorId),
      device: caller,
      hash: subject.hash,
      password: input.currentPassword,
      now: clock.now(),
      onDenied: (trx, reason) =>
        audit.record(trx, caller, {
          subject: caller.actorId,
          action: store.auditAction,
          outcome: 'denied',
          detail: { reason },
        }),
    })
    if (!gate.ok) {
      return fail(gate.error.code, {
        ...(gate.error.params ? { params: gate.error.params } : {}),
        issues: [{ path: 'currentPassword', code: gate.error.code }],
      })
    }
    // Proven to know the current one, the caller may hear that the new one is the same.
    if (input.newPassword === input.currentPassword)
      return fail('PASSWORD_SAME', { issues: [{ path: 'newPassword', code: 'PASSWORD_SAME' }] })
    const refused = newPasswordFailure(
      input.newPassword,
      input.newPasswordConfirm,
      subject.personal,
      'newPassword',
    )
    if (refused) return refused
    const hash = await hasher.hash(input.newPassword)
    await db.transaction(async (trx) => {
      await store.save(trx, caller.actorId!, hash, clock.now(), caller.sessionId)
      await audit.record(trx, caller, {
        subject: caller.actorId,
        action: store.auditAction,
        outcome: 'ok',
      })
    })
    return ok(null)
  }
}
