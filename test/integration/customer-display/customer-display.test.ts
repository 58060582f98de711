// The customer display, main side (issue #10 point 7): at a desk the customer types their secrets
// (a new password, a code from their mail) on a screen paired with the operator's; main keeps what
// they typed in memory, bound to the operator's session, and reveals it only to that operator's
// flow, named by the entry's id. An operator's call never carries a customer's secret itself.
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../../src-main/infra/log/logger'
import {
  privateCustomer,
  registrationOf,
  startHarness,
  type Harness,
} from '../../support/counter-harness'

let h: Harness
let lines: string[]
let desk: ReturnType<Harness['connection']>
const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'

beforeEach(async () => {
  lines = []
  const logger = createLogger({ level: 'trace', destination: { write: (s) => lines.push(s) } })
  h = await startHarness({ mode: 'desk', logger })
  desk = await h.signedInOperator()
})
afterEach(async () => h.dispose())

async function pairedDisplay(operator = desk) {
  const code = await h.call(operator, 'display:pairing-code', {})
  if (!code.ok) throw new Error(code.error.code)
  const display = h.connection()
  expect(await h.call(display, 'display:pair', { code: code.value.code })).toEqual({
    ok: true,
    value: { operatorName: 'Franca Sportello' },
  })
  return display
}

/** The operator asks, the customer types on the display: the entry's id. */
async function typedOnDisplay(
  display: ReturnType<Harness['connection']>,
  kind: 'new-password' | 'code',
  secret: string,
) {
  const asked = await h.call(desk, 'display:request-entry', { kind, email })
  if (!asked.ok) throw new Error(asked.error.code)
  const shown = await h.call(display, 'display:current', {})
  expect(shown).toMatchObject({ value: { entry: { id: asked.value.id, kind } } })
  const typed = await h.call(display, 'display:submit', {
    id: asked.value.id,
    secret,
    ...(kind === 'new-password' ? { confirm: secret } : {}),
  })
  expect(typed).toEqual({ ok: true, value: null })
  return { entry: asked.value.id }
}

// Each field its own object: main refuses a payload that holds one object twice.
const registrationFor = (ref: { entry: string }) => ({
  ...registrationOf(email, 'unused'),
  password: { ...ref },
  passwordConfirm: { ...ref },
})

describe('pairing', () => {
  it('pairs a display by the code the operator’s screen shows, once', async () => {
    const code = await h.call(desk, 'display:pairing-code', {})
    if (!code.ok) throw new Error(code.error.code)
    expect(code.value.code).toMatch(/^\d{6}$/)
    expect(await h.call(desk, 'display:status', {})).toMatchObject({ value: { paired: false } })
    const display = h.connection()
    // Typed with a space, as read off the screen ("123 456").
    const spaced = `${code.value.code.slice(0, 3)} ${code.value.code.slice(3)}`
    expect(await h.call(display, 'display:pair', { code: spaced })).toMatchObject({ ok: true })
    expect(await h.call(desk, 'display:status', {})).toMatchObject({ value: { paired: true } })
    expect(await h.call(display, 'display:current', {})).toMatchObject({
      value: { paired: true, operatorName: 'Franca Sportello', entry: null },
    })
    // Used: another page cannot pair with it again.
    expect(await h.call(h.connection(), 'display:pair', { code: code.value.code })).toMatchObject({
      ok: false,
      error: { code: 'PAIRING_CODE_INVALID' },
    })
  })

  it('refuses a wrong or expired code, and a screen that keeps guessing is locked', async () => {
    const code = await h.call(desk, 'display:pairing-code', {})
    if (!code.ok) throw new Error(code.error.code)
    h.clock.advance(5 * 60_000 + 1)
    expect(await h.call(h.connection(), 'display:pair', { code: code.value.code })).toMatchObject({
      ok: false,
      error: { code: 'PAIRING_CODE_INVALID' },
    })

    const fresh = await h.call(desk, 'display:pairing-code', {})
    if (!fresh.ok) throw new Error(fresh.error.code)
    const guesser = h.connection()
    const wrong = String((Number(fresh.value.code) + 1) % 1_000_000).padStart(6, '0')
    // 40 guesses at once: at most five are checked, then the screen waits.
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => h.call(guesser, 'display:pair', { code: wrong })),
    )
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code))
    expect(codes.filter((c) => c === 'PAIRING_CODE_INVALID').length).toBeLessThanOrEqual(5)
    expect(codes.every((c) => c === 'PAIRING_CODE_INVALID' || c === 'CHECKS_LOCKED')).toBe(true)
    // Locked: even the right code waits (and stays good for another screen).
    expect(await h.call(guesser, 'display:pair', { code: fresh.value.code })).toMatchObject({
      ok: false,
      error: { code: 'CHECKS_LOCKED' },
    })
    expect(await h.call(h.connection(), 'display:pair', { code: fresh.value.code })).toMatchObject({
      ok: true,
    })
  })

  it('never takes up the remembered operator session (RICORDAMI) on the customer’s screen', async () => {
    const remembered = h.connection()
    await h.db('counter_operators').update({ role: 'front_desk' })
    const login = await h.call(remembered, 'operators:login', {
      username: 'front-desk',
      password: 'Sportello-front_desk-26!',
      remember: true,
    })
    expect(login).toMatchObject({ ok: true })
    const code = await h.call(remembered, 'display:pairing-code', {})
    if (!code.ok) throw new Error(code.error.code)
    const display = h.connection()
    await h.call(display, 'display:pair', { code: code.value.code })
    expect(await h.call(display, 'session:resume', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
    // Any other new window of the desk does (the red-first check that resume works here).
    expect(await h.call(h.connection(), 'session:resume', {})).toMatchObject({
      value: { kind: 'operator' },
    })
  })

  it('is the operator’s until their sign-out', async () => {
    const display = await pairedDisplay()
    await h.call(desk, 'session:logout', {})
    expect(await h.call(display, 'display:current', {})).toMatchObject({
      value: { paired: false, entry: null },
    })
  })
})

describe('a secret typed on the customer display', () => {
  it('registers the customer with the password they typed, which the operator never sent', async () => {
    const display = await pairedDisplay()
    const ref = await typedOnDisplay(display, 'new-password', password)
    expect(await h.call(desk, 'display:status', {})).toMatchObject({
      value: { entry: { id: ref.entry, state: 'filled' } },
    })
    // The display never shows back what was typed: the field is gone.
    expect(await h.call(display, 'display:current', {})).toMatchObject({ value: { entry: null } })

    expect(await h.call(desk, 'accounts:register', registrationFor(ref))).toEqual({
      ok: true,
      value: { email },
    })
    const { token } = (await h.lastMail(email))!.params
    await h.call(h.connection(), 'accounts:confirm', { token: token! })
    expect(
      await h.call(h.connection(), 'accounts:login', { identifier: email, password }),
    ).toMatchObject({ ok: true, value: { kind: 'customer' } })

    // Nowhere at rest or in a log: the database file, its WAL, every log line.
    const file = readFileSync(h.deps.databaseFile)
    expect(file.includes(Buffer.from(password))).toBe(false)
    for (const line of lines) expect(line).not.toContain(password)
  })

  it('refuses an operator who sends the customer’s secret itself, and changes nothing', async () => {
    const answer = await h.call(desk, 'accounts:register', registrationOf(email, password))
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'CUSTOMER_ENTRY_REQUIRED', issues: [{ path: 'password' }] },
    })
    expect(await h.db('counter_accounts').count({ n: '*' })).toEqual([{ n: 0 }])
    expect(await h.lastMail(email)).toBeUndefined()
  })

  it('checks a new password on the display: typed twice, under the policy', async () => {
    const display = await pairedDisplay()
    const asked = await h.call(desk, 'display:request-entry', { kind: 'new-password', email })
    if (!asked.ok) throw new Error(asked.error.code)
    expect(
      await h.call(display, 'display:submit', {
        id: asked.value.id,
        secret: password,
        confirm: 'Bolletta-Luce-27',
      }),
    ).toMatchObject({ ok: false, error: { code: 'PASSWORDS_DIFFER' } })
    expect(
      await h.call(display, 'display:submit', {
        id: asked.value.id,
        secret: 'corta',
        confirm: 'corta',
      }),
    ).toMatchObject({ ok: false, error: { code: 'PASSWORD_POLICY' } })
    // Nothing was kept: the field is still asked for.
    expect(await h.call(desk, 'display:status', {})).toMatchObject({
      value: { entry: { state: 'waiting' } },
    })
  })

  it('is revealed to its operator’s flow only: not to another operator, not to another page', async () => {
    const display = await pairedDisplay()
    const ref = await typedOnDisplay(display, 'new-password', password)
    const other = await h.signedInOperator('back_office', 'Bruno Retro')
    expect(await h.call(other, 'accounts:register', registrationFor(ref))).toMatchObject({
      ok: false,
      error: { code: 'CUSTOMER_ENTRY_MISSING' },
    })
    // An anonymous page naming the entry gets nothing either.
    expect(await h.call(h.connection(), 'accounts:register', registrationFor(ref))).toMatchObject({
      ok: false,
      error: { code: 'CUSTOMER_ENTRY_MISSING' },
    })
    // A page that is not the display cannot type into the operator's entry.
    const asked = await h.call(desk, 'display:request-entry', { kind: 'code', email })
    if (!asked.ok) throw new Error(asked.error.code)
    expect(
      await h.call(h.connection(), 'display:submit', { id: asked.value.id, secret: '123456' }),
    ).toMatchObject({ ok: false, error: { code: 'CUSTOMER_ENTRY_MISSING' } })
  })

  it('withdraws one entry by its id, keeping the other', async () => {
    const display = await pairedDisplay()
    const code = await typedOnDisplay(display, 'code', '123456')
    const asked = await h.call(desk, 'display:request-entry', { kind: 'new-password', email })
    if (!asked.ok) throw new Error(asked.error.code)
    await h.call(desk, 'display:cancel-entry', { id: asked.value.id })
    expect(await h.call(display, 'display:current', {})).toMatchObject({ value: { entry: null } })
    expect(
      await h.call(desk, 'accounts:check-reset-code', { email, code: { ...code } }),
    ).not.toMatchObject({ error: { code: 'CUSTOMER_ENTRY_MISSING' } })
    await h.call(desk, 'display:cancel-entry', {})
    expect(
      await h.call(desk, 'accounts:check-reset-code', { email, code: { ...code } }),
    ).toMatchObject({ ok: false, error: { code: 'CUSTOMER_ENTRY_MISSING' } })
  })

  it('ends with the service, and expires', async () => {
    const display = await pairedDisplay()
    await h.call(desk, 'customers:serve', { codiceCliente: privateCustomer.codice_cliente })
    const ref = await typedOnDisplay(display, 'new-password', password)
    await h.call(desk, 'customers:end-service', {})
    expect(await h.call(desk, 'accounts:register', registrationFor(ref))).toMatchObject({
      ok: false,
      error: { code: 'CUSTOMER_ENTRY_MISSING' },
    })
    // Still paired for the next customer.
    expect(await h.call(desk, 'display:status', {})).toMatchObject({ value: { paired: true } })

    const later = await typedOnDisplay(display, 'new-password', password)
    h.clock.advance(10 * 60_000 + 1)
    expect(await h.call(desk, 'accounts:register', registrationFor(later))).toMatchObject({
      ok: false,
      error: { code: 'CUSTOMER_ENTRY_MISSING' },
    })
  })

  it('with one monitor, the operator’s own screen turned to the customer takes the entry', async () => {
    const asked = await h.call(desk, 'display:request-entry', { kind: 'new-password', email })
    if (!asked.ok) throw new Error(asked.error.code)
    expect(await h.call(desk, 'display:current', {})).toMatchObject({
      value: { paired: false, entry: { id: asked.value.id } },
    })
    await h.call(desk, 'display:submit', {
      id: asked.value.id,
      secret: password,
      confirm: password,
    })
    expect(
      await h.call(desk, 'accounts:register', registrationFor({ entry: asked.value.id })),
    ).toMatchObject({ ok: true })
  })

  it('recovers a password at the desk: the code from the mail and the new password, both typed by the customer', async () => {
    await h.call(h.connection(), 'accounts:register', registrationOf(email, password))
    const { token } = (await h.lastMail(email))!.params
    await h.call(h.connection(), 'accounts:confirm', { token: token! })
    await h.call(desk, 'accounts:request-password-reset', { email, locale: 'it' })
    const { code } = (await h.lastMail(email))!.params
    const display = await pairedDisplay()

    const codeRef = await typedOnDisplay(display, 'code', code!)
    expect(await h.call(desk, 'accounts:check-reset-code', { email, code: codeRef })).toEqual({
      ok: true,
      value: null,
    })
    const newPassword = 'Nuova-Bolletta-27'
    const passwordRef = await typedOnDisplay(display, 'new-password', newPassword)
    expect(
      await h.call(desk, 'accounts:reset-password', {
        email,
        code: codeRef,
        newPassword: { ...passwordRef },
        newPasswordConfirm: { ...passwordRef },
      }),
    ).toEqual({ ok: true, value: null })
    expect(
      await h.call(h.connection(), 'accounts:login', { identifier: email, password: newPassword }),
    ).toMatchObject({ ok: true })
    // A code typed by the operator is refused as a password is.
    expect(await h.call(desk, 'accounts:check-reset-code', { email, code: code! })).toMatchObject({
      ok: false,
      error: { code: 'CUSTOMER_ENTRY_REQUIRED' },
    })
  })
})
