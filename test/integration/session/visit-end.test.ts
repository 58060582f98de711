// The end of a customer's visit, main side (issue #10 points 1-2): at a kiosk ESCI, "done" or an
// idle screen ends the session and main forgets everything it held for the screen (the customer
// it proved, its temporary files); the idle timeouts are an admin's setting, and main applies
// them itself when the screen never asks (closed, crashed). At a desk, an operator left idle
// while serving a customer stops serving them.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeSessionTimeouts } from '../../../src-main/features/settings'
import { createScreenScratch, scratchRoot } from '../../../src-main/infra/files/screen-scratch'
import { privateCustomer, startHarness, type Harness } from '../../support/counter-harness'

let h: Harness
afterEach(async () => h.dispose())

const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'

const signedInCustomer = () => h.confirmedAccount(email, password)

describe('the end of a kiosk visit', () => {
  it("ends the session, forgets the proven customer and removes the screen's files", async () => {
    h = await startHarness({ mode: 'kiosk' })
    const kiosk = await signedInCustomer()
    // Step 1 of a registration proved a customer on this screen: the meter counts their name.
    await h.call(kiosk, 'accounts:check-customer', {
      customerKind: 'private',
      codiceCliente: privateCustomer.codice_cliente,
      customerCode: privateCustomer.codice_iss,
    })
    const meter = () => h.call(kiosk, 'accounts:check-password', { password: 'LauraBianchi-1980!' })
    const before = await meter()
    const dir = h.services.scratch.dirFor(kiosk.connectionId)
    writeFileSync(join(dir, 'bolletta.pdf'), '%PDF-1.7 Bianchi Laura')
    const other = h.connection()
    const otherDir = h.services.scratch.dirFor(other.connectionId)
    writeFileSync(join(otherDir, 'spool.prn'), 'another screen')

    expect(await h.call(kiosk, 'session:end-visit', { reason: 'idle' })).toEqual({
      ok: true,
      value: null,
    })

    expect(await h.call(kiosk, 'session:current', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
    const rows = await h.db('counter_sessions').whereNull('ended_at')
    expect(rows).toEqual([])
    expect((await h.db('counter_sessions').first()).ended_reason).toBe('visit-idle')
    expect(existsSync(dir)).toBe(false)
    // Another screen's files are its own.
    expect(readdirSync(otherDir)).toEqual(['spool.prn'])
    // The name is no longer the screen's: the same password scores as any stranger's would.
    const after = await meter()
    expect(before.ok && after.ok && after.value.score > before.value.score).toBe(true)
    const audit = await h.db('counter_audit_log').where({ action: 'kiosk.visit-ended' })
    expect(audit.map((r) => JSON.parse(r.detail_json))).toEqual([{ reason: 'idle' }])
  })

  it('is a kiosk call: a desk refuses it', async () => {
    h = await startHarness({ mode: 'desk' })
    expect(await h.call(h.connection(), 'session:end-visit', { reason: 'exit' })).toMatchObject({
      ok: false,
    })
  })

  it("ends an idle kiosk session itself, after the admin's timeout and its grace", async () => {
    h = await startHarness({ mode: 'kiosk' })
    // (An admin sets it at a desk; a kiosk reads the stored setting.)
    await writeSessionTimeouts(h.db, { kioskIdleSeconds: 300, deskIdleMinutes: 10 }, h.clock.now())
    const kiosk = await signedInCustomer()
    // 4 minutes idle: within 300 s, still signed in (the old fixed two minutes would have ended it).
    h.clock.advance(240_000)
    expect(await h.call(kiosk, 'session:current', {})).toMatchObject({
      value: { kind: 'customer' },
    })
    // 300 s + 30 s of grace untouched: ended.
    h.clock.advance(330_000)
    expect(await h.call(kiosk, 'session:current', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
  })
})

describe('the idle timeouts setting', () => {
  it('is an admin’s, bounded, and every screen reads it', async () => {
    h = await startHarness({ mode: 'desk' })
    const admin = await h.signedInOperator('admin')
    expect(await h.call(h.connection(), 'app:info', {})).toMatchObject({
      value: { timeouts: { kioskIdleSeconds: 120, deskIdleMinutes: 10 } },
    })
    for (const bad of [
      { kioskIdleSeconds: 44, deskIdleMinutes: 10 },
      { kioskIdleSeconds: 901, deskIdleMinutes: 10 },
      { kioskIdleSeconds: 120, deskIdleMinutes: 1 },
      { kioskIdleSeconds: 120.5, deskIdleMinutes: 10 },
    ])
      expect(await h.call(admin, 'settings:set-timeouts', bad)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
    const clerk = await h.signedInOperator('front_desk')
    expect(
      await h.call(clerk, 'settings:set-timeouts', { kioskIdleSeconds: 60, deskIdleMinutes: 5 }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(
      await h.call(admin, 'settings:set-timeouts', { kioskIdleSeconds: 60, deskIdleMinutes: 5 }),
    ).toEqual({ ok: true, value: null })
    expect(await h.call(h.connection(), 'app:info', {})).toMatchObject({
      value: { timeouts: { kioskIdleSeconds: 60, deskIdleMinutes: 5 } },
    })
    expect(await h.call(admin, 'settings:get-timeouts', {})).toEqual({
      ok: true,
      value: { kioskIdleSeconds: 60, deskIdleMinutes: 5 },
    })
    const audit = await h.db('counter_audit_log').where({ action: 'settings.timeouts' })
    expect(audit).toHaveLength(1)
  })
})

describe('serving a customer, left idle', () => {
  it("stops after the desk's idle timeout; activity keeps it", async () => {
    h = await startHarness({ mode: 'desk' })
    const desk = await h.signedInOperator()
    await h.call(desk, 'customers:serve', { codiceCliente: privateCustomer.codice_cliente })
    h.clock.advance(9 * 60_000)
    expect(await h.call(desk, 'customers:serving', {})).toMatchObject({
      value: { codiceCliente: privateCustomer.codice_cliente },
    })
    h.clock.advance(9 * 60_000)
    expect(await h.call(desk, 'customers:serving', {})).toMatchObject({
      value: { codiceCliente: privateCustomer.codice_cliente },
    })
    h.clock.advance(10 * 60_000)
    expect(await h.call(desk, 'customers:serving', {})).toEqual({ ok: true, value: null })
    // The operator is still signed in: only the service ended.
    expect(await h.call(desk, 'session:current', {})).toMatchObject({ value: { kind: 'operator' } })
  })

  it("Fine servizio removes the screen's temporary files", async () => {
    h = await startHarness({ mode: 'desk' })
    const desk = await h.signedInOperator()
    await h.call(desk, 'customers:serve', { codiceCliente: privateCustomer.codice_cliente })
    const dir = h.services.scratch.dirFor(desk.connectionId)
    writeFileSync(join(dir, 'scan.jpg'), 'x')
    await h.call(desk, 'customers:end-service', {})
    expect(existsSync(dir)).toBe(false)
  })
})

describe('the screens’ scratch folders', () => {
  it('are one per screen, private to this user, and all go at a start', async () => {
    h = await startHarness({ mode: 'kiosk' })
    const scratch = createScreenScratch(h.deps.dataDir)
    const a = scratch.dirFor('webcontents-1')
    const b = scratch.dirFor('webcontents-2')
    expect(a).not.toBe(b)
    expect(a).not.toContain('webcontents')
    writeFileSync(join(a, 'one'), '1')
    mkdirSync(join(b, 'nested'))
    scratch.wipeAll()
    expect(existsSync(scratchRoot(h.deps.dataDir))).toBe(false)
  })
})
