// The audit log is for a clerk (issue #9 point 4): every person by name — an operator by name and
// username, a customer by name, codice cliente and email — never a bare id; filters by person,
// action, outcome and date; pages with the total.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditEntryView } from '../../../src-shared/ipc'
import {
  privateCustomer,
  registrationOf,
  startHarness,
  type Harness,
} from '../../support/counter-harness'

let h: Harness
let admin: ReturnType<Harness['connection']>
const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'

beforeEach(async () => {
  h = await startHarness({ mode: 'desk' })
  // A customer registers and confirms, then mistypes the password twice; the admin signs in.
  await h.call(h.connection(), 'accounts:register', registrationOf(email, password))
  const { token } = (await h.lastMail(email))!.params
  await h.call(h.connection(), 'accounts:confirm', { token: token! })
  h.clock.advance(60 * 60_000)
  for (const wrong of ['Sbagliata-1!', 'Sbagliata-2!'])
    await h.call(h.connection(), 'accounts:login', { identifier: email, password: wrong })
  admin = await h.signedInOperator('admin')
})
afterEach(async () => h.dispose())

const list = async (query: Record<string, unknown>) => {
  const result = await h.call(admin, 'audit:list', { limit: 50, ...query })
  if (!result.ok) throw new Error(result.error.code)
  return result.value
}
const summary = (e: AuditEntryView) =>
  `${e.action}/${e.outcome}/${e.actor?.name ?? e.actorKind}/${e.subject?.name ?? '-'}`

describe('the audit log', () => {
  it('names every person: never a bare id', async () => {
    const { entries, total } = await list({})
    expect(total).toBe(entries.length)
    const failed = entries.filter((e) => e.action === 'account.login')
    expect(failed).toHaveLength(2)
    expect(failed[0]!.subject).toEqual({
      kind: 'customer',
      id: expect.any(String),
      name: privateCustomer.name,
      email,
      codiceCliente: privateCustomer.codice_cliente,
    })
    const signIn = entries.find((e) => e.action === 'operator.login')!
    expect(signIn.actor).toMatchObject({
      kind: 'operator',
      name: 'Ada Amministra',
      username: 'admin',
    })
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-/
    for (const e of entries) {
      expect(JSON.stringify([e.actor?.name, e.subject?.name])).not.toMatch(uuid)
    }
  })

  it('filters by person (any word order, any case), action, outcome and date, and pages', async () => {
    const byCustomer = await list({ person: 'laura BIANCHI' })
    expect(byCustomer.entries.length).toBeGreaterThanOrEqual(3)
    expect(
      byCustomer.entries.every(
        (e) => e.subject?.name === privateCustomer.name || e.actor?.name === privateCustomer.name,
      ),
    ).toBe(true)
    expect((await list({ person: privateCustomer.codice_cliente })).total).toBe(byCustomer.total)
    expect((await list({ person: 'Amministra' })).entries.map(summary)).toEqual([
      'operator.login/ok/Ada Amministra/-',
    ])
    expect((await list({ person: 'nessuno al mondo' })).total).toBe(0)

    const denied = await list({ action: 'account.login', outcome: 'denied' })
    expect(denied.total).toBe(2)
    expect(denied.entries.every((e) => e.detail?.reason === 'INVALID_CREDENTIALS')).toBe(true)
    expect((await list({ action: 'account.' })).total).toBeGreaterThanOrEqual(4)

    // The registration happened an hour before the sign-ins.
    const early = await list({ to: '2026-11-22T09:30:00.000Z' })
    expect(early.entries.map((e) => e.action)).not.toContain('account.login')
    const late = await list({ from: '2026-11-22T09:30:00.000Z' })
    expect(late.entries.map((e) => e.action)).toContain('account.login')
    expect(early.total + late.total).toBe((await list({})).total)

    const all = await list({})
    const page1 = await list({ limit: 2, offset: 0 })
    const page2 = await list({ limit: 2, offset: 2 })
    expect(page1.total).toBe(all.total)
    expect([...page1.entries, ...page2.entries].map((e) => e.id)).toEqual(
      all.entries.slice(0, 4).map((e) => e.id),
    )
  })
})
