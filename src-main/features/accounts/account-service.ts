// Customer portal accounts (SPEC §3.1-3.4): registration with email confirmation, login by email
// or codice fiscale, password recovery, password change, first-access passwords, operator unlock.
// Answers never tell whether an email has an account: the unknown path does the same work.
import type { Knex } from 'knex'
import { normalizeCoe } from '../../../src-shared/domain/partita-iva'
import { givenNameFirst } from '../../../src-shared/domain/person-name'
import { personalWords } from '../../../src-shared/domain/password-policy'
import { compactUpper } from '../../../src-shared/domain/validation'
import {
  fail,
  ok,
  type ChannelInput,
  type Revealed,
  type Locale,
  type PasswordCheck,
  type Result,
  type SessionView,
} from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { Db } from '../../infra/db/open-database'
import type { PasswordHasher } from '../../infra/crypto/password-hash'
import type { Random } from '../../infra/crypto/random'
import { atLeast } from '../../infra/clock/uniform-duration'
import { sha256 } from '../../infra/crypto/secrets'
import type { OutboxMail } from '../../infra/outbox/outbox'
import type { AuditLog } from '../audit'
import {
  checkPassword,
  clearFailures,
  createSecretGate,
  newPasswordFailure,
  throttleKey,
  unknownSubjectKey,
  type CredentialStore,
  type PasswordGate,
} from '../credentials'
import type { Caller, SessionService } from '../identity'
import {
  codesWithCodiceFiscale,
  customerByCode,
  customerSummaries,
  type ReplicaCustomer,
} from '../replica'
import {
  accountByEmail,
  accountById,
  accountsHoldingCustomers,
  accountsOfCustomer,
  associationsOf,
  customerCodesOf,
  insertAccount,
  linkCustomer,
  updateAccount,
  type AccountRow,
} from './accounts-repo'
import {
  issueToken,
  lastIssuedAt,
  proveToken,
  revokeAllTokens,
  spendToken,
  type TokenProof,
  type TokenPurpose,
} from './account-tokens'

/** Writes a mail into the outbox, inside the caller's transaction. */
export type EnqueueMail = (db: Db, mail: OutboxMail) => Promise<string>

export type AccountDeps = {
  db: Knex
  clock: Clock
  random: Random
  hasher: PasswordHasher
  sessions: SessionService
  audit: AuditLog
  passwordGate: PasswordGate
  enqueueMail: EnqueueMail
  /**
   * What the mails need of the office (admin settings): the portal their links open (none: the
   * code alone) and the time zone their times are in.
   */
  officeForMail?: (trx: Db) => Promise<{ portal?: string; timeZone: string }>
  /** Answers that must not tell a known email from an unknown one take at least this long. */
  uniformResponseMs?: number
}

/** A first-access password lives this long, and works for one login only. */
export const TEMPORARY_PASSWORD_LIFETIME_MS = 24 * 60 * 60_000
/** How long REGISTRATI's first step keeps its customer proven on the screen (the meter). */
export const PROVEN_ON_SCREEN_MS = 30 * 60_000
/** At most one confirmation or reset mail per account per minute. */
export const MAIL_COOLDOWN_MS = 60_000

export function createAccountService(deps: AccountDeps) {
  const { db, clock, random, hasher, sessions, audit, passwordGate, enqueueMail } = deps
  const uniform = <T>(work: () => Promise<T>) => atLeast(deps.uniformResponseMs ?? 300, work)
  const secretGate = createSecretGate(db)
  const portalOf = async (trx: Db): Promise<{ portal?: string }> => {
    const office = await deps.officeForMail?.(trx)
    return office?.portal ? { portal: office.portal } : {}
  }
  const timeZoneOf = async (trx: Db): Promise<{ timeZone?: string }> => {
    const office = await deps.officeForMail?.(trx)
    return office ? { timeZone: office.timeZone } : {}
  }
  /** The account an identifier names; `ambiguous` when a codice fiscale names several. */
  async function findByIdentifier(
    identifier: string,
  ): Promise<{ account?: AccountRow; ambiguous?: true }> {
    if (identifier.includes('@'))
      return { account: await accountByEmail(db, identifier.trim().toLowerCase()) }
    // A codice fiscale, in any letter case: the confirmed account holding that customer. An
    // unconfirmed one (anyone holding the bill can start one) never takes part.
    const codes = await codesWithCodiceFiscale(db, compactUpper(identifier))
    // Only the customers' holders: an account that associated the customer later (a family
    // member, an office) signs in with its email.
    const rows = (await accountsHoldingCustomers(db, codes, { holdersOnly: true })).filter(
      (a) => a.status === 'active',
    )
    return rows.length > 1 ? { ambiguous: true } : { account: rows[0] }
  }

  const greetingOf = (customer: Pick<ReplicaCustomer, 'name' | 'kind'>) =>
    givenNameFirst(customer.name, customer.kind)

  async function personalFor(trx: Db, accountId: string, email: string): Promise<string[]> {
    return personalWords(email, await personalNames(trx, accountId))
  }

  const policyFailure = newPasswordFailure

  async function recentlyMailed(
    trx: Db,
    accountId: string,
    purpose: TokenPurpose,
    now: Date,
  ): Promise<boolean> {
    const last = await lastIssuedAt(trx, accountId, purpose)
    return !!last && now.getTime() - last.getTime() < MAIL_COOLDOWN_MS
  }

  async function sendConfirmation(
    trx: Db,
    account: { id: string; email: string },
    locale: Locale,
    name: string,
  ) {
    const { token, code } = await issueToken(trx, { clock, random }, account.id, 'confirm-email')
    await enqueueMail(trx, {
      to: account.email,
      locale,
      template: 'registration-confirm',
      params: { name, token, code, ...(await portalOf(trx)) },
    })
  }

  /** What REGISTRATI's first step asks, as typed. */
  type CustomerOnBill = Pick<
    Revealed<ChannelInput<'accounts:register'>>,
    'customerKind' | 'codiceCliente' | 'customerCode'
  >

  /**
   * The codice cliente + ISS / C.O.E. match. The ISS / C.O.E. is a secret of the bill: its match
   * is counted per codice cliente (known or not) and per screen before it is checked, so neither
   * the step nor the form is an oracle for a 6-digit code.
   */
  async function matchCustomer(
    input: CustomerOnBill,
    caller: Caller,
    action: string,
  ): Promise<Result<ReplicaCustomer>> {
    const customer = await customerByCode(db, input.codiceCliente)
    const expected = customer?.kind === 'private' ? customer.codice_iss : customer?.codice_coe
    const matched = await secretGate({
      key: `contract:${sha256(input.codiceCliente)}`,
      device: caller,
      now: clock.now(),
      verify: async () =>
        !!customer &&
        customer.kind === input.customerKind &&
        (customer.kind === 'business'
          ? normalizeCoe(input.customerCode)
          : compactUpper(input.customerCode)) === expected,
      onDenied: (trx, reason) =>
        audit.record(trx, caller, {
          action,
          outcome: 'denied',
          detail: {
            reason:
              reason === 'ACCOUNT_LOCKED'
                ? 'TOO_MANY_ATTEMPTS'
                : reason === 'DEVICE_LOCKED'
                  ? reason
                  : 'CUSTOMER_NOT_MATCHED',
          },
        }),
    })
    if (!matched.ok && matched.error.code === 'DEVICE_LOCKED') return matched
    if (!matched.ok && matched.error.code === 'ACCOUNT_LOCKED') {
      return fail('CHECKS_LOCKED', matched.error.params ? { params: matched.error.params } : {})
    }
    if (!matched.ok || !customer) {
      return fail('CUSTOMER_NOT_MATCHED', {
        ...(!matched.ok && matched.error.params ? { params: matched.error.params } : {}),
        issues: [
          { path: 'codiceCliente', code: 'CUSTOMER_NOT_MATCHED' },
          { path: 'customerCode', code: 'CUSTOMER_NOT_MATCHED' },
        ],
      })
    }
    return ok(customer)
  }

  /**
   * Customers proven on a screen by REGISTRATI's first step, for that screen's password meter
   * (their name is personal data the password must not contain). In memory, per connection,
   * for half an hour; never told to another screen.
   */
  const provenOnScreen = new Map<string, { name: string; until: number }>()
  const screenOf = (caller: Caller) => `${caller.transport}\u0000${caller.connectionId}`

  async function checkCustomer(input: CustomerOnBill, caller: Caller): Promise<Result<null>> {
    const matched = await matchCustomer(input, caller, 'account.check-customer')
    if (!matched.ok) return matched
    provenOnScreen.delete(screenOf(caller))
    provenOnScreen.set(screenOf(caller), {
      name: matched.value.name,
      until: clock.now().getTime() + PROVEN_ON_SCREEN_MS,
    })
    if (provenOnScreen.size > 10_000) provenOnScreen.delete(provenOnScreen.keys().next().value!)
    return ok(null)
  }

  /** The screen's customer has gone (ESCI): nothing of them stays for the next one. */
  function forgetScreen(caller: Caller): void {
    provenOnScreen.delete(screenOf(caller))
  }

  /** The meter as the user types: every rule counted, a refused password never "strong". */
  function strength(
    { password, email }: ChannelInput<'accounts:check-password'>,
    caller: Caller,
  ): Result<PasswordCheck> {
    const proven = provenOnScreen.get(screenOf(caller))
    const names = proven && proven.until > clock.now().getTime() ? [proven.name] : []
    const { score, unmet } = checkPassword(password, personalWords(email ?? '', names))
    return ok({ score: unmet.length > 0 ? Math.min(score, 1) : score, unmet })
  }

  async function register(
    input: Revealed<ChannelInput<'accounts:register'>>,
    caller: Caller,
  ): Promise<Result<{ email: string }>> {
    const email = input.email
    const matched = await matchCustomer(input, caller, 'account.register')
    if (!matched.ok) return matched
    const customer = matched.value
    const refused = policyFailure(
      input.password,
      input.passwordConfirm,
      personalWords(email, [customer.name]),
      'password',
    )
    if (refused) return refused

    const passwordHash = await hasher.hash(input.password)
    const now = clock.now()
    await db.transaction(async (trx) => {
      const existing = await accountByEmail(trx, email)
      if (existing) {
        // Same answer as a new registration; the owner of the address learns what happened.
        if (existing.status === 'pending') {
          if (!(await recentlyMailed(trx, existing.id, 'confirm-email', now))) {
            await sendConfirmation(trx, existing, input.locale, greetingOf(customer))
          }
        } else {
          await enqueueMail(trx, {
            to: email,
            locale: input.locale,
            template: 'already-registered',
            params: { name: greetingOf(customer) },
          })
        }
        await audit.record(trx, caller, {
          subject: existing.id,
          action: 'account.register',
          outcome: 'denied',
          detail: { reason: 'EMAIL_TAKEN' },
        })
        return
      }
      const id = random.uuid()
      await insertAccount(trx, {
        id,
        email,
        password_hash: passwordHash,
        status: 'pending',
        locale: input.locale,
        password_changed_at: now.toISOString(),
        created_at: now.toISOString(),
      })
      // The first account to hold the customer is their holder; a later one waits for a secure
      // channel before any disposizione (SPEC §3.5).
      const shared = (await accountsOfCustomer(trx, customer.codice_cliente)).length > 0
      await linkCustomer(trx, {
        id: random.uuid(),
        account_id: id,
        codice_cliente: customer.codice_cliente,
        created_at: now.toISOString(),
        holder: !shared,
        needs_channel: shared,
      })
      await sendConfirmation(trx, { id, email }, input.locale, greetingOf(customer))
      await audit.record(trx, caller, {
        subject: id,
        action: 'account.register',
        outcome: 'ok',
      })
    })
    // The registration is done: the screen keeps nothing of the customer it proved.
    forgetScreen(caller)
    return ok({ email })
  }

  const resendConfirmation = (
    { email, locale }: ChannelInput<'accounts:resend-confirmation'>,
    caller: Caller,
  ) =>
    uniform(async () => {
      const now = clock.now()
      await db.transaction(async (trx) => {
        const found = await accountByEmail(trx, email)
        const account = found?.status === 'pending' ? found : undefined
        if (!account || (await recentlyMailed(trx, account.id, 'confirm-email', now))) return
        await sendConfirmation(trx, account, locale, await greetingName(trx, account.id))
        await audit.record(trx, caller, {
          subject: account.id,
          action: 'account.resend-confirmation',
          outcome: 'ok',
        })
      })
      return ok(null)
    })

  async function personalNames(trx: Db, accountId: string): Promise<string[]> {
    return (await customerSummaries(trx, await customerCodesOf(trx, accountId))).map((c) => c.name)
  }

  /** How a mail greets the account's holder: given name first ("Laura Bianchi"); none on file: ''. */
  async function greetingName(trx: Db, accountId: string): Promise<string> {
    const [first] = await customerSummaries(trx, await customerCodesOf(trx, accountId))
    return first ? givenNameFirst(first.name, first.kind) : ''
  }

  /** Checks a proof (the secret gate counts codes); a refusal is audited under `action`. */
  const prove = (
    now: Date,
    purpose: TokenPurpose,
    proof: TokenProof,
    action: string,
    caller: Caller,
  ) =>
    proveToken(db, now, purpose, proof, { gate: secretGate, device: caller }, (trx, reason) =>
      audit.record(trx, caller, { action, outcome: 'denied', detail: { reason } }),
    )

  /** A proof by code answers in the same time whatever it finds; a link token proves itself. */
  const byProof = <T>(proof: TokenProof, work: () => Promise<T>) =>
    'email' in proof ? uniform(work) : work()

  const confirm = (proof: TokenProof, caller: Caller): Promise<Result<null>> =>
    byProof(proof, async () => {
      const now = clock.now()
      const proven = await prove(now, 'confirm-email', proof, 'account.confirm', caller)
      if (!proven.ok) return fail(proven.code, proven.params ? { params: proven.params } : {})
      const accountId = proven.row.account_id
      return db.transaction(async (trx) => {
        if (!(await spendToken(trx, proven.row, 'confirm-email', now))) return fail('TOKEN_USED')
        await updateAccount(
          trx,
          accountId,
          { status: 'active', confirmed_at: now.toISOString() },
          'pending',
        )
        await audit.record(trx, caller, {
          subject: accountId,
          action: 'account.confirm',
          outcome: 'ok',
        })
        return ok<null>(null)
      })
    })

  /**
   * A signed-in customer types their credentials again (the secure channel's phase I): the
   * identifier must name their own account, and the password is checked through the same gate
   * as a sign-in, counted the same. Starts nothing.
   */
  /** The secure channel's phase I: the account's own credentials typed again. */
  async function reconfirm(
    accountId: string,
    { identifier, password }: { identifier: string; password: string },
    caller: Caller,
  ): Promise<Result<null>> {
    const found = await findByIdentifier(identifier)
    const own = found.account?.id === accountId ? found.account : undefined
    const gate = await passwordGate({
      key: throttleKey('account', accountId),
      device: caller,
      hash: own && own.status === 'active' ? own.password_hash : null,
      password,
      now: clock.now(),
      onDenied: (trx, reason) =>
        audit.record(trx, caller, {
          subject: accountId,
          action: 'account.reconfirm',
          outcome: 'denied',
          detail: { reason },
        }),
    })
    return gate.ok ? ok(null) : gate
  }

  async function login(
    { identifier, password }: ChannelInput<'accounts:login'>,
    caller: Caller,
  ): Promise<Result<SessionView>> {
    const now = clock.now()
    const found = await findByIdentifier(identifier)
    const account = found.account
    const key = account
      ? throttleKey('account', account.id)
      : unknownSubjectKey('account', compactUpper(identifier))
    const subject = account?.id ?? null

    const gate = await passwordGate({
      key,
      device: caller,
      hash: account && account.status !== 'disabled' ? account.password_hash : null,
      password,
      now,
      onDenied: (trx, reason) =>
        audit.record(trx, caller, {
          subject,
          action: 'account.login',
          outcome: 'denied',
          detail: { reason },
        }),
    })
    if (!gate.ok) {
      // Several confirmed accounts share this codice fiscale: which one is meant only the email says.
      if (found.ambiguous && gate.error.code === 'INVALID_CREDENTIALS')
        return fail('SIGN_IN_WITH_EMAIL')
      return gate
    }
    if (!account) return fail('INVALID_CREDENTIALS') // unreachable: the gate refuses a null hash

    if (account.status === 'pending') {
      await audit.record(db, caller, {
        subject,
        action: 'account.login',
        outcome: 'denied',
        detail: { reason: 'ACCOUNT_NOT_CONFIRMED' },
      })
      return fail('ACCOUNT_NOT_CONFIRMED')
    }
    if (account.temporary_password_expires_at) {
      const expired = new Date(account.temporary_password_expires_at) <= now
      if (expired || account.temporary_password_used_at) {
        await audit.record(db, caller, {
          subject,
          action: 'account.login',
          outcome: 'denied',
          detail: { reason: 'TEMPORARY_PASSWORD_EXPIRED' },
        })
        return fail('TEMPORARY_PASSWORD_EXPIRED')
      }
    }

    const rehash = hasher.needsRehash(account.password_hash) ? await hasher.hash(password) : null
    const view = await db.transaction(async (trx) => {
      await clearFailures(trx, key)
      const update: Record<string, unknown> = {}
      if (rehash) update.password_hash = rehash
      if (account.temporary_password_expires_at)
        update.temporary_password_used_at = now.toISOString()
      if (Object.keys(update).length > 0) await updateAccount(trx, account.id, update)
      // The audit row keeps the caller as it was (a customer's own login is not yet theirs).
      const signedIn = await sessions.start(trx, caller, { kind: 'account', id: account.id })
      await audit.record(trx, caller, {
        subject,
        action: 'account.login',
        outcome: 'ok',
        detail: rehash ? { rehashed: true } : undefined,
      })
      return sessions.view(trx, signedIn)
    })
    return ok(view)
  }

  const requestPasswordReset = (
    { email, locale }: ChannelInput<'accounts:request-password-reset'>,
    caller: Caller,
  ) =>
    uniform(async () => {
      const now = clock.now()
      await db.transaction(async (trx) => {
        const found = await accountByEmail(trx, email)
        const account = found?.status === 'disabled' ? undefined : found
        if (!account || (await recentlyMailed(trx, account.id, 'reset-password', now))) {
          await audit.record(trx, caller, {
            subject: account?.id ?? null,
            action: 'account.reset-request',
            outcome: 'denied',
          })
          return
        }
        const { token, code } = await issueToken(
          trx,
          { clock, random },
          account.id,
          'reset-password',
        )
        const name = await greetingName(trx, account.id)
        await enqueueMail(trx, {
          to: account.email,
          locale,
          template: 'password-reset',
          params: { name, token, code, ...(await portalOf(trx)) },
        })
        await audit.record(trx, caller, {
          subject: account.id,
          action: 'account.reset-request',
          outcome: 'ok',
        })
      })
      return ok(null)
    })

  /** Recovery's code step: the code proved, as the reset proves it, and not spent. */
  function checkResetCode(
    { email, code }: Revealed<ChannelInput<'accounts:check-reset-code'>>,
    caller: Caller,
  ): Promise<Result<null>> {
    return uniform(async () => {
      const proven = await prove(
        clock.now(),
        'reset-password',
        { email, code },
        'account.reset-check',
        caller,
      )
      return proven.ok
        ? ok(null)
        : fail(proven.code, proven.params ? { params: proven.params } : {})
    })
  }

  function resetPassword(
    input: Revealed<ChannelInput<'accounts:reset-password'>>,
    caller: Caller,
  ): Promise<Result<null>> {
    const proof: TokenProof =
      'token' in input ? { token: input.token } : { email: input.email, code: input.code }
    return byProof(proof, () => resetWithProof(input, proof, caller))
  }

  async function resetWithProof(
    input: Revealed<ChannelInput<'accounts:reset-password'>>,
    proof: TokenProof,
    caller: Caller,
  ): Promise<Result<null>> {
    // The token or code first: nothing else is looked at (the policy would name the holder's
    // words, the hash costs) for a caller who has not proved it. A proof is not spent here, so a
    // refused new password costs the customer nothing.
    const now = clock.now()
    const proven = await prove(now, 'reset-password', proof, 'account.reset', caller)
    if (!proven.ok) return fail(proven.code, proven.params ? { params: proven.params } : {})
    const holder = (await accountById(db, proven.row.account_id))!
    const personal = await personalFor(db, holder.id, holder.email)
    const refused = policyFailure(
      input.newPassword,
      input.newPasswordConfirm,
      personal,
      'newPassword',
    )
    if (refused) return refused
    const passwordHash = await hasher.hash(input.newPassword)
    return db.transaction(async (trx) => {
      if (!(await spendToken(trx, proven.row, 'reset-password', now))) return fail('TOKEN_USED')
      const account = (await accountById(trx, holder.id))!
      await setPassword(trx, account, passwordHash, now, null)
      await clearFailures(trx, throttleKey('account', account.id))
      await audit.record(trx, caller, {
        subject: account.id,
        action: 'account.reset',
        outcome: 'ok',
      })
      return ok(null)
    })
  }

  /** Sets a new password; ends every other session; tells the owner. */
  async function setPassword(
    trx: Db,
    account: AccountRow,
    passwordHash: string,
    now: Date,
    keepSession: string | null,
  ) {
    await updateAccount(trx, account.id, {
      password_hash: passwordHash,
      password_changed_at: now.toISOString(),
      must_change_password: false,
      temporary_password_expires_at: null,
      temporary_password_used_at: null,
      // Proving the mailbox also confirms it.
      status: account.status === 'pending' ? 'active' : account.status,
    })
    await revokeAllTokens(trx, account.id, now)
    await sessions.endAllFor(trx, 'account', account.id, 'password-changed', keepSession)
    const name = await greetingName(trx, account.id)
    await enqueueMail(trx, {
      to: account.email,
      locale: account.locale,
      template: 'password-changed',
      params: { name, at: now.toISOString(), ...(await timeZoneOf(trx)) },
    })
  }

  /** How credentials changes an account's password (session:change-password). */
  const credentialStore: CredentialStore = {
    auditAction: 'account.change-password',
    async find(trx, id) {
      const account = await accountById(trx, id)
      return (
        account && {
          hash: account.password_hash,
          personal: await personalFor(trx, account.id, account.email),
        }
      )
    },
    async save(trx, id, hash, now, keepSessionId) {
      await setPassword(trx, (await accountById(trx, id))!, hash, now, keepSessionId)
    },
  }

  /**
   * Gives an account a first-access password (sent over the secure channel by a later flow):
   * it works for one login within 24 hours, and that login must choose a new password.
   */
  async function issueFirstAccessPassword(trx: Db, accountId: string): Promise<string> {
    const password = temporaryPassword(random)
    const now = clock.now()
    await updateAccount(trx, accountId, {
      password_hash: await hasher.hash(password),
      status: 'active',
      must_change_password: true,
      temporary_password_expires_at: new Date(
        now.getTime() + TEMPORARY_PASSWORD_LIFETIME_MS,
      ).toISOString(),
      temporary_password_used_at: null,
      password_changed_at: now.toISOString(),
    })
    await sessions.endAllFor(trx, 'account', accountId, 'first-access-password')
    return password
  }

  async function unlock(
    { email }: ChannelInput<'accounts:unlock'>,
    caller: Caller,
  ): Promise<Result<null>> {
    const account = await accountByEmail(db, email)
    if (!account) return fail('NOT_FOUND')
    // Serving a customer, the operator acts for that customer only.
    if (caller.serving && !(await customerCodesOf(db, account.id)).includes(caller.serving))
      return fail('NOT_SERVING_THIS_CUSTOMER')
    await db.transaction(async (trx) => {
      await clearFailures(trx, throttleKey('account', account.id))
      await audit.record(trx, caller, {
        subject: account.id,
        action: 'account.unlock',
        outcome: 'ok',
      })
    })
    return ok(null)
  }

  return {
    register,
    resendConfirmation,
    confirm,
    login,
    requestPasswordReset,
    resetPassword,
    checkResetCode,
    checkCustomer,
    strength,
    forgetScreen,
    issueFirstAccessPassword,
    reconfirm,
    unlock,
    credentialStore,
  }
}

export type AccountService = ReturnType<typeof createAccountService>

const TEMP_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'

/** 14 characters from an unambiguous alphabet, plus the classes the policy wants. */
export function temporaryPassword(random: Random): string {
  const pick = (set: string) => set[random.int(0, set.length)]!
  const body = Array.from({ length: 10 }, () => pick(TEMP_ALPHABET)).join('')
  return `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ')}${pick('abcdefghijkmnopqrstuvwxyz')}${body}${pick('23456789')}${pick('!#%+-=?@')}`
}

/** What identity needs to know of an account holding a session. */
export const accountSubjects = {
  async standing(db: Db, id: string) {
    const account = await accountById(db, id)
    return account?.status === 'active'
      ? { role: 'customer' as const, mustChangePassword: !!account.must_change_password }
      : null
  },
  async view(db: Db, id: string) {
    const account = await accountById(db, id)
    const associations = await associationsOf(db, id)
    const waiting = new Set(
      associations.filter((a) => a.needs_channel).map((a) => a.codice_cliente),
    )
    const summaries = await customerSummaries(
      db,
      associations.map((a) => a.codice_cliente),
    )
    return {
      email: account?.email ?? '',
      customers: summaries.map((c) => ({ ...c, needsChannel: waiting.has(c.codiceCliente) })),
    }
  },
}
