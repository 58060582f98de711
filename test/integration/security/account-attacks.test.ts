// The accounts and operators layer as an attacker tries it (issue #8): bursts of parallel guesses,
// answers compared between an account that exists and one that does not, secrets checked without
// a gate. Real SQLite file, services through the registry as the UI calls them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEVICE_FREE_FAILURES, FREE_FAILURES } from '../../../src-main/features/credentials'
import {
  privateCustomer,
  registrationOf,
  startHarness,
  type Harness,
} from '../../support/counter-harness'

let h: Harness
beforeEach(async () => (h = await startHarness({ mode: 'desk' })))
afterEach(async () => h.dispose())

const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'

const register = (address = email, pw = password) =>
  h.call(h.connection(), 'accounts:register', registrationOf(address, pw))

async function activeAccount(address = email) {
  await register(address)
  const { token } = (await h.lastMail(address))!.params
  expect(await h.call(h.connection(), 'accounts:confirm', { token: token! })).toEqual({
    ok: true,
    value: null,
  })
}

describe('lockout by concurrency', () => {
  it('40 parallel wrong passwords and the right one: at most 5 verifications, then locked', async () => {
    await activeAccount()
    const verify = vi.spyOn(h.hasher, 'verify')
    const wrong = Array.from({ length: 40 }, (_, i) =>
      h.call(h.connection(), 'accounts:login', { identifier: email, password: `Sbagliata-${i}!` }),
    )
    const right = h.call(h.connection(), 'accounts:login', { identifier: email, password })
    const answers = await Promise.all([...wrong, right])
    expect(verify.mock.calls.length).toBeLessThanOrEqual(FREE_FAILURES)
    expect(answers.at(-1)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } })
    expect(answers.filter((a) => a.ok)).toHaveLength(0)
    // Until the lock ends the right password stays refused.
    expect(
      await h.call(h.connection(), 'accounts:login', { identifier: email, password }),
    ).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } })
  })

  it('the same for an operator', async () => {
    const created = await h.services.operators.create(
      {
        username: 'sportellista',
        displayName: 'Mario Sportellista',
        role: 'front_desk',
        temporaryPassword: 'Provvisoria-Sicura-26!',
      },
      {
        transport: 'test',
        connectionId: 'admin',
        role: 'admin',
        actorId: null,
        sessionId: null,
        mustChangePassword: false,
      },
    )
    expect(created.ok).toBe(true)
    const verify = vi.spyOn(h.hasher, 'verify')
    const answers = await Promise.all([
      ...Array.from({ length: 40 }, (_, i) =>
        h.call(h.connection(), 'operators:login', {
          username: 'sportellista',
          password: `Sbagliata-${i}!`,
          remember: false,
        }),
      ),
      h.call(h.connection(), 'operators:login', {
        username: 'sportellista',
        password: 'Provvisoria-Sicura-26!',
        remember: false,
      }),
    ])
    expect(verify.mock.calls.length).toBeLessThanOrEqual(FREE_FAILURES)
    expect(answers.at(-1)).toMatchObject({ error: { code: 'ACCOUNT_LOCKED' } })
  })
})

describe('answers to a wrong code', () => {
  const wrongCode = (address: string, code = '000000') =>
    h.call(h.connection(), 'accounts:confirm', { email: address, code })

  it('are the same for a known email whose code is used, and an unknown email', async () => {
    await activeAccount() // its confirmation token is now used
    const known = await wrongCode(email)
    const unknown = await wrongCode('nessuno@example.it')
    expect(known).toEqual(unknown)
  })

  it('are the same for a pending account whose code expired, and an unknown email', async () => {
    await register()
    h.clock.advance(25 * 60 * 60_000)
    expect(await wrongCode(email)).toEqual(await wrongCode('nessuno@example.it'))
  })

  it('are the same after too many tries, for a known and an unknown email', async () => {
    await register()
    const known: unknown[] = []
    const unknown: unknown[] = []
    for (let i = 0; i < 7; i++) {
      known.push(await wrongCode(email, String(100000 + i)))
      unknown.push(await wrongCode('nessuno@example.it', String(100000 + i)))
    }
    expect(known).toEqual(unknown)
  })

  it('a reset by code proves the code before it looks at the new password', async () => {
    await activeAccount()
    await h.call(h.connection(), 'accounts:request-password-reset', { email, locale: 'it' })
    const hash = vi.spyOn(h.hasher, 'hash')
    // A new password containing the holder's surname, with a wrong code: the answer must not
    // say "contains personal data" (that would confirm the account and the surname).
    const attempt = (address: string) =>
      h.call(h.connection(), 'accounts:reset-password', {
        email: address,
        code: '000000',
        newPassword: 'Bianchi-Laura-2026!',
        newPasswordConfirm: 'Bianchi-Laura-2026!',
      })
    const known = await attempt(email)
    const unknown = await attempt('nessuno@example.it')
    expect(known).toEqual(unknown)
    expect(known).toMatchObject({ ok: false, error: { code: 'TOKEN_INVALID' } })
    // No slow hash for a caller who proved nothing.
    expect(hash).not.toHaveBeenCalled()
  })
})

describe('a pending registration and sign-in by codice fiscale', () => {
  it('an unconfirmed account holding the same customer does not break the holder’s sign-in', async () => {
    await activeAccount()
    // Someone with the bill registers another address and never confirms it.
    expect(await register('intruso@example.it', 'Falso-Contatore-26!')).toMatchObject({ ok: true })
    expect(
      await h.call(h.connection(), 'accounts:login', {
        identifier: privateCustomer.codice_fiscale.toLowerCase(),
        password,
      }),
    ).toMatchObject({ ok: true })
  })

  it('two confirmed accounts on one customer: the codice fiscale names the holder’s, the first', async () => {
    await activeAccount()
    await activeAccount('famiglia@example.it')
    expect(
      await h.call(h.connection(), 'accounts:login', {
        identifier: privateCustomer.codice_fiscale,
        password,
      }),
    ).toMatchObject({ ok: true, value: { email } })
  })

  it('one codice fiscale holding two customers on two accounts: the screen says to use the email', async () => {
    await activeAccount()
    // The same person's holiday home, another supply under the same codice fiscale, held by
    // another account of theirs.
    await h.db('replica_customers').insert({
      ...privateCustomer,
      codice_cliente: '10000009',
      codice_iss: '654321',
    })
    await h.call(h.connection(), 'accounts:register', {
      ...registrationOf('casa.mare@example.it', password),
      codiceCliente: '10000009',
      customerCode: '654321',
    })
    const { token } = (await h.lastMail('casa.mare@example.it'))!.params
    await h.call(h.connection(), 'accounts:confirm', { token: token! })
    expect(
      await h.call(h.connection(), 'accounts:login', {
        identifier: privateCustomer.codice_fiscale,
        password,
      }),
    ).toMatchObject({ ok: false, error: { code: 'SIGN_IN_WITH_EMAIL' } })
  })
})

describe('every check of a secret is counted', () => {
  it('a customer’s current password at a change of password locks after 5 wrong tries', async () => {
    await activeAccount()
    const connection = h.connection()
    expect(
      await h.call(connection, 'accounts:login', { identifier: email, password }),
    ).toMatchObject({ ok: true })
    const verify = vi.spyOn(h.hasher, 'verify')
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.call(connection, 'session:change-password', {
          currentPassword: `Sbagliata-${i}!`,
          newPassword: 'Nuova-Bolletta-27!',
          newPasswordConfirm: 'Nuova-Bolletta-27!',
        }),
      ),
    )
    expect(verify.mock.calls.length).toBeLessThanOrEqual(FREE_FAILURES)
    expect(answers.some((a) => !a.ok && a.error.code === 'ACCOUNT_LOCKED')).toBe(true)
  })

  it('the registration’s codice cliente + ISS match is no oracle: counted, then refused', async () => {
    const guess = (iss: string) =>
      h.call(h.connection(), 'accounts:register', {
        email: 'indovino@example.it',
        password: 'Indovino-Bolletta-26!',
        passwordConfirm: 'Indovino-Bolletta-26!',
        customerKind: 'private',
        codiceCliente: privateCustomer.codice_cliente,
        customerCode: iss,
        acceptTerms: true,
        locale: 'it',
      })
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => guess(String(900000 + i))),
    )
    expect(
      answers.filter((a) => !a.ok && a.error.code === 'CUSTOMER_NOT_MATCHED').length,
    ).toBeLessThanOrEqual(FREE_FAILURES)
    // Even the right ISS waits now.
    expect(await guess(privateCustomer.codice_iss!)).toMatchObject({
      ok: false,
      error: { code: 'CHECKS_LOCKED' },
    })
  })
})

describe('every check of a secret is counted per device too', () => {
  // One kiosk (one connection) trying many subjects, each under its own limit of 5.
  const kiosk = { transport: 'test', connectionId: 'kiosk-1' }
  const wrongLogin = (i: number, connection = kiosk) =>
    h.call(connection, 'accounts:login', {
      identifier: `sconosciuto.${i}@example.it`,
      password: `Sbagliata-${i}!`,
    })

  it('wrong secrets for many subjects lock the device, not only each subject', async () => {
    const verify = vi.spyOn(h.hasher, 'verify')
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => wrongLogin(i)))
    expect(verify.mock.calls.length).toBeLessThanOrEqual(DEVICE_FREE_FAILURES)
    expect(answers.some((a) => !a.ok && a.error.code === 'DEVICE_LOCKED')).toBe(true)
    // Codes and the bill's codes count on the same device, and are refused with it.
    const code = await h.call(kiosk, 'accounts:confirm', { email, code: '123456' })
    expect(code).toMatchObject({ ok: false, error: { code: 'DEVICE_LOCKED' } })
    const before = verify.mock.calls.length
    expect(await wrongLogin(99)).toMatchObject({ ok: false, error: { code: 'DEVICE_LOCKED' } })
    expect(verify.mock.calls.length).toBe(before)
    // Another device is not held back by this one.
    expect(await wrongLogin(100, h.connection())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' },
    })
  })

  it('a right answer does not wipe the device’s count, and the lock ends', async () => {
    await activeAccount()
    for (let i = 0; i < DEVICE_FREE_FAILURES - 1; i++) await wrongLogin(i)
    // The attacker's own good sign-in in between forgives nothing.
    expect(await h.call(kiosk, 'accounts:login', { identifier: email, password })).toMatchObject({
      ok: true,
    })
    await h.call(kiosk, 'session:logout', {})
    expect(await wrongLogin(50)).toMatchObject({ ok: false, error: { code: 'DEVICE_LOCKED' } })
    expect(await wrongLogin(51)).toMatchObject({ ok: false, error: { code: 'DEVICE_LOCKED' } })
    // The device's failures are forgotten a quarter of an hour after the last one.
    h.clock.advance(16 * 60_000)
    expect(await wrongLogin(52)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' },
    })
  })
})
