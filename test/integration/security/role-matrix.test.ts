// Role × channel matrix: for every channel of the contract and every kind of caller, main refuses
// what the role may not do — whatever the UI shows. The table is written out here on purpose: a
// change of access in the contract must be a deliberate change of this table too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channels, contract, roles, type Channel, type Role } from '../../../src-shared/ipc'
import { assembleServices } from '../../../src-main/counter'
import { anonymousCaller, createRegistry } from '../../../src-main/ipc/registry'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { startHarness, type Harness } from '../../support/counter-harness'

const anyone = [null, ...roles] as const
const operators = ['front_desk', 'back_office', 'admin'] as const
const admin = ['admin'] as const
const signedIn = ['customer', ...operators] as const

const expected: Record<Channel, readonly (Role | null)[]> = {
  'app:info': anyone,
  'system:status': operators,
  'session:current': anyone,
  'session:logout': anyone,
  'session:end-visit': anyone,
  'channel:status': signedIn,
  'channel:reconfirm': signedIn,
  'channel:send-otp': signedIn,
  'channel:verify-otp': signedIn,
  'associations:add': signedIn,
  'associations:remove': signedIn,
  'associations:recover-code': anyone,
  'requests:add-scan': anyone,
  'requests:drop-scans': anyone,
  'requests:submit-change': signedIn,
  'requests:submit-reset': anyone,
  'requests:status': anyone,
  'requests:of-customer': operators,
  'requests:queue': ['back_office', 'admin'],
  'requests:get': ['back_office', 'admin'],
  'requests:decide': ['back_office', 'admin'],
  'requests:get-retention': admin,
  'requests:set-retention': admin,
  'documents:list': signedIn,
  'documents:unread-count': signedIn,
  'documents:get-pdf': signedIn,
  'documents:mark-read': signedIn,
  'documents:print': signedIn,
  'documents:zip': operators,
  'documents:mail-to-self': signedIn,
  'documents:get-quiet-hours': admin,
  'documents:set-quiet-hours': admin,
  'display:pairing-code': operators,
  'display:status': operators,
  'display:request-entry': operators,
  'display:cancel-entry': operators,
  'display:unpair': operators,
  'display:pair': anyone,
  'display:current': anyone,
  'display:submit': anyone,
  'session:resume': anyone,
  'session:change-password': signedIn,
  'accounts:register': anyone,
  'accounts:resend-confirmation': anyone,
  'accounts:confirm': anyone,
  'accounts:login': anyone,
  'accounts:request-password-reset': anyone,
  'accounts:reset-password': anyone,
  'accounts:check-password': anyone,
  'accounts:check-customer': anyone,
  'accounts:check-reset-code': anyone,
  'accounts:unlock': operators,
  'operators:login': anyone,
  'operators:list': admin,
  'operators:create': admin,
  'operators:set-disabled': admin,
  'operators:reset-password': admin,
  'audit:list': admin,
  'customers:search': operators,
  'customers:get': operators,
  'customers:serve': operators,
  'customers:end-service': operators,
  'customers:serving': operators,
  'outbox:dead-letters': admin,
  'outbox:retry': admin,
  'mail:demo-mailbox': operators,
  'settings:get-mail': admin,
  'settings:set-mail': admin,
  'mail:demo-sms': operators,
  'settings:get-sms': admin,
  'settings:set-sms': admin,
  'settings:get-timeouts': admin,
  'settings:set-timeouts': admin,
  'settings:get-office': admin,
  'settings:set-office': admin,
  // An unconfigured counter's setup proves its admin by the setup key and credentials, not a role.
  'setup:status': anyone,
  'setup:complete': anyone,
  // The kiosk's exit proves the operator by the exit PIN (and an unlock of the screen), not a role.
  'kiosk:lock-status': anyone,
  'kiosk:unlock': anyone,
  'kiosk:unlock-admin': anyone,
  'kiosk:exit': anyone,
  'kiosk:change-pin': anyone,
  'kiosk:lock': anyone,
}

let h: Harness
beforeAll(async () => (h = await startHarness({ mode: 'desk' })))
afterAll(async () => h.dispose())

describe('role × channel matrix', () => {
  it('covers every channel of the contract', () => {
    expect(Object.keys(expected).sort()).toEqual([...channels].sort())
  })

  const cases = channels.flatMap((channel) => anyone.map((role) => [channel, role] as const))
  it.each(cases)('%s as %s', async (channel, role) => {
    const { handlers } = assembleServices({
      ...h.deps,
      info: { mode: 'desk', version: 't', demo: true },
    })
    const registry = createRegistry({
      handlers,
      // Each channel in a mode that serves it: the role check is what is under test.
      mode: contract[channel].modes.includes('desk') ? 'desk' : contract[channel].modes[0]!,
      logger: silentLogger,
      resolveCaller: async (c) => ({ ...anonymousCaller(c), role, actorId: role && 'nobody' }),
    })
    // An empty payload: an allowed caller gets past the role check (then maybe INVALID_INPUT).
    const result = await registry.invoke(channel, {}, { transport: 'matrix', connectionId: 'm' })
    const forbidden = !result.ok && result.error.code === 'FORBIDDEN'
    expect(forbidden).toBe(!expected[channel].includes(role))
  })
})
