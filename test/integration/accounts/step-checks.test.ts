// Each wizard step checks what it asked before the customer moves on (issue #9 point 1), through
// the same counted gate as the final step, so the early check is no oracle: REGISTRATI's codice
// cliente + ISS / C.O.E. on step 1, the recovery code on its step. The password meter counts
// every rule, the customer's name included once the customer is proven on this screen — never
// for a screen that has not proven it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FREE_FAILURES } from '../../../src-main/features/credentials'
import {
  privateCustomer,
  registrationOf,
  startHarness,
  type Harness,
} from '../../support/counter-harness'

let h: Harness
beforeEach(async () => (h = await startHarness()))
afterEach(async () => h.dispose())

const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'
const customerStep = (customerCode: string) => ({
  customerKind: 'private' as const,
  codiceCliente: privateCustomer.codice_cliente,
  customerCode,
})
const surname = privateCustomer.name.split(' ')[0]!

describe('REGISTRATI step 1: the customer on the bill', () => {
  it('refuses a wrong ISS on the step, naming only what the step asked', async () => {
    const answer = await h.call(h.connection(), 'accounts:check-customer', customerStep('999999'))
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'CUSTOMER_NOT_MATCHED',
        issues: [
          { path: 'codiceCliente', code: 'CUSTOMER_NOT_MATCHED' },
          { path: 'customerCode', code: 'CUSTOMER_NOT_MATCHED' },
        ],
      },
    })
    expect(
      await h.call(
        h.connection(),
        'accounts:check-customer',
        customerStep(privateCustomer.codice_iss!),
      ),
    ).toEqual({ ok: true, value: null })
  })

  it('is counted with the final step: wrong step checks lock the registration too', async () => {
    for (let i = 0; i < FREE_FAILURES; i++)
      await h.call(h.connection(), 'accounts:check-customer', customerStep(String(900000 + i)))
    expect(
      await h.call(h.connection(), 'accounts:register', registrationOf(email, password)),
    ).toMatchObject({ ok: false, error: { code: 'CHECKS_LOCKED' } })
  })

  it('the meter counts the customer’s name only on the screen that proved the customer', async () => {
    // An address that does not spell the name: only the proven customer can bring it in.
    const email = 'utente.nuovo@example.it'
    const screen = h.connection()
    const withName = `${surname}-Bolletta-26!`
    const before = await h.call(screen, 'accounts:check-password', { password: withName, email })
    expect(before).toMatchObject({ ok: true })
    expect(before.ok && before.value.unmet).not.toContain('PASSWORD_CONTAINS_PERSONAL')

    await h.call(screen, 'accounts:check-customer', customerStep(privateCustomer.codice_iss!))
    const after = await h.call(screen, 'accounts:check-password', { password: withName, email })
    expect(after.ok && after.value.unmet).toContain('PASSWORD_CONTAINS_PERSONAL')
    // A refused password never reads as strong.
    expect(after.ok && after.value.score).toBeLessThanOrEqual(1)
    // Another screen learns nothing of that customer.
    const other = await h.call(h.connection(), 'accounts:check-password', {
      password: withName,
      email,
    })
    expect(other.ok && other.value.unmet).not.toContain('PASSWORD_CONTAINS_PERSONAL')
  })
})

describe('what a screen proved ends with it', () => {
  it('ESCI (session:logout) forgets the customer the screen proved: the next one’s meter knows nothing', async () => {
    const email = 'utente.nuovo@example.it'
    const screen = h.connection()
    const withName = `${surname}-Bolletta-26!`
    await h.call(screen, 'accounts:check-customer', customerStep(privateCustomer.codice_iss!))
    await h.call(screen, 'session:logout', {})
    const next = await h.call(screen, 'accounts:check-password', { password: withName, email })
    expect(next.ok && next.value.unmet).not.toContain('PASSWORD_CONTAINS_PERSONAL')
  })
})

describe('recovery: the code step', () => {
  async function resetRequested() {
    await h.call(h.connection(), 'accounts:register', registrationOf(email, password))
    const { token } = (await h.lastMail(email))!.params
    await h.call(h.connection(), 'accounts:confirm', { token: token! })
    await h.call(h.connection(), 'accounts:request-password-reset', { email, locale: 'it' })
    return (await h.lastMail(email))!.params.code!
  }

  it('refuses a wrong code on its step, alike for an unknown email, and keeps a right one', async () => {
    const code = await resetRequested()
    const wrong = code === '000000' ? '111111' : '000000'
    const known = await h.call(h.connection(), 'accounts:check-reset-code', { email, code: wrong })
    const unknown = await h.call(h.connection(), 'accounts:check-reset-code', {
      email: 'nessuno@example.it',
      code: wrong,
    })
    expect(known).toEqual({ ok: false, error: { code: 'TOKEN_INVALID' } })
    expect(unknown).toEqual(known)
    expect(await h.call(h.connection(), 'accounts:check-reset-code', { email, code })).toEqual({
      ok: true,
      value: null,
    })
    // Checked, not spent: the next step resets with it.
    expect(
      await h.call(h.connection(), 'accounts:reset-password', {
        email,
        code,
        newPassword: 'Nuova-Bolletta-27!',
        newPasswordConfirm: 'Nuova-Bolletta-27!',
      }),
    ).toEqual({ ok: true, value: null })
  })

  it('counts the step’s wrong codes with the final step’s', async () => {
    const code = await resetRequested()
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < FREE_FAILURES - 1; i++)
      await h.call(h.connection(), 'accounts:check-reset-code', { email, code: wrong })
    expect(
      await h.call(h.connection(), 'accounts:reset-password', {
        email,
        code: wrong,
        newPassword: 'Nuova-Bolletta-27!',
        newPasswordConfirm: 'Nuova-Bolletta-27!',
      }),
    ).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } })
  })
})
