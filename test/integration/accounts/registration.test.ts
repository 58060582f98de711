// Registration, confirmation, login and logout, as a customer at the kiosk walks them,
// through the registry on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  startHarness,
  privateCustomer,
  businessCustomer,
  type Harness,
} from '../../support/counter-harness'

let h: Harness
beforeEach(async () => (h = await startHarness()))
afterEach(async () => h.dispose())

const form = {
  email: 'Laura.Bianchi@Example.it ',
  password: 'Bolletta-Luce-26',
  passwordConfirm: 'Bolletta-Luce-26',
  customerKind: 'private' as const,
  codiceCliente: privateCustomer.codice_cliente,
  customerCode: privateCustomer.codice_iss,
  acceptTerms: true as const,
  locale: 'it' as const,
}

describe('registration (REGISTRATI)', () => {
  it('creates an inactive account and mails a link and a code', async () => {
    const kiosk = h.connection()
    expect(await h.call(kiosk, 'accounts:register', form)).toEqual({
      ok: true,
      value: { email: 'laura.bianchi@example.it' },
    })
    const account = await h.db('counter_accounts').first()
    expect(account).toMatchObject({ email: 'laura.bianchi@example.it', status: 'pending' })
    expect(account.password_hash).toMatch(/^scrypt\$/)
    expect(account.password_hash).not.toContain(form.password)
    const mail = await h.lastMail('laura.bianchi@example.it')
    expect(mail?.template).toBe('registration-confirm')
    expect(mail?.params.code).toMatch(/^\d{6}$/)
    expect(mail?.params.token!.length).toBeGreaterThanOrEqual(43) // 256 bits, base64url
    // The database keeps only hashes of the token and the code.
    const token = await h.db('counter_account_tokens').first()
    expect(JSON.stringify(token)).not.toContain(mail!.params.token)
    expect(JSON.stringify(token)).not.toContain(mail!.params.code)
  })

  it('refuses to log in before confirmation, then confirms with the code and logs in', async () => {
    const kiosk = h.connection()
    await h.call(kiosk, 'accounts:register', form)
    const login = { identifier: 'laura.bianchi@example.it', password: form.password }
    expect(await h.call(kiosk, 'accounts:login', login)).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT_NOT_CONFIRMED' },
    })

    const { code } = (await h.lastMail('laura.bianchi@example.it'))!.params
    expect(
      await h.call(kiosk, 'accounts:confirm', { email: 'laura.bianchi@example.it', code: code! }),
    ).toEqual({ ok: true, value: null })
    const session = await h.call(kiosk, 'accounts:login', login)
    expect(session).toMatchObject({
      ok: true,
      value: {
        kind: 'customer',
        email: 'laura.bianchi@example.it',
        customers: [{ codiceCliente: '10000001', name: 'Bianchi Laura' }],
      },
    })
    expect(await h.call(kiosk, 'session:current', {})).toMatchObject({
      value: { kind: 'customer' },
    })
    await h.call(kiosk, 'session:logout', {})
    expect(await h.call(kiosk, 'session:current', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
  })

  it('logs in with the codice fiscale in any letter case', async () => {
    const kiosk = h.connection()
    await h.call(kiosk, 'accounts:register', form)
    const { token } = (await h.lastMail('laura.bianchi@example.it'))!.params
    await h.call(kiosk, 'accounts:confirm', { token: token! })
    const result = await h.call(kiosk, 'accounts:login', {
      identifier: privateCustomer.codice_fiscale.toLowerCase(),
      password: form.password,
    })
    expect(result.ok).toBe(true)
  })

  it('asks the C.O.E. of a business and refuses an ISS, changing nothing', async () => {
    const kiosk = h.connection()
    const wrong = await h.call(kiosk, 'accounts:register', {
      ...form,
      email: 'amm@titano.example.sm',
      customerKind: 'business',
      codiceCliente: businessCustomer.codice_cliente,
      customerCode: '123456',
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'CUSTOMER_NOT_MATCHED' } })
    expect(await h.db('counter_accounts').count({ n: '*' }).first()).toEqual({ n: 0 })
    expect(await h.db('counter_outbox').count({ n: '*' }).first()).toEqual({ n: 0 })
    const right = await h.call(kiosk, 'accounts:register', {
      ...form,
      email: 'amm@titano.example.sm',
      password: 'Fattura#Gas-77',
      passwordConfirm: 'Fattura#Gas-77',
      customerKind: 'business',
      codiceCliente: businessCustomer.codice_cliente,
      customerCode: 'sm12345',
    })
    expect(right.ok).toBe(true)
  })

  it.each([
    [
      { password: 'corta1!', passwordConfirm: 'corta1!' },
      'PASSWORD_POLICY',
      ['PASSWORD_TOO_SHORT', 'PASSWORD_NEEDS_UPPER'],
    ],
    [
      { password: 'Password1!', passwordConfirm: 'Password1!' },
      'PASSWORD_POLICY',
      ['PASSWORD_TOO_COMMON'],
    ],
    [
      { password: 'Bianchi-Luce-26', passwordConfirm: 'Bianchi-Luce-26' },
      'PASSWORD_POLICY',
      ['PASSWORD_CONTAINS_PERSONAL'],
    ],
    [{ passwordConfirm: 'Bolletta-Luce-27' }, 'PASSWORDS_DIFFER', ['PASSWORDS_DIFFER']],
  ])('refuses %j with %s naming each rule', async (change, code, rules) => {
    const result = await h.call(h.connection(), 'accounts:register', { ...form, ...change })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    expect(result.error.issues?.map((i) => i.code)).toEqual(expect.arrayContaining(rules))
    expect(await h.db('counter_accounts').count({ n: '*' }).first()).toEqual({ n: 0 })
  })

  it('refuses a form without ACCETTA', async () => {
    const result = await h.call(h.connection(), 'accounts:register', {
      ...form,
      acceptTerms: false as unknown as true,
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'acceptTerms' }] },
    })
  })

  it('answers a second registration of the same email exactly like the first, and tells the owner', async () => {
    const first = await h.call(h.connection(), 'accounts:register', form)
    const { token } = (await h.lastMail('laura.bianchi@example.it'))!.params
    await h.call(h.connection(), 'accounts:confirm', { token: token! })
    const second = await h.call(h.connection(), 'accounts:register', {
      ...form,
      password: 'Altra-Chiave-99',
      passwordConfirm: 'Altra-Chiave-99',
    })
    expect(second).toEqual(first)
    expect(await h.db('counter_accounts').count({ n: '*' }).first()).toEqual({ n: 1 })
    expect((await h.lastMail('laura.bianchi@example.it'))?.template).toBe('already-registered')
  })
})

describe('confirmation tokens', () => {
  async function registered() {
    await h.call(h.connection(), 'accounts:register', form)
    return (await h.lastMail('laura.bianchi@example.it'))!.params as { token: string; code: string }
  }

  it('are single use: a replayed link is refused', async () => {
    const { token } = await registered()
    expect((await h.call(h.connection(), 'accounts:confirm', { token })).ok).toBe(true)
    expect(await h.call(h.connection(), 'accounts:confirm', { token })).toMatchObject({
      error: { code: 'TOKEN_USED' },
    })
  })

  it('expire after 24 hours', async () => {
    const { token } = await registered()
    h.clock.advance(24 * 3600_000 + 1000)
    expect(await h.call(h.connection(), 'accounts:confirm', { token })).toMatchObject({
      error: { code: 'TOKEN_EXPIRED' },
    })
    expect((await h.db('counter_accounts').first()).status).toBe('pending')
  })

  it('still work at 23:59', async () => {
    const { token } = await registered()
    h.clock.advance(24 * 3600_000 - 60_000)
    expect((await h.call(h.connection(), 'accounts:confirm', { token })).ok).toBe(true)
  })

  it('allow 5 wrong codes, then refuse even the right one', async () => {
    const { code } = await registered()
    const wrong = code === '000000' ? '111111' : '000000'
    const email = 'laura.bianchi@example.it'
    for (let i = 0; i < 4; i++) {
      expect(
        await h.call(h.connection(), 'accounts:confirm', { email, code: wrong }),
      ).toMatchObject({ error: { code: 'TOKEN_INVALID' } })
    }
    expect(await h.call(h.connection(), 'accounts:confirm', { email, code: wrong })).toMatchObject({
      error: { code: 'TOO_MANY_ATTEMPTS' },
    })
    expect(await h.call(h.connection(), 'accounts:confirm', { email, code })).toMatchObject({
      error: { code: 'TOO_MANY_ATTEMPTS' },
    })
  })

  it('succeed once when the same link is used twice at the same moment', async () => {
    const { token } = await registered()
    const results = await Promise.all([
      h.call(h.connection(), 'accounts:confirm', { token }),
      h.call(h.connection(), 'accounts:confirm', { token }),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
  })

  it('resending is limited to one mail a minute, with the same answer', async () => {
    await registered()
    const email = 'laura.bianchi@example.it'
    const count = async () => Number((await h.db('counter_outbox').count({ n: '*' }).first())!.n)
    expect(await count()).toBe(1)
    expect(
      await h.call(h.connection(), 'accounts:resend-confirmation', { email, locale: 'it' }),
    ).toEqual({ ok: true, value: null })
    expect(await count()).toBe(1)
    h.clock.advance(61_000)
    await h.call(h.connection(), 'accounts:resend-confirmation', { email, locale: 'en' })
    expect(await count()).toBe(2)
    // The earlier code no longer works: only the newest token is valid.
    expect(
      await h.call(h.connection(), 'accounts:resend-confirmation', {
        email: 'nobody@example.it',
        locale: 'it',
      }),
    ).toEqual({ ok: true, value: null })
  })
})
