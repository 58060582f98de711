// The secure channel's OTP (issue #12, seed 003), with the injected clock: accepted at 4:59,
// refused at 5:01; RIGENERA refused before expiry and accepted after; the 6th try refused; two
// concurrent verifications confirm once; then the channel is recorded, the association may start
// disposizioni, and a first-access password goes over the channel. Never the code in the audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeSessionTimeouts } from '../../../src-main/features/settings'
import type { Channel, ChannelInput } from '../../../src-shared/ipc'
import {
  businessCustomer,
  privateCustomer,
  startHarness,
  type Harness,
} from '../../support/counter-harness'

let h: Harness
let kiosk: ReturnType<Harness['connection']>
const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'
const codiceCliente = privateCustomer.codice_cliente

async function signedInAtKiosk(options: { sms?: boolean } = {}) {
  h = await startHarness({ mode: 'kiosk', ...options })
  // Waiting for an OTP by mail may take minutes without a touch: the kiosk's longest timeout.
  await writeSessionTimeouts(h.db, { kioskIdleSeconds: 900, deskIdleMinutes: 10 }, h.clock.now())
  kiosk = await h.confirmedAccount(email, password)
}
beforeEach(() => signedInAtKiosk())
afterEach(async () => h.dispose())

/** Phases I and II: the credentials again, then an OTP by email; the code from the mail. */
async function otpSent() {
  expect(
    await h.call(kiosk, 'channel:reconfirm', {
      codiceCliente,
      identifier: privateCustomer.codice_fiscale,
      password,
    }),
  ).toEqual({ ok: true, value: null })
  const sent = await h.call(kiosk, 'channel:send-otp', {
    codiceCliente,
    medium: 'email',
    locale: 'it',
  })
  if (!sent.ok) throw new Error(sent.error.code)
  const mail = await h.lastMail(privateCustomer.email)
  expect(mail?.template).toBe('otp-code')
  return { challengeId: sent.value.challengeId, code: mail!.params.code! }
}

const verify = (challengeId: string, code: string) =>
  h.call(kiosk, 'channel:verify-otp', { challengeId, code, locale: 'it' })

const wrongOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

describe('phase I and II', () => {
  it('shows the contacts on file, masked, and asks for the credentials first', async () => {
    expect(await h.call(kiosk, 'channel:status', { codiceCliente })).toEqual({
      ok: true,
      value: {
        confirmed: null,
        onFile: { email: 'la***@example.it', mobile: '+39 *** *** 4567' },
        pending: null,
        offerOtherMedium: false,
      },
    })
    expect(
      await h.call(kiosk, 'channel:send-otp', { codiceCliente, medium: 'email', locale: 'it' }),
    ).toMatchObject({ ok: false, error: { code: 'RECONFIRM_REQUIRED' } })
    expect(
      await h.call(kiosk, 'channel:reconfirm', {
        codiceCliente,
        identifier: email,
        password: 'Sbagliata-1!',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } })
    // Another account's credentials are wrong credentials here.
    expect(
      await h.call(kiosk, 'channel:reconfirm', {
        codiceCliente,
        identifier: 'altro@example.it',
        password,
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } })
    // A customer the account does not hold is nobody's business here.
    expect(
      await h.call(kiosk, 'channel:status', { codiceCliente: businessCustomer.codice_cliente }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('sends no other OTP while one is good, and RIGENERA after it expired', async () => {
    const { challengeId } = await otpSent()
    const again = await h.call(kiosk, 'channel:send-otp', {
      codiceCliente,
      medium: 'email',
      locale: 'it',
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'OTP_STILL_VALID' } })
    expect(!again.ok && again.error.params?.until).toBe('2026-11-22T09:05:00.000Z')
    expect(await h.call(kiosk, 'channel:status', { codiceCliente })).toMatchObject({
      value: { pending: { challengeId, medium: 'email', contact: 'la***@example.it' } },
    })

    h.clock.advance(5 * 60_000 + 1_000)
    const regenerated = await h.call(kiosk, 'channel:send-otp', {
      codiceCliente,
      medium: 'email',
      locale: 'it',
    })
    expect(regenerated).toMatchObject({ ok: true })
    // The first expired unused: the screen offers the other medium too.
    expect(await h.call(kiosk, 'channel:status', { codiceCliente })).toMatchObject({
      value: { offerOtherMedium: true },
    })
  })

  it('refuses a medium without a contact on file, and SMS without a gateway', async () => {
    await h.call(kiosk, 'channel:reconfirm', { codiceCliente, identifier: email, password })
    expect(
      await h.call(kiosk, 'channel:send-otp', { codiceCliente, medium: 'sms', locale: 'it' }),
    ).toMatchObject({ ok: false, error: { code: 'SMS_UNAVAILABLE' } })
  })

  it('sends at most 5 OTPs an hour to an account', async () => {
    await h.call(kiosk, 'channel:reconfirm', { codiceCliente, identifier: email, password })
    const answers = []
    for (let i = 0; i < 6; i++) {
      answers.push(
        await h.call(kiosk, 'channel:send-otp', { codiceCliente, medium: 'email', locale: 'it' }),
      )
      h.clock.advance(5 * 60_000 + 1_000)
      await h.call(kiosk, 'channel:reconfirm', { codiceCliente, identifier: email, password })
    }
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      'RATE_LIMITED',
    ])
  })
})

describe('by SMS', () => {
  it('sends the OTP to the mobile on file, and the first-access password by SMS too', async () => {
    // A counter with an SMS gateway (the demo catcher or the admin's).
    await h.dispose()
    await signedInAtKiosk({ sms: true })
    const call = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
      h.call(kiosk, channel, input)
    await call('channel:reconfirm', { codiceCliente, identifier: email, password })
    const sent = await call('channel:send-otp', { codiceCliente, medium: 'sms', locale: 'it' })
    expect(sent).toMatchObject({ ok: true })
    const row = await h.db('counter_outbox').where({ template: 'otp-sms' }).first()
    expect(row).toMatchObject({ channel: 'sms', recipient: privateCustomer.mobile })
    const { code } = (await h.lastMail(privateCustomer.mobile))!.params
    if (!sent.ok) throw new Error(sent.error.code)
    const { challengeId } = sent.value
    expect(await call('channel:verify-otp', { challengeId, code: code!, locale: 'it' })).toEqual({
      ok: true,
      value: null,
    })
    expect((await h.lastMail(privateCustomer.mobile))?.template).toBe('first-access-password-sms')
  })
})

describe('phase III', () => {
  it('accepts the OTP at 4:59', async () => {
    const { challengeId, code } = await otpSent()
    h.clock.advance(4 * 60_000 + 59_000)
    expect(await verify(challengeId, code)).toEqual({ ok: true, value: null })
  })

  it('refuses it at 5:01', async () => {
    const { challengeId, code } = await otpSent()
    h.clock.advance(5 * 60_000 + 1_000)
    expect(await verify(challengeId, code)).toMatchObject({
      ok: false,
      error: { code: 'TOKEN_EXPIRED' },
    })
    const audit = await h.db('counter_audit_log').where({ action: 'channel.otp-expired' })
    expect(audit).toHaveLength(1)
  })

  it('ends the challenge at the 5th wrong try: the 6th, even right, is refused', async () => {
    const { challengeId, code } = await otpSent()
    const answers = []
    for (let i = 0; i < 5; i++) answers.push(await verify(challengeId, wrongOf(code)))
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual([
      'TOKEN_INVALID',
      'TOKEN_INVALID',
      'TOKEN_INVALID',
      'TOKEN_INVALID',
      'TOO_MANY_ATTEMPTS',
    ])
    expect(answers[0]).toMatchObject({ error: { params: { remaining: 4 } } })
    expect(await verify(challengeId, code)).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS' },
    })
  })

  it('40 wrong tries at once take at most 5', async () => {
    const { challengeId, code } = await otpSent()
    await Promise.all(Array.from({ length: 40 }, () => verify(challengeId, wrongOf(code))))
    const row = await h.db('counter_otp_challenges').where({ id: challengeId }).first()
    expect(row).toMatchObject({ wrong_tries: 5, status: 'failed' })
  })

  it('two concurrent verifications of one OTP: one success', async () => {
    const { challengeId, code } = await otpSent()
    const answers = await Promise.all([verify(challengeId, code), verify(challengeId, code)])
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'TOKEN_USED' } })
    expect(await h.db('counter_secure_channels').count({ n: '*' })).toEqual([{ n: 1 }])
    expect(await h.db('counter_outbox').where({ template: 'first-access-password' })).toHaveLength(
      1,
    )
  })

  it('records the channel, frees the association, and sends a first-access password over it', async () => {
    const { challengeId, code } = await otpSent()
    expect(await verify(challengeId, code)).toEqual({ ok: true, value: null })
    const channel = await h.db('counter_secure_channels').first()
    expect(channel).toMatchObject({
      codice_cliente: codiceCliente,
      medium: 'email',
      contact: privateCustomer.email,
    })
    // The first-access password ends the sessions: the customer signs in with it and must change it.
    expect(await h.call(kiosk, 'session:current', {})).toMatchObject({
      value: { kind: 'anonymous' },
    })
    const mail = await h.lastMail(privateCustomer.email)
    expect(mail?.template).toBe('first-access-password')
    const screen = h.connection()
    const signedIn = await h.call(screen, 'accounts:login', {
      identifier: email,
      password: mail!.params.password!,
    })
    expect(signedIn).toMatchObject({ ok: true, value: { mustChangePassword: true } })
    await h.call(screen, 'session:change-password', {
      currentPassword: mail!.params.password!,
      newPassword: 'Canale-Sicuro-27',
      newPasswordConfirm: 'Canale-Sicuro-27',
    })
    expect(await h.call(screen, 'channel:status', { codiceCliente })).toMatchObject({
      value: { confirmed: { medium: 'email', contact: 'la***@example.it' }, pending: null },
    })
    // The audit tells each step, never the code.
    const audit = await h.db('counter_audit_log').where('action', 'like', 'channel.%')
    expect(audit.map((r) => r.action)).toEqual(['channel.otp-sent', 'channel.confirmed'])
    for (const row of audit) expect(JSON.stringify(row)).not.toContain(code)
  })

  it('is the challenge’s account’s only', async () => {
    const { challengeId, code } = await otpSent()
    const stranger = h.connection()
    expect(
      await h.call(stranger, 'channel:verify-otp', { challengeId, code, locale: 'it' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
