// Desk staff: sign-in (desk only, RICORDAMI allowed), and what an admin does with operators.
import type { Knex } from 'knex'
import { personalWords } from '../../../src-shared/domain/password-policy'
import {
  fail,
  ok,
  type CounterMode,
  type ChannelInput,
  type OperatorView,
  type Result,
  type SessionView,
} from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { PasswordHasher } from '../../infra/crypto/password-hash'
import type { Random } from '../../infra/crypto/random'
import type { Db } from '../../infra/db/open-database'
import type { AuditLog } from '../audit'
import {
  clearFailures,
  newPasswordFailure,
  throttleKey,
  lockedUntil,
  unknownSubjectKey,
  type CredentialStore,
  type PasswordGate,
} from '../credentials'
import type { Caller, SessionService } from '../identity'
import {
  allOperators,
  insertOperator,
  operatorById,
  operatorByUsername,
  updateOperator,
  type NewOperatorRow,
  type OperatorRow,
} from './operators-repo'

/** The words an operator's password must not contain. */
const personalOf = (op: Pick<OperatorRow, 'username' | 'display_name'>) =>
  personalWords(`${op.username}@`, [op.display_name])

export function createOperatorService(deps: {
  db: Knex
  clock: Clock
  random: Random
  hasher: PasswordHasher
  sessions: SessionService
  audit: AuditLog
  passwordGate: PasswordGate
  mode: CounterMode
}) {
  const { db, clock, random, hasher, sessions, audit, passwordGate, mode } = deps

  async function login(
    { username, password, remember }: ChannelInput<'operators:login'>,
    caller: Caller,
  ): Promise<Result<SessionView>> {
    if (mode !== 'desk') return fail('NOT_IN_THIS_MODE')
    const now = clock.now()
    const op = await operatorByUsername(db, username)
    const key = op ? throttleKey('operator', op.id) : unknownSubjectKey('operator', username)
    const gate = await passwordGate({
      key,
      device: caller,
      hash: op && !op.disabled ? op.password_hash : null,
      password,
      now,
      onDenied: (trx, reason) =>
        audit.record(trx, caller, {
          subject: op?.id ?? null,
          action: 'operator.login',
          outcome: 'denied',
          detail: { reason: op?.disabled ? 'DISABLED' : reason },
        }),
    })
    if (!gate.ok) return gate
    if (!op) return fail('INVALID_CREDENTIALS') // unreachable: the gate refuses a null hash
    const rehash = hasher.needsRehash(op.password_hash) ? await hasher.hash(password) : null
    const view = await db.transaction(async (trx) => {
      await clearFailures(trx, key)
      if (rehash) await updateOperator(trx, op.id, { password_hash: rehash })
      const signedIn = await sessions.start(trx, caller, { kind: 'operator', id: op.id, remember })
      await audit.record(trx, signedIn, {
        action: 'operator.login',
        outcome: 'ok',
        detail: { remember },
      })
      return sessions.view(trx, signedIn)
    })
    return ok(view)
  }

  /** How credentials changes an operator's password. */
  const credentialStore: CredentialStore = {
    auditAction: 'operator.change-password',
    async find(trx, id) {
      const op = await operatorById(trx, id)
      return op && { hash: op.password_hash, personal: personalOf(op) }
    },
    async save(trx, id, hash, _now, keepSessionId) {
      await updateOperator(trx, id, { password_hash: hash, must_change_password: false })
      await sessions.endAllFor(trx, 'operator', id, 'password-changed', keepSessionId)
    },
  }

  function policyIssues(
    password: string,
    op: Pick<OperatorRow, 'username' | 'display_name'>,
    field: string,
  ) {
    return newPasswordFailure(password, undefined, personalOf(op), field)
  }

  async function list(): Promise<Result<OperatorView[]>> {
    const now = clock.now()
    const rows = await allOperators(db)
    return ok(
      await Promise.all(
        rows.map(async (r) => ({
          id: r.id,
          username: r.username,
          displayName: r.display_name,
          role: r.role,
          disabled: !!r.disabled,
          mustChangePassword: !!r.must_change_password,
          lockedUntil: await lockedUntil(db, throttleKey('operator', r.id), now),
        })),
      ),
    )
  }

  async function create(
    input: ChannelInput<'operators:create'>,
    caller: Caller,
  ): Promise<Result<OperatorView>> {
    if (await operatorByUsername(db, input.username)) {
      return fail('OPERATOR_EXISTS', { issues: [{ path: 'username', code: 'OPERATOR_EXISTS' }] })
    }
    const refused = policyIssues(
      input.temporaryPassword,
      { username: input.username, display_name: input.displayName },
      'temporaryPassword',
    )
    if (refused) return refused
    const id = random.uuid()
    const passwordHash = await hasher.hash(input.temporaryPassword)
    await db.transaction(async (trx) => {
      await insertOperator(trx, {
        id,
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        password_hash: passwordHash,
        must_change_password: true,
        created_at: clock.now().toISOString(),
      })
      await audit.record(trx, caller, {
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
      const changed = await updateOperator(trx, id, { disabled })
      if (changed !== 1) return fail('NOT_FOUND')
      if (disabled) await sessions.endAllFor(trx, 'operator', id, 'disabled')
      await audit.record(trx, caller, {
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
    const op = await operatorById(db, id)
    if (!op) return fail('NOT_FOUND')
    const refused = policyIssues(temporaryPassword, op, 'temporaryPassword')
    if (refused) return refused
    const passwordHash = await hasher.hash(temporaryPassword)
    await db.transaction(async (trx) => {
      await updateOperator(trx, id, { password_hash: passwordHash, must_change_password: true })
      await clearFailures(trx, throttleKey('operator', id))
      await sessions.endAllFor(trx, 'operator', id, 'password-reset')
      await audit.record(trx, caller, {
        subject: id,
        action: 'operator.reset-password',
        outcome: 'ok',
      })
    })
    return ok(null)
  }

  /** An enabled admin exists: the first-run setup then asks for one's sign-in. */
  async function hasAdmin(trx: Db = db): Promise<boolean> {
    return (await allOperators(trx)).some((op) => op.role === 'admin' && !op.disabled)
  }

  /**
   * An admin's proof without a session (the gate): the first-run setup on a replica that has
   * admins, and a kiosk that has no exit PIN yet. `action` names the refusal in the audit.
   */
  async function verifyAdmin(
    { username, password }: { username: string; password: string },
    caller: Caller,
    action = 'setup.complete',
  ): Promise<Result<{ id: string }>> {
    const op = await operatorByUsername(db, username)
    const admin = op && op.role === 'admin' && !op.disabled ? op : undefined
    const gate = await passwordGate({
      key: op ? throttleKey('operator', op.id) : unknownSubjectKey('operator', username),
      device: caller,
      hash: admin?.password_hash ?? null,
      password,
      now: clock.now(),
      onDenied: (trx, reason) =>
        audit.record(trx, caller, {
          subject: op?.id ?? null,
          action,
          outcome: 'denied',
          detail: { reason },
        }),
    })
    if (!gate.ok) return gate
    return ok({ id: admin!.id })
  }

  /**
   * The first admin of an installation, chosen at its first-run setup: the password is the
   * admin's own (typed twice, under the policy), so no change is forced at first sign-in.
   */
  async function firstAdminRow(input: {
    username: string
    displayName: string
    password: string
    passwordConfirm?: string
  }): Promise<Result<NewOperatorRow>> {
    const personal = { username: input.username, display_name: input.displayName }
    const refused = newPasswordFailure(
      input.password,
      input.passwordConfirm ?? '',
      personalOf(personal),
      'admin.password',
    )
    if (refused) return refused
    return ok({
      id: random.uuid(),
      username: input.username,
      display_name: input.displayName,
      role: 'admin',
      password_hash: await hasher.hash(input.password),
      must_change_password: false,
      created_at: clock.now().toISOString(),
    })
  }

  /** Adds the first admin, in the setup's transaction; false when one appeared meanwhile. */
  async function addFirstAdmin(trx: Db, row: NewOperatorRow): Promise<boolean> {
    if ((await hasAdmin(trx)) || (await operatorByUsername(trx, row.username))) return false
    await insertOperator(trx, row)
    return true
  }

  return {
    login,
    list,
    create,
    setDisabled,
    resetPassword,
    credentialStore,
    hasAdmin,
    verifyAdmin,
    firstAdminRow,
    addFirstAdmin,
  }
}

export type OperatorService = ReturnType<typeof createOperatorService>

/** What identity needs to know of an operator holding a session. */
export const operatorSubjects = {
  async standing(db: Db, id: string) {
    const op = await operatorById(db, id)
    return op && !op.disabled
      ? { role: op.role, mustChangePassword: !!op.must_change_password }
      : null
  },
  async view(db: Db, id: string) {
    const op = await operatorById(db, id)
    if (!op) throw new Error('session of an operator that does not exist')
    return { username: op.username, displayName: op.display_name, role: op.role }
  },
}
