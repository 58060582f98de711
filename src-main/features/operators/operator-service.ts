// Desk staff: sign-in (desk only, RICORDAMI allowed), and what an admin does with operators.
import type { Knex } from 'knex'
import { personalWords } from '../../../src-shared/domain/password-policy'
import {
  fail,
  ok,
  type AppMode,
  type ChannelInput,
  type OperatorView,
  type Result,
} from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { PasswordHasher } from '../../infra/crypto/password-hash'
import type { Random } from '../../infra/crypto/random'
import { sha256 } from '../../infra/crypto/secrets'
import type { Caller } from '../../ipc/registry'
import type { AuditLog } from '../audit/audit-log'
import { clearFailures, throttleState } from '../sessions/login-throttle'
import type { PasswordGate } from '../sessions/password-gate'
import type { SessionService } from '../sessions/session-service'
import { checkPassword } from '../accounts/password-strength'

type OperatorRow = {
  id: string
  username: string
  display_name: string
  role: OperatorView['role']
  password_hash: string
  disabled: number | boolean
  must_change_password: number | boolean
}

export function createOperatorService(deps: {
  db: Knex
  clock: Clock
  random: Random
  hasher: PasswordHasher
  sessions: SessionService
  audit: AuditLog
  passwordGate: PasswordGate
  mode: AppMode
}) {
  const { db, clock, random, hasher, sessions, audit, passwordGate, mode } = deps
  const actor = (caller: Caller) => ({ actorKind: 'operator' as const, actorId: caller.actorId })

  async function login(
    { username, password, remember }: ChannelInput<'operators:login'>,
    caller: Caller,
  ): Promise<Result<null>> {
    if (mode !== 'desk') return fail('NOT_IN_THIS_MODE')
    const now = clock.now()
    const op: OperatorRow | undefined = await db('counter_operators').where({ username }).first()
    const key = op ? `operator:${op.id}` : `unknown:${sha256(`operator:${username}`)}`
    const gate = await passwordGate({
      key,
      hash: op && !op.disabled ? op.password_hash : null,
      password,
      now,
      onDenied: (trx, reason) =>
        audit.record(trx, {
          actorKind: 'anonymous',
          subject: op?.id ?? null,
          action: 'operator.login',
          outcome: 'denied',
          detail: { reason: op?.disabled ? 'DISABLED' : reason },
        }),
    })
    if (!gate.ok) return gate
    if (!op) return fail('INVALID_CREDENTIALS') // unreachable: the gate refuses a null hash
    const rehash = hasher.needsRehash(op.password_hash) ? await hasher.hash(password) : null
    await db.transaction(async (trx) => {
      await clearFailures(trx, key)
      if (rehash)
        await trx('counter_operators').where({ id: op.id }).update({ password_hash: rehash })
      await sessions.start(trx, caller, { kind: 'operator', id: op.id, remember })
      await audit.record(trx, {
        actorKind: 'operator',
        actorId: op.id,
        action: 'operator.login',
        outcome: 'ok',
        detail: { remember },
      })
    })
    return ok(null)
  }

  async function changePassword(
    input: ChannelInput<'session:change-password'>,
    caller: Caller,
  ): Promise<Result<null>> {
    const op: OperatorRow | undefined = await db('counter_operators')
      .where({ id: caller.actorId })
      .first()
    if (!op) return fail('FORBIDDEN')
    if (!(await hasher.verify(input.currentPassword, op.password_hash))) {
      return fail('INVALID_CREDENTIALS', {
        issues: [{ path: 'currentPassword', code: 'INVALID_CREDENTIALS' }],
      })
    }
    if (input.newPassword !== input.newPasswordConfirm) {
      return fail('PASSWORDS_DIFFER', {
        issues: [{ path: 'newPasswordConfirm', code: 'PASSWORDS_DIFFER' }],
      })
    }
    const refused = policyIssues(input.newPassword, op.username, op.display_name, 'newPassword')
    if (refused) return refused
    const passwordHash = await hasher.hash(input.newPassword)
    await db.transaction(async (trx) => {
      await trx('counter_operators')
        .where({ id: op.id })
        .update({ password_hash: passwordHash, must_change_password: false })
      await sessions.endAllFor(trx, 'operator', op.id, 'password-changed', caller.sessionId)
      await audit.record(trx, {
        ...actor(caller),
        subject: op.id,
        action: 'operator.change-password',
        outcome: 'ok',
      })
    })
    return ok(null)
  }

  function policyIssues(password: string, username: string, displayName: string, field: string) {
    const { unmet } = checkPassword(password, personalWords(`${username}@`, [displayName]))
    return unmet.length > 0
      ? fail('PASSWORD_POLICY', { issues: unmet.map((code) => ({ path: field, code })) })
      : null
  }

  async function list(): Promise<Result<OperatorView[]>> {
    const now = clock.now()
    const rows: OperatorRow[] = await db('counter_operators').orderBy('username')
    return ok(
      await Promise.all(
        rows.map(async (r) => ({
          id: r.id,
          username: r.username,
          displayName: r.display_name,
          role: r.role,
          disabled: !!r.disabled,
          mustChangePassword: !!r.must_change_password,
          lockedUntil:
            (await throttleState(db, `operator:${r.id}`, now)).lockedUntil?.toISOString() ?? null,
        })),
      ),
    )
  }

  async function create(
    input: ChannelInput<'operators:create'>,
    caller: Caller,
  ): Promise<Result<OperatorView>> {
    if (await db('counter_operators').where({ username: input.username }).first('id')) {
      return fail('OPERATOR_EXISTS', { issues: [{ path: 'username', code: 'OPERATOR_EXISTS' }] })
    }
    const refused = policyIssues(
      input.temporaryPassword,
      input.username,
      input.displayName,
      'temporaryPassword',
    )
    if (refused) return refused
    const id = random.uuid()
    const passwordHash = await hasher.hash(input.temporaryPassword)
    await db.transaction(async (trx) => {
      await trx('counter_operators').insert({
        id,
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        password_hash: passwordHash,
        must_change_password: true,
        created_at: clock.now().toISOString(),
      })
      await audit.record(trx, {
        ...actor(caller),
        subject: id,
        action: 'operator.create',
        outcome: 'ok',
        detail: { role: input.role },
      })
    })
    return ok({
      id,
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      disabled: false,
      mustChangePassword: true,
      lockedUntil: null,
    })
  }

  async function setDisabled(
    { id, disabled }: ChannelInput<'operators:set-disabled'>,
    caller: Caller,
  ): Promise<Result<null>> {
    if (id === caller.actorId) return fail('CANNOT_CHANGE_SELF')
    return db.transaction(async (trx) => {
      const changed = await trx('counter_operators').where({ id }).update({ disabled })
      if (changed !== 1) return fail('NOT_FOUND')
      if (disabled) await sessions.endAllFor(trx, 'operator', id, 'disabled')
      await audit.record(trx, {
        ...actor(caller),
        subject: id,
        action: disabled ? 'operator.disable' : 'operator.enable',
        outcome: 'ok',
      })
      return ok(null)
    })
  }

  async function resetPassword(
    { id, temporaryPassword }: ChannelInput<'operators:reset-password'>,
    caller: Caller,
  ): Promise<Result<null>> {
    if (id === caller.actorId) return fail('CANNOT_CHANGE_SELF')
    const op: OperatorRow | undefined = await db('counter_operators').where({ id }).first()
    if (!op) return fail('NOT_FOUND')
    const refused = policyIssues(
      temporaryPassword,
      op.username,
      op.display_name,
      'temporaryPassword',
    )
    if (refused) return refused
    const passwordHash = await hasher.hash(temporaryPassword)
    await db.transaction(async (trx) => {
      await trx('counter_operators')
        .where({ id })
        .update({ password_hash: passwordHash, must_change_password: true })
      await clearFailures(trx, `operator:${id}`)
      await sessions.endAllFor(trx, 'operator', id, 'password-reset')
      await audit.record(trx, {
        ...actor(caller),
        subject: id,
        action: 'operator.reset-password',
        outcome: 'ok',
      })
    })
    return ok(null)
  }

  return { login, changePassword, list, create, setDisabled, resetPassword }
}

export type OperatorService = ReturnType<typeof createOperatorService>
