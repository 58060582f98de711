// "Servi questo cliente" (issue #10 point 6), main side: while an operator serves a customer,
// main knows whom (the registry's caller carries it), every action is audited as "operator X for
// customer Y", a desk channel acting on another customer is refused, and sign-out ends it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  businessCustomer,
  privateCustomer,
  registrationOf,
  startHarness,
  type Harness,
} from '../../support/counter-harness'

let h: Harness
let desk: ReturnType<Harness['connection']>
const email = 'laura.bianchi@example.it'

beforeEach(async () => {
  h = await startHarness({ mode: 'desk' })
  desk = await h.signedInOperator()
  await h.call(h.connection(), 'accounts:register', registrationOf(email, 'Bolletta-Luce-26'))
})
afterEach(async () => h.dispose())

describe('serving a customer', () => {
  it('starts on a customer on file, says whom, and ends', async () => {
    expect(await h.call(desk, 'customers:serving', {})).toEqual({ ok: true, value: null })
    expect(
      await h.call(desk, 'customers:serve', { codiceCliente: privateCustomer.codice_cliente }),
    ).toEqual({
      ok: true,
      value: { codiceCliente: privateCustomer.codice_cliente, displayName: 'Laura Bianchi' },
    })
    expect(await h.call(desk, 'customers:serving', {})).toMatchObject({
      value: { codiceCliente: privateCustomer.codice_cliente },
    })
    expect(await h.call(desk, 'customers:serve', { codiceCliente: '99999999' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await h.call(desk, 'customers:end-service', {})).toEqual({ ok: true, value: null })
    expect(await h.call(desk, 'customers:serving', {})).toEqual({ ok: true, value: null })
  })

  it('audits every action as the operator for the customer served', async () => {
    await h.call(desk, 'customers:serve', { codiceCliente: privateCustomer.codice_cliente })
    await h.call(desk, 'accounts:unlock', { email })
    const rows = await h.db('counter_audit_log').where({ action: 'account.unlock' })
    expect(rows.map((r) => r.for_customer)).toEqual([privateCustomer.codice_cliente])
  })

  it('refuses a desk action on another customer while serving one', async () => {
    await h.call(desk, 'customers:serve', { codiceCliente: businessCustomer.codice_cliente })
    expect(await h.call(desk, 'accounts:unlock', { email })).toEqual({
      ok: false,
      error: { code: 'NOT_SERVING_THIS_CUSTOMER' },
    })
  })

  it('ends with the operator’s sign-out, and is never another window’s', async () => {
    await h.call(desk, 'customers:serve', { codiceCliente: privateCustomer.codice_cliente })
    const other = await h.signedInOperator('back_office', 'Bruno Istruttoria')
    expect(await h.call(other, 'customers:serving', {})).toEqual({ ok: true, value: null })
    await h.call(desk, 'session:logout', {})
    expect(await h.call(desk, 'customers:serving', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    await h.call(desk, 'operators:login', {
      username: 'front-desk',
      password: 'Sportello-front_desk-26!',
      remember: false,
    })
    expect(await h.call(desk, 'customers:serving', {})).toEqual({ ok: true, value: null })
  })
})

describe('the audit log of a service', () => {
  it('names the customer served, and finds the entries by their name', async () => {
    const admin = await h.signedInOperator('admin')
    await h.call(desk, 'customers:serve', { codiceCliente: privateCustomer.codice_cliente })
    await h.call(desk, 'accounts:unlock', { email })
    const list = await h.call(admin, 'audit:list', { limit: 10, action: 'account.unlock' })
    expect(list).toMatchObject({
      ok: true,
      value: {
        entries: [
          {
            actor: { name: 'Franca Sportello' },
            forCustomer: {
              kind: 'customer',
              name: privateCustomer.name,
              codiceCliente: privateCustomer.codice_cliente,
            },
          },
        ],
      },
    })
    const served = await h.call(admin, 'audit:list', { limit: 10, action: 'customer.serve' })
    expect(served.ok && served.value.entries[0]!.subject?.codiceCliente).toBe(
      privateCustomer.codice_cliente,
    )
  })
})
