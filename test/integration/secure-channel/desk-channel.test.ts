// The secure channel at a desk (issue #12 point 3): the operator serving a customer registers the
// channel of the customer's account, named by its email; the customer types their password
// (phase I) and the OTP (phase III) on the customer display, and the operator's calls name them
// by their entries. An operator's call that carries the password or the code itself is refused,
// an operator not serving that customer reaches nothing, and neither secret is logged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../../src-main/infra/log/logger'
import type { EntryKind } from '../../../src-shared/ipc'
import {
  businessCustomer,
  privateCustomer,
  startHarness,
  type Harness,
} from '../../support/counter-harness'

let h: Harness
let lines: string[]
let desk: ReturnType<Harness['connection']>
let display: ReturnType<Harness['connection']>
const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'
const codiceCliente = privateCustomer.codice_cliente
const forAccount = { codiceCliente, accountEmail: email }

beforeEach(async () => {
  lines = []
  const logger = createLogger({ level: 'trace', destination: { write: (s) => lines.push(s) } })
  h = await startHarness({ mode: 'desk', logger })
  await h.confirmedAccount(email, password)
  desk = await h.signedInOperator()
  const pairing = await h.call(desk, 'display:pairing-code', {})
  if (!pairing.ok) throw new Error(pairing.error.code)
  display = h.connection()
  await h.call(display, 'display:pair', { code: pairing.value.code })
  await h.call(desk, 'customers:serve', { codiceCliente })
})
afterEach(async () => h.dispose())

/** The operator asks, the customer types on the display: the entry, for the operator's call. */
async function typedOnDisplay(kind: EntryKind, secret: string) {
  const asked = await h.call(desk, 'display:request-entry', { kind })
  if (!asked.ok) throw new Error(asked.error.code)
  expect(await h.call(display, 'display:current', {})).toMatchObject({
    value: { entry: { id: asked.value.id, kind } },
  })
  expect(await h.call(display, 'display:submit', { id: asked.value.id, secret })).toEqual({
    ok: true,
    value: null,
  })
  return { entry: asked.value.id }
}

async function otpSent() {
  const typed = await typedOnDisplay('password', password)
  expect(
    await h.call(desk, 'channel:reconfirm', { ...forAccount, identifier: email, password: typed }),
  ).toEqual({ ok: true, value: null })
  const sent = await h.call(desk, 'channel:send-otp', {
    ...forAccount,
    medium: 'email',
    locale: 'it',
  })
  if (!sent.ok) throw new Error(sent.error.code)
  return {
    challengeId: sent.value.challengeId,
    code: (await h.lastMail(privateCustomer.email))!.params.code!,
  }
}

describe('the secure channel at a desk', () => {
  it('registers it with the password and the OTP typed on the customer display', async () => {
    expect(await h.call(desk, 'channel:status', forAccount)).toMatchObject({
      ok: true,
      value: { confirmed: null, onFile: { email: 'la***@example.it' } },
    })
    const { challengeId, code } = await otpSent()
    const typed = await typedOnDisplay('code', code)
    expect(
      await h.call(desk, 'channel:verify-otp', { challengeId, code: typed, locale: 'it' }),
    ).toEqual({ ok: true, value: null })
    expect(await h.call(desk, 'channel:status', forAccount)).toMatchObject({
      value: { confirmed: { medium: 'email', contact: 'la***@example.it' } },
    })
    // The first-access password went over the channel; the operator never saw it.
    expect((await h.lastMail(privateCustomer.email))?.template).toBe('first-access-password')
    const log = lines.join('')
    for (const secret of [password, code]) expect(log).not.toContain(secret)
  })

  it('refuses the password or the OTP typed on the operator’s screen', async () => {
    expect(
      await h.call(desk, 'channel:reconfirm', { ...forAccount, identifier: email, password }),
    ).toMatchObject({ ok: false, error: { code: 'CUSTOMER_ENTRY_REQUIRED' } })
    const { challengeId, code } = await otpSent()
    expect(
      await h.call(desk, 'channel:verify-otp', { challengeId, code, locale: 'it' }),
    ).toMatchObject({ ok: false, error: { code: 'CUSTOMER_ENTRY_REQUIRED' } })
    // A code entry is no password: the kinds are not interchangeable.
    const asCode = await typedOnDisplay('code', '123456')
    expect(
      await h.call(desk, 'channel:reconfirm', {
        ...forAccount,
        identifier: email,
        password: asCode,
      }),
    ).toMatchObject({ ok: false, error: { code: 'CUSTOMER_ENTRY_MISSING' } })
  })

  it('counts a wrong password typed on the display like one at a kiosk', async () => {
    const typed = await typedOnDisplay('password', 'Sbagliata-1!')
    expect(
      await h.call(desk, 'channel:reconfirm', {
        ...forAccount,
        identifier: email,
        password: typed,
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_CREDENTIALS' } })
    expect(
      await h.call(desk, 'channel:send-otp', { ...forAccount, medium: 'email', locale: 'it' }),
    ).toMatchObject({ ok: false, error: { code: 'RECONFIRM_REQUIRED' } })
  })

  it('reaches only the customer served, on an account that holds them', async () => {
    expect(await h.call(desk, 'channel:status', { codiceCliente })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'accountEmail', code: 'REQUIRED' }] },
    })
    expect(
      await h.call(desk, 'channel:status', { codiceCliente, accountEmail: 'nessuno@example.it' }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'accountEmail', code: 'ACCOUNT_NOT_FOUND' }] },
    })
    expect(
      await h.call(desk, 'channel:status', {
        codiceCliente: businessCustomer.codice_cliente,
        accountEmail: email,
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_SERVING_THIS_CUSTOMER' } })
    const other = await h.signedInOperator('back_office', 'Bruno Ufficio')
    expect(await h.call(other, 'channel:status', forAccount)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SERVING_THIS_CUSTOMER' },
    })
  })

  it('after Fine servizio the challenge answers nobody at the desk', async () => {
    const { challengeId, code } = await otpSent()
    const typed = await typedOnDisplay('code', code)
    await h.call(desk, 'customers:end-service', {})
    // The entry went with the service, and the desk serves nobody now.
    expect(
      await h.call(desk, 'channel:verify-otp', { challengeId, code: typed, locale: 'it' }),
    ).toMatchObject({ ok: false, error: { code: 'CUSTOMER_ENTRY_MISSING' } })
    await h.call(desk, 'customers:serve', { codiceCliente: businessCustomer.codice_cliente })
    const again = await typedOnDisplay('code', code)
    expect(
      await h.call(desk, 'channel:verify-otp', { challengeId, code: again, locale: 'it' }),
    ).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } })
    expect(await h.db('counter_secure_channels').count({ n: '*' })).toEqual([{ n: 0 }])
  })
})
