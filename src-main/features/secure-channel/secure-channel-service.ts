// The secure channel (issue #12, SPEC §3.6, seed 003). Phase I: the signed-in customer types their
// credentials again (through the sign-in gate), which this screen remembers for 10 minutes. Phase
// II: an OTP to a contact already on file — 6 digits from the CSPRNG, stored only as a hash bound
// to its challenge, good for 5 minutes and once, no other while it is (RIGENERA after), at most 5
// an hour per account and 10 per screen. Phase III: the OTP typed, at most 5 wrong tries, two
// concurrent right ones confirm once; then the channel is recorded, the association may start
// disposizioni, and a first-access password goes over the channel. Audited at every step, never
// the code.
import type { Knex } from 'knex'
import {
  fail,
  ok,
  OTP_MAX_TRIES,
  OTP_VALIDITY_MINUTES,
  type ChannelInput,
  type ChannelOutput,
  type Medium,
  type Result,
  type Revealed,
} from '../../../src-shared/ipc'
import { givenNameFirst } from '../../../src-shared/domain/person-name'
import { validateMobile } from '../../../src-shared/domain/phone'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'
import { newCode, sameHash, sha256 } from '../../infra/crypto/secrets'
import type { Db } from '../../infra/db/open-database'
import type { OutboxMail } from '../../infra/outbox/outbox'
import type { AuditLog } from '../audit'
import { deviceKey, DEVICE_POLICY, releaseAttempt, reserveAttempts } from '../credentials'
import { subjectKindOf, type Caller } from '../identity'
import { customerByCode } from '../replica'
import {
  challengeById,
  challengesOf,
  channelOf,
  closeOpenChallenges,
  confirmChallenge,
  countWrongTry,
  insertChallenge,
  dropChannelsOf,
  saveChannel,
  sentSince,
} from './secure-channel-repo'

export const OTP_VALIDITY_MS = OTP_VALIDITY_MINUTES * 60_000
/** How long phase I (the credentials typed again) stays good on a screen. */
export const RECONFIRMED_FOR_MS = 10 * 60_000
export const OTP_SENDS_PER_HOUR = 5
export const OTP_SENDS_PER_SCREEN_HOUR = 10
const HOUR_MS = 60 * 60_000

/** "laura.bianchi@example.it" → "la***@example.it"; "+393331234567" → "+39 *** *** 4567". */
export function maskContact(contact: string | null): string | null {
  if (!contact) return null
  const at = contact.indexOf('@')
  if (at > 0) return `${contact.slice(0, Math.min(2, at))}***${contact.slice(at)}`
  const prefix = contact.startsWith('+378') ? '+378' : contact.slice(0, 3)
  return `${prefix} *** *** ${contact.slice(-4)}`
}

const codeHash = (challengeId: string, code: string) => sha256(`${challengeId}:${code}`)

export type SecureChannelDeps = {
  db: Knex
  clock: Clock
  random: Random
  audit: AuditLog
  enqueueMail(trx: Db, mail: OutboxMail): Promise<string>
  /** Queues an SMS (refuses a number that is not a mobile). */
  enqueueSms(trx: Db, sms: OutboxMail): Promise<string>
  accounts: {
    /** The account a call acts on: the customer's own, or the served customer's at a desk. */
    acting(caller: Caller, codiceCliente: string, accountEmail?: string): Promise<Result<string>>
    reconfirm(
      accountId: string,
      input: { identifier: string; password: string },
      caller: Caller,
    ): Promise<Result<null>>
    holds(trx: Db, accountId: string, codiceCliente: string): Promise<boolean>
    markChannelConfirmed(trx: Db, accountId: string, codiceCliente: string): Promise<void>
    issueFirstAccessPassword(trx: Db, accountId: string): Promise<string>
  }
  /** Whether this counter can send SMS (a gateway is configured). */
  smsAvailable(): boolean
}

export function createSecureChannel(deps: SecureChannelDeps) {
  const { db, clock, random, audit, accounts } = deps
  const reconfirmed = new Map<string, { accountId: string; codiceCliente: string; until: number }>()
  const screenSends = new Map<string, number[]>()
  const screenOf = (caller: Caller) => `${caller.transport}\u0000${caller.connectionId}`

  /**
   * The account whose channel this is, if it holds the customer: the signed-in customer's, or at
   * a desk, for the customer served, the account named by its email.
   */
  async function holder(
    caller: Caller,
    codiceCliente: string,
    accountEmail: string | undefined,
  ): Promise<Result<string>> {
    const account = await accounts.acting(caller, codiceCliente, accountEmail)
    if (!account.ok) return account
    return (await accounts.holds(db, account.value, codiceCliente)) ? account : fail('NOT_FOUND')
  }

  /** A challenge is answered by its account's customer, or by the desk serving its customer. */
  const mayAnswer = (caller: Caller, row: { account_id: string; codice_cliente: string }) =>
    subjectKindOf(caller) === 'operator'
      ? caller.serving === row.codice_cliente
      : caller.role === 'customer' && caller.actorId === row.account_id

  async function status(
    { codiceCliente, accountEmail }: ChannelInput<'channel:status'>,
    caller: Caller,
  ): Promise<Result<ChannelOutput<'channel:status'>>> {
    const held = await holder(caller, codiceCliente, accountEmail)
    if (!held.ok) return held
    const accountId = held.value
    const customer = await customerByCode(db, codiceCliente)
    if (!customer) return fail('NOT_FOUND')
    const now = clock.now().toISOString()
    const channel = await channelOf(db, accountId, codiceCliente)
    const challenges = await challengesOf(db, accountId, codiceCliente)
    const pending = challenges.find((c) => c.status === 'open' && c.expires_at > now)
    return ok({
      confirmed: channel
        ? {
            medium: channel.medium,
            contact: maskContact(channel.contact)!,
            at: channel.confirmed_at,
          }
        : null,
      onFile: { email: maskContact(customer.email), mobile: maskContact(customer.mobile) },
      pending: pending
        ? {
            challengeId: pending.id,
            medium: pending.medium,
            contact: maskContact(pending.contact)!,
            expiresAt: pending.expires_at,
          }
        : null,
      offerOtherMedium: challenges.some((c) => c.wrong_tries === 0 && c.expires_at <= now),
    })
  }

  async function reconfirm(
    {
      codiceCliente,
      accountEmail,
      identifier,
      password,
    }: Revealed<ChannelInput<'channel:reconfirm'>>,
    caller: Caller,
  ): Promise<Result<null>> {
    const held = await holder(caller, codiceCliente, accountEmail)
    if (!held.ok) return held
    const accountId = held.value
    const checked = await accounts.reconfirm(accountId, { identifier, password }, caller)
    if (!checked.ok) return checked
    reconfirmed.set(screenOf(caller), {
      accountId,
      codiceCliente,
      until: clock.now().getTime() + RECONFIRMED_FOR_MS,
    })
    return ok(null)
  }

  async function sendOtp(
    { codiceCliente, accountEmail, medium, locale }: ChannelInput<'channel:send-otp'>,
    caller: Caller,
  ): Promise<Result<ChannelOutput<'channel:send-otp'>>> {
    const held = await holder(caller, codiceCliente, accountEmail)
    if (!held.ok) return held
    const accountId = held.value
    const customer = await customerByCode(db, codiceCliente)
    if (!customer) return fail('NOT_FOUND')
    const now = clock.now()
    const proof = reconfirmed.get(screenOf(caller))
    if (
      !proof ||
      proof.accountId !== accountId ||
      proof.codiceCliente !== codiceCliente ||
      proof.until <= now.getTime()
    )
      return fail('RECONFIRM_REQUIRED')
    const contact = medium === 'email' ? customer.email : customer.mobile
    if (!contact) return fail('CONTACT_NOT_ON_FILE')
    // A mobile on file that is not one (a landline in the registry) cannot take an SMS.
    if (medium === 'sms' && !validateMobile(contact).ok) return fail('CONTACT_NOT_ON_FILE')
    if (medium === 'sms' && !deps.smsAvailable()) return fail('SMS_UNAVAILABLE')

    const challenges = await challengesOf(db, accountId, codiceCliente)
    const valid = challenges.find((c) => c.status === 'open' && c.expires_at > now.toISOString())
    // No other OTP while one is good (seed 003): the screen counts down to `until`.
    if (valid) return fail('OTP_STILL_VALID', { params: { until: valid.expires_at } })
    if ((await sentSince(db, accountId, new Date(now.getTime() - HOUR_MS))) >= OTP_SENDS_PER_HOUR)
      return fail('RATE_LIMITED', {
        params: { until: new Date(now.getTime() + HOUR_MS).toISOString() },
      })
    const screen = screenOf(caller)
    const recent = (screenSends.get(screen) ?? []).filter((t) => t > now.getTime() - HOUR_MS)
    if (recent.length >= OTP_SENDS_PER_SCREEN_HOUR)
      return fail('RATE_LIMITED', {
        params: { until: new Date(recent[0]! + HOUR_MS).toISOString() },
      })
    screenSends.set(screen, [...recent, now.getTime()])

    const id = random.uuid()
    const code = newCode(random)
    const expiresAt = new Date(now.getTime() + OTP_VALIDITY_MS).toISOString()
    await db.transaction(async (trx) => {
      for (const expired of challenges.filter((c) => c.status === 'open'))
        await audit.record(trx, caller, {
          subject: accountId,
          action: 'channel.otp-expired',
          outcome: 'denied',
          detail: { challenge: expired.id, medium: expired.medium },
        })
      await closeOpenChallenges(trx, accountId, codiceCliente, now)
      await insertChallenge(trx, {
        id,
        account_id: accountId,
        codice_cliente: codiceCliente,
        medium,
        contact,
        code_hash: codeHash(id, code),
        created_at: now.toISOString(),
        expires_at: expiresAt,
        wrong_tries: 0,
        status: 'open',
        closed_at: null,
      })
      const name = givenNameFirst(customer.name, customer.kind)
      if (medium === 'sms')
        await deps.enqueueSms(trx, {
          to: contact,
          locale,
          template: 'otp-sms',
          params: { name, code },
        })
      else
        await deps.enqueueMail(trx, {
          to: contact,
          locale,
          template: 'otp-code',
          params: { name, code },
        })
      await audit.record(trx, caller, {
        subject: accountId,
        action: 'channel.otp-sent',
        outcome: 'ok',
        detail: { challenge: id, medium },
      })
    })
    return ok({ challengeId: id, expiresAt })
  }

  async function verifyOtp(
    { challengeId, code, locale }: Revealed<ChannelInput<'channel:verify-otp'>>,
    caller: Caller,
  ): Promise<Result<null>> {
    const now = clock.now()
    // Every try counts on the screen too, before anything is looked at.
    const counted = await reserveAttempts(
      db,
      [{ key: deviceKey(caller), policy: DEVICE_POLICY }],
      now,
    )
    if (counted.refused)
      return fail('DEVICE_LOCKED', { params: { until: counted.refused.until.toISOString() } })
    const [attempt] = counted.reservations
    const row = await challengeById(db, challengeId)
    if (!row || !mayAnswer(caller, row)) return fail('TOKEN_INVALID')
    if (row.status === 'confirmed') return fail('TOKEN_USED')
    if (row.status === 'failed') return fail('TOO_MANY_ATTEMPTS')
    if (row.expires_at <= now.toISOString()) {
      await audit.record(db, caller, {
        subject: row.account_id,
        action: 'channel.otp-expired',
        outcome: 'denied',
        detail: { challenge: row.id, medium: row.medium },
      })
      return fail('TOKEN_EXPIRED')
    }

    if (!sameHash(codeHash(row.id, code), row.code_hash)) {
      const tries = await countWrongTry(db, row.id, OTP_MAX_TRIES, now)
      await audit.record(db, caller, {
        subject: row.account_id,
        action: 'channel.otp-wrong',
        outcome: 'denied',
        detail: { challenge: row.id, tries },
      })
      if (tries === null || tries >= OTP_MAX_TRIES) return fail('TOO_MANY_ATTEMPTS')
      return fail('TOKEN_INVALID', { params: { remaining: OTP_MAX_TRIES - tries } })
    }

    const customer = await customerByCode(db, row.codice_cliente)
    const confirmed = await db.transaction(async (trx) => {
      if (!(await confirmChallenge(trx, row.id, now))) return false
      await saveChannel(trx, {
        id: random.uuid(),
        account_id: row.account_id,
        codice_cliente: row.codice_cliente,
        medium: row.medium,
        contact: row.contact,
        confirmed_at: now.toISOString(),
      })
      await accounts.markChannelConfirmed(trx, row.account_id, row.codice_cliente)
      // Seed 003: the first-access password goes over the channel just confirmed.
      const password = await accounts.issueFirstAccessPassword(trx, row.account_id)
      const params = {
        name: customer ? givenNameFirst(customer.name, customer.kind) : undefined,
        password,
      }
      if (row.medium === 'sms')
        await deps.enqueueSms(trx, {
          to: row.contact,
          locale,
          template: 'first-access-password-sms',
          params,
        })
      else
        await deps.enqueueMail(trx, {
          to: row.contact,
          locale,
          template: 'first-access-password',
          params,
        })
      await audit.record(trx, caller, {
        subject: row.account_id,
        action: 'channel.confirmed',
        outcome: 'ok',
        detail: { challenge: row.id, medium: row.medium },
      })
      return true
    })
    if (!confirmed) return fail('TOKEN_USED')
    await releaseAttempt(db, attempt!)
    reconfirmed.delete(screenOf(caller))
    return ok(null)
  }

  /** Disposizioni (issue #13) go only through an account's confirmed channel for the customer. */
  async function requireChannel(
    trx: Db,
    accountId: string,
    codiceCliente: string,
  ): Promise<Result<null>> {
    return (await channelOf(trx, accountId, codiceCliente))
      ? ok(null)
      : fail('SECURE_CHANNEL_REQUIRED')
  }

  /** The customer's contacts changed or their access was reset: every channel of theirs ends. */
  async function revokeChannels(trx: Db, codiceCliente: string, caller: Caller): Promise<void> {
    const dropped = await dropChannelsOf(trx, codiceCliente)
    if (dropped > 0)
      await audit.record(trx, caller, {
        subject: codiceCliente,
        action: 'channel.revoked',
        outcome: 'ok',
        detail: { channels: dropped },
      })
  }

  /** The screen's customer is gone: its phase I is forgotten. */
  function forgetScreen(caller: Caller): void {
    reconfirmed.delete(screenOf(caller))
  }

  return { status, reconfirm, sendOtp, verifyOtp, requireChannel, revokeChannels, forgetScreen }
}

export type SecureChannel = ReturnType<typeof createSecureChannel>
export type { Medium }
