// The desk's customer page (issue #10 point 5): the data on file, the portal accounts holding the
// customer with their state (confirmed, locked), and what happened to them, by name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FREE_FAILURES } from '../../../src-main/features/credentials'
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
})
afterEach(async () => h.dispose())

describe('the customer page', () => {
  it('shows the data on file, the accounts with their state, and their audit trail', async () => {
    await h.call(h.connection(), 'accounts:register', registrationOf(email, 'Bolletta-Luce-26'))
    const { token } = (await h.lastMail(email))!.params
    await h.call(h.connection(), 'accounts:confirm', { token: token! })
    for (let i = 0; i < FREE_FAILURES; i++)
      await h.call(h.connection(), 'accounts:login', {
        identifier: email,
        password: 'Sbagliata-1!',
      })

    const page = await h.call(desk, 'customers:get', {
      codiceCliente: privateCustomer.codice_cliente,
    })
    if (!page.ok) throw new Error(page.error.code)
    expect(page.value.customer).toMatchObject({
      codiceCliente: privateCustomer.codice_cliente,
      name: 'Bianchi Laura',
      displayName: 'Laura Bianchi',
      codiceFiscale: privateCustomer.codice_fiscale,
      mobile: privateCustomer.mobile,
    })
    expect(page.value.accounts).toEqual([
      {
        id: expect.any(String),
        email,
        status: 'active',
        confirmedAt: expect.any(String),
        lockedUntil: expect.any(String),
        associatedAt: expect.any(String),
        holder: true,
        needsChannel: false,
      },
    ])
    const actions = page.value.audit.map((e) => `${e.action}/${e.outcome}`)
    expect(actions).toContain('account.login/denied')
    expect(actions).toContain('account.confirm/ok')
    expect(page.value.audit.every((e) => e.subject?.name === 'Bianchi Laura')).toBe(true)
  })

  it('a customer without an account has none and no trail; an unknown code is not found', async () => {
    const page = await h.call(desk, 'customers:get', {
      codiceCliente: businessCustomer.codice_cliente,
    })
    expect(page).toMatchObject({ ok: true, value: { accounts: [], audit: [] } })
    expect(await h.call(desk, 'customers:get', { codiceCliente: '99999999' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})
