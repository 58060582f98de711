// Customer association, main side (issue #11): all of seed 002's fields must match the replica,
// a mismatch never says which field, mismatches are counted and locked; a customer another
// account holds is shared ("was this you?" mails, a secure channel before any disposizione, the
// holder alone signs in by codice fiscale); a lost codice cliente goes to the contact on file only.
import { afterEach, describe, expect, it } from 'vitest'
import { applyOmocodia } from '../../../src-shared/domain/codice-fiscale'
import {
  businessCustomer,
  privateCustomer,
  registrationOf,
  startHarness,
  type Harness,
} from '../../support/counter-harness'

let h: Harness
afterEach(async () => h.dispose())

const password = 'Bolletta-Luce-26'

const signedIn = (email: string) => h.confirmedAccount(email, password)

const business = {
  customerName: 'titano servizi s.r.l.',
  customerKind: 'business' as const,
  codiceCliente: businessCustomer.codice_cliente,
  taxCode: 'SM 12345',
}
const home = {
  customerName: 'laura bianchi',
  customerKind: 'private' as const,
  codiceCliente: privateCustomer.codice_cliente,
  taxCode: privateCustomer.codice_fiscale.toLowerCase(),
}

describe('associating a customer', () => {
  it('adds a business to the account when every field matches, and removes it', async () => {
    h = await startHarness({ mode: 'kiosk' })
    const kiosk = await signedIn('laura.bianchi@example.it')
    expect(await h.call(kiosk, 'associations:add', business)).toEqual({
      ok: true,
      value: {
        codiceCliente: businessCustomer.codice_cliente,
        name: 'Titano Servizi Srl',
        kind: 'business',
        needsChannel: false,
      },
    })
    const view = await h.call(kiosk, 'session:current', {})
    expect(view.ok && view.value.kind === 'customer' && view.value.customers).toEqual([
      expect.objectContaining({
        codiceCliente: privateCustomer.codice_cliente,
        needsChannel: false,
      }),
      expect.objectContaining({
        codiceCliente: businessCustomer.codice_cliente,
        needsChannel: false,
      }),
    ])
    // Twice is once.
    expect(await h.call(kiosk, 'associations:add', business)).toMatchObject({ ok: true })

    expect(
      await h.call(kiosk, 'associations:remove', {
        codiceCliente: businessCustomer.codice_cliente,
      }),
    ).toEqual({ ok: true, value: null })
    const after = await h.call(kiosk, 'session:current', {})
    expect(after.ok && after.value.kind === 'customer' && after.value.customers.length).toBe(1)
    expect(
      await h.call(kiosk, 'associations:remove', {
        codiceCliente: businessCustomer.codice_cliente,
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('gives one answer for any wrong field, never saying which', async () => {
    h = await startHarness({ mode: 'kiosk' })
    const kiosk = await signedIn('laura.bianchi@example.it')
    const wrong = [
      { ...business, customerName: 'Titano Servizi Spa' },
      { ...business, taxCode: 'SM 12346' },
      { ...business, codiceCliente: '29999999' },
      { ...home, customerKind: 'business' as const, taxCode: 'SM 12345' },
    ]
    const answers = []
    for (const fields of wrong) answers.push(await h.call(kiosk, 'associations:add', fields))
    for (const answer of answers) {
      expect(answer.ok).toBe(false)
      if (answer.ok) continue
      expect(answer.error.code).toBe('CUSTOMER_NOT_MATCHED')
      expect(answer.error.issues).toBeUndefined()
    }
  })

  it('checks each field’s format first, with its own message, counting nothing', async () => {
    h = await startHarness({ mode: 'kiosk' })
    const kiosk = await signedIn('laura.bianchi@example.it')
    const counted = () => h.db('counter_login_throttle').sum({ n: 'failures' })
    const before = await counted()
    expect(
      await h.call(kiosk, 'associations:add', { ...home, taxCode: 'BNCLRA80A41' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'taxCode', code: 'CF_LENGTH' }] },
    })
    expect(
      await h.call(kiosk, 'associations:add', { ...business, taxCode: '0123456789' }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'taxCode', code: 'PIVA_LENGTH' }] } })
    expect(await h.call(kiosk, 'associations:add', { ...business, taxCode: 'SM7' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'taxCode', code: 'COE_NOT_REGISTERED' }] },
    })
    expect(
      await h.call(kiosk, 'associations:add', { ...business, codiceCliente: '123' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'codiceCliente' }] },
    })
    expect(await counted()).toEqual(before)
  })

  it('locks after five mismatches, however many run at once, and says until when', async () => {
    h = await startHarness({ mode: 'kiosk' })
    const kiosk = await signedIn('laura.bianchi@example.it')
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        h.call(kiosk, 'associations:add', { ...business, taxCode: 'SM 54321' }),
      ),
    )
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code))
    expect(codes.filter((c) => c === 'CUSTOMER_NOT_MATCHED').length).toBeLessThanOrEqual(5)
    expect(codes.filter((c) => c === 'CHECKS_LOCKED').length).toBeGreaterThanOrEqual(35)
    // Locked: the right fields wait too, and the answer says until when.
    const locked = await h.call(kiosk, 'associations:add', business)
    expect(locked).toMatchObject({ ok: false, error: { code: 'CHECKS_LOCKED' } })
    expect(!locked.ok && locked.error.params?.until).toMatch(/^2026-/)
    h.clock.advance(61_000)
    expect(await h.call(kiosk, 'associations:add', business)).toMatchObject({ ok: true })
  })
})

describe('a customer another account already holds', () => {
  it('is shared: both told, channel required, the holder keeps the codice fiscale sign-in', async () => {
    h = await startHarness({ mode: 'kiosk' })
    const first = 'laura.bianchi@example.it'
    await signedIn(first)
    // A second account (a family member) registered with the business, then adds the home.
    const second = 'marco.bianchi@example.it'
    const screen = await h.confirmedAccount(second, password, {
      customerKind: 'business',
      codiceCliente: businessCustomer.codice_cliente,
      customerCode: businessCustomer.codice_coe,
    })
    expect(await h.call(screen, 'associations:add', home)).toMatchObject({
      ok: true,
      value: { codiceCliente: privateCustomer.codice_cliente, needsChannel: true },
    })
    expect((await h.lastMail(privateCustomer.email))?.template).toBe('association-shared')
    expect((await h.lastMail(first))?.template).toBe('association-shared')
    expect((await h.lastMail(second))?.template).not.toBe('association-shared')

    // Sign-in by codice fiscale names the holder, without ambiguity.
    const byCf = await h.call(h.connection(), 'accounts:login', {
      identifier: privateCustomer.codice_fiscale,
      password,
    })
    expect(byCf).toMatchObject({ ok: true, value: { email: first } })
  })
})

describe('a lost codice cliente', () => {
  it('goes by mail to the contact on file, never to the screen; the same answer for nobody', async () => {
    h = await startHarness({ mode: 'kiosk' })
    const kiosk = h.connection()
    const asked = await h.call(kiosk, 'associations:recover-code', {
      customerKind: 'private',
      taxCode: privateCustomer.codice_fiscale,
      locale: 'it',
    })
    expect(asked).toEqual({ ok: true, value: null })
    const mail = await h.lastMail(privateCustomer.email)
    expect(mail).toMatchObject({
      template: 'codice-cliente',
      params: { codiceCliente: privateCustomer.codice_cliente },
    })
    // Sealed at rest: the outbox row does not hold the code in clear.
    const row = await h.db('counter_outbox').where({ template: 'codice-cliente' }).first()
    expect(JSON.stringify(row)).not.toContain(privateCustomer.codice_cliente)

    const nobody = applyOmocodia(privateCustomer.codice_fiscale, 1)
    const none = await h.call(kiosk, 'associations:recover-code', {
      customerKind: 'private',
      taxCode: nobody,
      locale: 'it',
    })
    expect(none).toEqual(asked)
    expect(await h.db('counter_outbox').count({ n: '*' })).toEqual([{ n: 1 }])

    // Asked again at once: answered alike, mailed once.
    await h.call(kiosk, 'associations:recover-code', {
      customerKind: 'business',
      taxCode: 'SM00001',
      locale: 'it',
    })
    expect(
      await h.call(h.connection(), 'associations:recover-code', {
        customerKind: 'private',
        taxCode: privateCustomer.codice_fiscale,
        locale: 'en',
      }),
    ).toEqual({ ok: true, value: null })
    expect(
      await h.db('counter_outbox').where({ template: 'codice-cliente' }).count({ n: '*' }),
    ).toEqual([{ n: 1 }])
  })

  it('goes by SMS to a customer with a mobile and no email on file', async () => {
    h = await startHarness({ mode: 'kiosk', sms: true })
    await h
      .db('replica_customers')
      .where({ codice_cliente: privateCustomer.codice_cliente })
      .update({ email: null })
    expect(
      await h.call(h.connection(), 'associations:recover-code', {
        customerKind: 'private',
        taxCode: privateCustomer.codice_fiscale,
        locale: 'it',
      }),
    ).toEqual({ ok: true, value: null })
    const row = await h.db('counter_outbox').first()
    expect(row).toMatchObject({
      channel: 'sms',
      recipient: privateCustomer.mobile,
      template: 'codice-cliente-sms',
    })
    expect(JSON.stringify(row)).not.toContain(privateCustomer.codice_cliente)
  })

  it('is limited per code asked for, alike whether anyone has it', async () => {
    h = await startHarness({ mode: 'kiosk' })
    const nobody = applyOmocodia(privateCustomer.codice_fiscale, 2)
    for (const taxCode of [privateCustomer.codice_fiscale, nobody]) {
      const answers = []
      for (let i = 0; i < 7; i++)
        answers.push(
          await h.call(h.connection(), 'associations:recover-code', {
            customerKind: 'private',
            taxCode,
            locale: 'it',
          }),
        )
      expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual([
        'ok',
        'ok',
        'ok',
        'ok',
        'ok',
        'RATE_LIMITED',
        'RATE_LIMITED',
      ])
    }
  })
})

describe('at the desk', () => {
  it('an operator associates for the customer they serve, audited as for them', async () => {
    h = await startHarness({ mode: 'desk' })
    const email = 'laura.bianchi@example.it'
    await h.call(h.connection(), 'accounts:register', registrationOf(email, password))
    const { token } = (await h.lastMail(email))!.params
    await h.call(h.connection(), 'accounts:confirm', { token: token! })
    const desk = await h.signedInOperator()

    expect(
      await h.call(desk, 'associations:add', { ...business, accountEmail: email }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_SERVING_THIS_CUSTOMER' } })
    await h.call(desk, 'customers:serve', { codiceCliente: businessCustomer.codice_cliente })
    expect(await h.call(desk, 'associations:add', business)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'accountEmail' }] },
    })
    expect(
      await h.call(desk, 'associations:add', { ...business, accountEmail: email }),
    ).toMatchObject({ ok: true, value: { codiceCliente: businessCustomer.codice_cliente } })
    const audit = await h
      .db('counter_audit_log')
      .where({ action: 'association.add', outcome: 'ok' })
    expect(audit.map((r) => r.for_customer)).toEqual([businessCustomer.codice_cliente])
    const page = await h.call(desk, 'customers:get', {
      codiceCliente: businessCustomer.codice_cliente,
    })
    // The customer page lists the association: the business's only account, its holder.
    expect(page.ok && page.value.accounts).toEqual([
      expect.objectContaining({ email, holder: true, needsChannel: false }),
    ])
  })
})
