// "Hai dimenticato la password?", password changes, first-access passwords and lockout.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { assembleServices } from '../../../src-main/counter'
import { FREE_FAILURES } from '../../../src-main/features/credentials'
import { createPasswordHasher } from '../../../src-main/infra/crypto/password-hash'
import { startHarness, privateCustomer, type Harness } from '../../support/counter-harness'

let h: Harness
beforeEach(async () => (h = await startHarness()))
afterEach(async () => h.dispose())

const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'

async function activeAccount() {
  await h.call(h.connection(), 'accounts:register', {
    email,
    password,
    passwordConfirm: password,
    customerKind: 'private',
    codiceCliente: privateCustomer.codice_cliente,
    customerCode: privateCustomer.codice_iss,
    acceptTerms: true,
    locale: 'it',
  })
  const { token } = (await h.lastMail(email))!.params
  await h.call(h.connection(), 'accounts:confirm', { token: token! })
}

async function loggedIn(pw = password) {
  const connection = h.connection()
  const result = await h.call(connection, 'accounts:login', { identifier: email, password: pw })
  return { connection, result }
}

describe('password recovery', () => {
  it('answers alike for a registered and an unknown email, mailing only the registered one', async () => {
    await activeAccount()
    const before = Number((await h.db('counter_outbox').count({ n: '*' }).first())!.n)
    const known = await h.call(h.connection(), 'accounts:request-password-reset', {
      email,
      locale: 'it',
    })
    const unknown = await h.call(h.connection(), 'accounts:request-password-reset', {
      email: 'mai.visto@example.it',
      locale: 'it',
    })
    expect(known).toEqual(unknown)
    expect(Number((await h.db('counter_outbox').count({ n: '*' }).first())!.n)).toBe(before + 1)
    expect((await h.lastMail(email))?.template).toBe('password-reset')
  })

  it('sets a new password with the code, ends every session and sends a notice', async () => {
    await activeAccount()
    const elsewhere = await loggedIn()
    expect(elsewhere.result.ok).toBe(true)
    await h.call(h.connection(), 'accounts:request-password-reset', { email, locale: 'it' })
    const { code } = (await h.lastMail(email))!.params
    const reset = await h.call(h.connection(), 'accounts:reset-password', {
      email,
      code: code!,
      newPassword: 'Nuova-Chiave-2027',
      newPasswordConfirm: 'Nuova-Chiave-2027',
    })
    expect(reset).toEqual({ ok: true, value: null })
    expect(await h.call(elsewhere.connection, 'session:current', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
    expect((await h.lastMail(email))?.template).toBe('password-changed')
    expect((await loggedIn()).result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' },
    })
    expect((await loggedIn('Nuova-Chiave-2027')).result.ok).toBe(true)
  })

  it('refuses a reset link after 30 minutes, and a replayed one', async () => {
    await activeAccount()
    await h.call(h.connection(), 'accounts:request-password-reset', { email, locale: 'en' })
    const { token } = (await h.lastMail(email))!.params
    const body = {
      token: token!,
      newPassword: 'Nuova-Chiave-2027',
      newPasswordConfirm: 'Nuova-Chiave-2027',
    }
    h.clock.advance(30 * 60_000 + 1)
    expect(await h.call(h.connection(), 'accounts:reset-password', body)).toMatchObject({
      error: { code: 'TOKEN_EXPIRED' },
    })

    h.clock.advance(60_000)
    await h.call(h.connection(), 'accounts:request-password-reset', { email, locale: 'en' })
    const fresh = (await h.lastMail(email))!.params.token!
    expect(
      (await h.call(h.connection(), 'accounts:reset-password', { ...body, token: fresh })).ok,
    ).toBe(true)
    expect(
      await h.call(h.connection(), 'accounts:reset-password', { ...body, token: fresh }),
    ).toMatchObject({ error: { code: 'TOKEN_USED' } })
  })

  it('keeps the policy: a weak new password changes nothing and spends no token', async () => {
    await activeAccount()
    await h.call(h.connection(), 'accounts:request-password-reset', { email, locale: 'it' })
    const { token } = (await h.lastMail(email))!.params
    const weak = await h.call(h.connection(), 'accounts:reset-password', {
      token: token!,
      newPassword: 'qwerty',
      newPasswordConfirm: 'qwerty',
    })
    expect(weak).toMatchObject({ ok: false, error: { code: 'PASSWORD_POLICY' } })
    const strong = await h.call(h.connection(), 'accounts:reset-password', {
      token: token!,
      newPassword: 'Nuova-Chiave-2027',
      newPasswordConfirm: 'Nuova-Chiave-2027',
    })
    expect(strong.ok).toBe(true)
  })
})

describe('password change', () => {
  it('keeps this session, ends the others, and refuses a wrong current password', async () => {
    await activeAccount()
    const here = await loggedIn()
    const there = await loggedIn()
    const wrong = await h.call(here.connection, 'session:change-password', {
      currentPassword: 'Sbagliata-1!',
      newPassword: 'Nuova-Chiave-2027',
      newPasswordConfirm: 'Nuova-Chiave-2027',
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } })
    const done = await h.call(here.connection, 'session:change-password', {
      currentPassword: password,
      newPassword: 'Nuova-Chiave-2027',
      newPasswordConfirm: 'Nuova-Chiave-2027',
    })
    expect(done.ok).toBe(true)
    expect(await h.call(here.connection, 'session:current', {})).toMatchObject({
      value: { kind: 'customer' },
    })
    expect(await h.call(there.connection, 'session:current', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
  })
})

describe('a new password', () => {
  it('may not be the current one', async () => {
    await activeAccount()
    const here = await loggedIn()
    expect(
      await h.call(here.connection, 'session:change-password', {
        currentPassword: password,
        newPassword: password,
        newPasswordConfirm: password,
      }),
    ).toEqual({
      ok: false,
      error: { code: 'PASSWORD_SAME', issues: [{ path: 'newPassword', code: 'PASSWORD_SAME' }] },
    })
  })
})

describe('first-access password', () => {
  async function issued() {
    await activeAccount()
    const account = await h.db('counter_accounts').first('id')
    return h.db.transaction((trx) => h.services.accounts.issueFirstAccessPassword(trx, account.id))
  }

  it('works once, and that session may only change the password', async () => {
    const temporary = await issued()
    const first = await loggedIn(temporary)
    expect(first.result).toMatchObject({
      ok: true,
      value: { kind: 'customer', mustChangePassword: true },
    })
    expect(
      await h.call(first.connection, 'accounts:resend-confirmation', { email, locale: 'it' }),
    ).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } })
    expect((await loggedIn(temporary)).result).toMatchObject({
      ok: false,
      error: { code: 'TEMPORARY_PASSWORD_EXPIRED' },
    })
    const changed = await h.call(first.connection, 'session:change-password', {
      currentPassword: temporary,
      newPassword: 'Nuova-Chiave-2027',
      newPasswordConfirm: 'Nuova-Chiave-2027',
    })
    expect(changed.ok).toBe(true)
    expect(await h.call(first.connection, 'session:current', {})).toMatchObject({
      value: { kind: 'customer', mustChangePassword: false },
    })
    expect((await loggedIn('Nuova-Chiave-2027')).result.ok).toBe(true)
  })

  it('expires after 24 hours', async () => {
    const temporary = await issued()
    h.clock.advance(24 * 3600_000 + 1)
    expect((await loggedIn(temporary)).result).toMatchObject({
      ok: false,
      error: { code: 'TEMPORARY_PASSWORD_EXPIRED' },
    })
  })
})

describe('lockout', () => {
  it(`locks after ${FREE_FAILURES} failures with the time it ends, longer each time, across a restart`, async () => {
    await activeAccount()
    for (let i = 1; i < FREE_FAILURES; i++) {
      expect((await loggedIn('Sbagliata-1!')).result).toMatchObject({
        error: { code: 'INVALID_CREDENTIALS' },
      })
    }
    const locked = (await loggedIn('Sbagliata-1!')).result
    expect(locked).toEqual({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED', params: { until: '2026-11-22T09:01:00.000Z' } },
    })
    // Even the right password waits.
    expect((await loggedIn()).result).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } })

    // A restart forgets nothing: new services over the same database file.
    const restarted = assembleServices(h.deps)
    expect(
      await restarted.registry.invoke(
        'accounts:login',
        { identifier: email, password },
        h.connection(),
      ),
    ).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } })

    h.clock.advance(60_000)
    // After a lock: one more try, with a warning; the next wrong one locks again, for longer.
    expect((await loggedIn('Sbagliata-1!')).result).toEqual({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS', params: { remaining: 1 } },
    })
    expect((await loggedIn('Sbagliata-1!')).result).toEqual({
      ok: false,
      error: { code: 'ACCOUNT_LOCKED', params: { until: '2026-11-22T09:06:00.000Z' } },
    })
    h.clock.advance(5 * 60_000)
    expect((await loggedIn()).result.ok).toBe(true)
    // Success clears the count.
    expect((await loggedIn('Sbagliata-1!')).result).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS' },
    })
  })

  it('warns from the third failure how many tries remain, alike for an unknown email', async () => {
    await activeAccount()
    const attempt = (identifier: string) =>
      h.call(h.connection(), 'accounts:login', { identifier, password: 'Sbagliata-1!' })
    const remaining: unknown[] = []
    for (let i = 1; i < FREE_FAILURES; i++) {
      const [known, unknown] = [await attempt(email), await attempt('nessuno@example.it')]
      expect(unknown).toEqual(known)
      expect(known).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } })
      remaining.push(!known.ok && known.error.params?.remaining)
    }
    expect(remaining).toEqual([undefined, undefined, 2, 1])
  })

  it('locks an unknown email exactly like a known one', async () => {
    await activeAccount()
    const attempt = (identifier: string) =>
      h.call(h.connection(), 'accounts:login', { identifier, password: 'Sbagliata-1!' })
    for (let i = 0; i < FREE_FAILURES; i++) {
      const [known, unknown] = [await attempt(email), await attempt('nessuno@example.it')]
      expect(unknown).toEqual(known)
    }
  })

  it('an operator unlocks the account after checking ID, and the audit log says who', async () => {
    await activeAccount()
    for (let i = 0; i < FREE_FAILURES; i++) await loggedIn('Sbagliata-1!')
    const desk = h.connection()
    await h.db('counter_operators').insert({
      id: '00000000-0000-4000-8000-000000000001',
      username: 'front',
      display_name: 'Front Desk',
      role: 'front_desk',
      password_hash: await createPasswordHasher({ N: 2 ** 10, r: 8, p: 1 }).hash(
        'Sportello-Front-26!',
      ),
      created_at: '2026-01-01T00:00:00Z',
    })
    // The harness runs in kiosk mode, where operators cannot sign in: the service is called directly.
    const operatorCaller = {
      ...desk,
      role: 'front_desk' as const,
      actorId: '00000000-0000-4000-8000-000000000001',
      sessionId: null,
      mustChangePassword: false,
    }
    expect(await h.services.accounts.unlock({ email }, operatorCaller)).toEqual({
      ok: true,
      value: null,
    })
    expect((await loggedIn()).result.ok).toBe(true)
    const entry = await h.db('counter_audit_log').where({ action: 'account.unlock' }).first()
    expect(entry).toMatchObject({
      actor_kind: 'operator',
      actor_id: '00000000-0000-4000-8000-000000000001',
      outcome: 'ok',
    })
  })

  it('an anonymous caller cannot unlock, at a desk or at a kiosk', async () => {
    const desk = await startHarness({ mode: 'desk' })
    try {
      expect(await desk.call(desk.connection(), 'accounts:unlock', { email })).toMatchObject({
        error: { code: 'FORBIDDEN' },
      })
    } finally {
      await desk.dispose()
    }
    // A kiosk serves no desk channel at all.
    expect(await h.call(h.connection(), 'accounts:unlock', { email })).toMatchObject({
      error: { code: 'NOT_IN_THIS_MODE' },
    })
  })
})

describe('audit', () => {
  it('records every login result and never a secret', async () => {
    await activeAccount()
    await loggedIn('Sbagliata-1!')
    await loggedIn()
    const rows = await h.db('counter_audit_log').where('action', 'like', 'account.%').select()
    expect(rows.map((r) => `${r.action}:${r.outcome}`)).toEqual(
      expect.arrayContaining([
        'account.register:ok',
        'account.confirm:ok',
        'account.login:denied',
        'account.login:ok',
      ]),
    )
    const all = JSON.stringify(await h.db('counter_audit_log').select())
    const mail = (await h.db('counter_outbox').select('payload_json')).map((r) =>
      JSON.parse(r.payload_json),
    )
    expect(all).not.toContain(password)
    expect(all).not.toContain('Sbagliata-1!')
    for (const m of mail)
      for (const v of [m.token, m.code]) if (v && v !== '[redacted]') expect(all).not.toContain(v)
  })
})
