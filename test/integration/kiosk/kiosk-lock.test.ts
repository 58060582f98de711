// The locked kiosk's operator exit (issue #15 point 1), through the registry as the screens call
// it, on real SQLite: the PIN opens the exit on its own screen only, for a short while and once;
// wrong PINs are counted before they are checked and lock (in the database, so a restart forgives
// nothing); nothing of the PIN is stored in clear, audited or answered.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { assembleServices, startCounter, type Counter } from '../../../src-main/counter'
import { DEMO_KIOSK_PIN, UNLOCK_WINDOW_MS } from '../../../src-main/features/kiosk'
import { writeExitPin } from '../../../src-main/features/kiosk/exit-pin'
import { writeStoredMode } from '../../../src-main/features/settings'
import { setupKeyFile } from '../../../src-main/features/setup'
import {
  createPasswordHasher,
  type PasswordHasher,
} from '../../../src-main/infra/crypto/password-hash'
import { silentLogger } from '../../../src-main/infra/log/logger'
import type { Connection } from '../../../src-main/ipc/registry'
import type { Channel, ChannelInput } from '../../../src-shared/ipc'
import { FAST_SCRYPT, startHarness, type Harness } from '../../support/counter-harness'
import { tempDir } from '../../support/temp-db'

const PIN = '583920'
const WRONG = ['111222', '583921', '000001', '904512', '777123', '314159']

let h: Harness | undefined
afterEach(async () => {
  await h?.dispose()
  h = undefined
})

async function kioskWithPin(options: Parameters<typeof startHarness>[0] = {}) {
  h = await startHarness({ mode: 'kiosk', ...options })
  await writeExitPin(h.db, { hash: await h.hasher.hash(PIN), demo: false }, h.clock.now())
  return h
}

const unlock = (screen: Connection, pin: string) => h!.call(screen, 'kiosk:unlock', { pin })
const exit = (screen: Connection) => h!.call(screen, 'kiosk:exit', {})

async function auditOf(action: string) {
  return h!.db('counter_audit_log').where({ action }).orderBy('at').select('outcome', 'detail_json')
}

describe('the exit PIN', () => {
  it('a wrong PIN is refused and opens nothing; the right one opens the exit on that screen, once', async () => {
    await kioskWithPin()
    const screen = h!.connection()
    expect(await h!.call(screen, 'kiosk:lock-status', {})).toEqual({
      ok: true,
      value: { pinSet: true },
    })
    expect(await unlock(screen, WRONG[0]!)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS', issues: [{ path: 'pin' }] },
    })
    // A renderer cannot just call the exit.
    expect(await exit(screen)).toMatchObject({ ok: false, error: { code: 'KIOSK_NOT_UNLOCKED' } })

    const opened = await unlock(screen, PIN)
    expect(opened).toEqual({
      ok: true,
      value: { until: new Date(h!.clock.now().getTime() + UNLOCK_WINDOW_MS).toISOString() },
    })
    // Another screen (window, page) is not unlocked by it.
    expect(await exit(h!.connection())).toMatchObject({
      ok: false,
      error: { code: 'KIOSK_NOT_UNLOCKED' },
    })
    // Not the app: the browser host's page cannot close the program (byShell false).
    expect(await exit(screen)).toEqual({ ok: true, value: { byShell: false } })
    expect(await exit(screen)).toMatchObject({ ok: false, error: { code: 'KIOSK_NOT_UNLOCKED' } })

    expect((await auditOf('kiosk.unlock')).map((r) => r.outcome)).toEqual(['denied', 'ok'])
    expect((await auditOf('kiosk.exit')).map((r) => r.outcome)).toEqual([
      'denied',
      'denied',
      'ok',
      'denied',
    ])
  })

  it('the exit is open only for a short while after the PIN, and Torna al chiosco locks it at once', async () => {
    await kioskWithPin()
    const screen = h!.connection()
    expect((await unlock(screen, PIN)).ok).toBe(true)
    h!.clock.advance(UNLOCK_WINDOW_MS + 1)
    expect(await exit(screen)).toMatchObject({ ok: false, error: { code: 'KIOSK_NOT_UNLOCKED' } })

    expect((await unlock(screen, PIN)).ok).toBe(true)
    expect(await h!.call(screen, 'kiosk:lock', {})).toEqual({ ok: true, value: null })
    expect(await exit(screen)).toMatchObject({ ok: false, error: { code: 'KIOSK_NOT_UNLOCKED' } })

    // The end of a visit (idle, ESCI) wipes the screen: its unlock goes with it.
    expect((await unlock(screen, PIN)).ok).toBe(true)
    expect((await h!.call(screen, 'session:end-visit', { reason: 'idle' })).ok).toBe(true)
    expect(await exit(screen)).toMatchObject({ ok: false, error: { code: 'KIOSK_NOT_UNLOCKED' } })
  })

  it('the 5th wrong PIN locks; then even the right PIN is refused, with the time; a restart forgives nothing', async () => {
    await kioskWithPin()
    const screen = h!.connection()
    const answers = []
    for (const pin of WRONG.slice(0, 5)) answers.push(await unlock(screen, pin))
    expect(answers.slice(0, 4).map((a) => !a.ok && a.error.code)).toEqual(
      Array(4).fill('INVALID_CREDENTIALS'),
    )
    expect(answers[4]).toMatchObject({
      ok: false,
      error: { code: 'CHECKS_LOCKED', params: { until: expect.any(String) } },
    })
    const during = await unlock(screen, PIN)
    expect(during).toMatchObject({ ok: false, error: { code: 'CHECKS_LOCKED' } })
    expect(await exit(screen)).toMatchObject({ ok: false, error: { code: 'KIOSK_NOT_UNLOCKED' } })

    // The counter starts again on the same database: still locked.
    const again = assembleServices(h!.deps)
    const restarted = await again.registry.invoke('kiosk:unlock', { pin: PIN }, h!.connection())
    expect(restarted).toMatchObject({ ok: false, error: { code: 'CHECKS_LOCKED' } })

    // After the lock's minute the right PIN opens it (and clears the count).
    h!.clock.advance(61_000)
    expect((await unlock(screen, PIN)).ok).toBe(true)
  })

  it('40 wrong PINs at once get at most 5 checks; the right one among them waits for the lock', async () => {
    await kioskWithPin()
    let checks = 0
    const counting: PasswordHasher = {
      ...h!.hasher,
      verify: (pin, hash) => {
        checks++
        return h!.hasher.verify(pin, hash)
      },
    }
    const { registry } = assembleServices({ ...h!.deps, hasher: counting })
    const screen = h!.connection()
    const guesses = Array.from({ length: 40 }, (_, i) =>
      i === 30 ? PIN : String(100000 + i * 7919).slice(0, 6),
    )
    const answers = await Promise.all(
      guesses.map((pin) => registry.invoke('kiosk:unlock', { pin }, screen)),
    )
    expect(checks).toBeLessThanOrEqual(5)
    expect(answers.filter((a) => a.ok)).toHaveLength(0)
    expect(await registry.invoke('kiosk:exit', {}, screen)).toMatchObject({ ok: false })
  })

  it('two wrong PINs get the same answer, whatever digits are right', async () => {
    // (Their cost is the shared gate's, one derivation each, as the sign-in's whose timing
    // test/timing measures; a test here never times anything.)
    await kioskWithPin({ scrypt: { N: 2 ** 14, r: 8, p: 1 } })
    const screen = h!.connection()
    const close = await unlock(screen, '583929')
    const far = await unlock(screen, '999999')
    expect(close).toEqual(far)
  })

  it('no audit line, setting or answer holds the PIN', async () => {
    await kioskWithPin()
    const screen = h!.connection()
    await unlock(screen, WRONG[1]!)
    await unlock(screen, PIN)
    await h!.call(screen, 'kiosk:change-pin', {
      currentPin: PIN,
      newPin: '860417',
      newPinConfirm: '860417',
    })
    const rows = JSON.stringify(await h!.db('counter_audit_log').select())
    const settings = JSON.stringify(await h!.db('counter_settings').select())
    for (const pin of [PIN, WRONG[1]!, '860417']) {
      expect(rows).not.toContain(pin)
      expect(settings).not.toContain(pin)
    }
    expect(settings).toContain('scrypt$')
  })
})

describe('Cambia PIN', () => {
  it('needs an unlocked screen and the current PIN; refuses a guessable or mistyped new one', async () => {
    await kioskWithPin()
    const screen = h!.connection()
    const change = (input: ChannelInput<'kiosk:change-pin'>) =>
      h!.call(screen, 'kiosk:change-pin', input)
    const to = (pin: string, confirm = pin) => ({
      currentPin: PIN,
      newPin: pin,
      newPinConfirm: confirm,
    })
    expect(await change(to('860417'))).toMatchObject({
      ok: false,
      error: { code: 'KIOSK_NOT_UNLOCKED' },
    })
    expect((await unlock(screen, PIN)).ok).toBe(true)
    for (const guessable of ['000000', '123456', '987654', '121212', '12341234'])
      expect(await change(to(guessable))).toMatchObject({
        ok: false,
        error: { code: 'KIOSK_PIN_GUESSABLE', issues: [{ path: 'newPin' }] },
      })
    expect(await change(to('860417', '860471'))).toMatchObject({
      ok: false,
      error: { code: 'PASSWORDS_DIFFER', issues: [{ path: 'newPinConfirm' }] },
    })
    expect(
      await change({ currentPin: '111111', newPin: '860417', newPinConfirm: '860417' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS', issues: [{ path: 'currentPin' }] },
    })
    expect(await change(to('860417'))).toEqual({ ok: true, value: null })

    const other = h!.connection()
    expect(await unlock(other, PIN)).toMatchObject({ ok: false })
    expect((await unlock(other, '860417')).ok).toBe(true)
    expect((await auditOf('kiosk.pin-changed')).map((r) => r.outcome)).toEqual(['denied', 'ok'])
  })

  it('a PIN that is not 6 to 8 digits is refused before any check', async () => {
    await kioskWithPin()
    for (const pin of ['12345', '123456789', '58392a', ''])
      expect(await unlock(h!.connection(), pin)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      })
    expect(await auditOf('kiosk.unlock')).toEqual([])
  })
})

describe('where the exit exists', () => {
  it('a kiosk configured before there was a PIN says so and opens nothing', async () => {
    h = await startHarness({ mode: 'kiosk' })
    const screen = h.connection()
    expect(await h.call(screen, 'kiosk:lock-status', {})).toEqual({
      ok: true,
      value: { pinSet: false },
    })
    expect(await unlock(screen, PIN)).toMatchObject({
      ok: false,
      error: { code: 'KIOSK_PIN_NOT_SET' },
    })
    expect(await exit(screen)).toMatchObject({ ok: false, error: { code: 'KIOSK_NOT_UNLOCKED' } })

    // An admin's username and password open it instead (through the gate), to set a PIN.
    await h.db('counter_operators').insert({
      id: 'op-admin',
      username: 'direttrice',
      display_name: 'Giulia Neri',
      role: 'admin',
      password_hash: await h.hasher.hash('Sportello-Prima-Config-26!'),
      created_at: '2026-01-01T00:00:00Z',
    })
    const asAdmin = (password: string) =>
      h!.call(screen, 'kiosk:unlock-admin', { username: 'direttrice', password })
    expect(await asAdmin('wrong-password-26!')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS', issues: [{ path: 'password' }] },
    })
    expect((await asAdmin('Sportello-Prima-Config-26!')).ok).toBe(true)
    expect(
      await h.call(screen, 'kiosk:change-pin', { newPin: '860417', newPinConfirm: '860417' }),
    ).toEqual({ ok: true, value: null })
    // Now the PIN is the only way: the admin's route is closed, and a change needs the PIN.
    expect(await asAdmin('Sportello-Prima-Config-26!')).toMatchObject({ ok: false })
    expect(
      await h.call(screen, 'kiosk:change-pin', { newPin: '860418', newPinConfirm: '860418' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await unlock(h.connection(), '860417')).ok).toBe(true)
    const audits = await h.db('counter_audit_log').where({ action: 'kiosk.unlock' }).select()
    expect(audits.map((r) => [r.outcome, r.actor_kind])).toEqual([
      ['denied', 'anonymous'],
      ['ok', 'operator'],
      ['ok', 'anonymous'],
    ])
  })

  it('a desk serves none of it', async () => {
    await kioskWithPin({ mode: 'desk' })
    const screen = h!.connection()
    for (const [channel, input] of [
      ['kiosk:lock-status', {}],
      ['kiosk:unlock', { pin: PIN }],
      ['kiosk:exit', {}],
    ] as const)
      expect(await h!.call(screen, channel as Channel, input as never)).toMatchObject({
        ok: false,
        error: { code: 'NOT_IN_THIS_MODE' },
      })
  })
})

describe('the PIN at the first-run setup and in demo mode', () => {
  const hasher = createPasswordHasher(FAST_SCRYPT)
  let dir: ReturnType<typeof tempDir> | undefined
  let counter: Counter | undefined
  afterEach(async () => {
    await counter?.close()
    counter = undefined
    dir?.dispose()
    dir = undefined
  })
  const start = async (options: { demo?: boolean; mode?: 'kiosk' | 'desk' } = {}) => {
    await counter?.close()
    dir ??= tempDir()
    counter = await startCounter({
      dataDir: dir.dir,
      version: 't',
      demo: false,
      demoSize: 4,
      logger: silentLogger,
      hasher,
      ...options,
    })
    return counter
  }
  const screen = { transport: 'test', connectionId: 'screen-1' }
  const call = (channel: Channel, input: unknown) =>
    counter!.registry.invoke(channel, input, screen)

  it('a kiosk is set up only with a PIN typed twice, stored hashed; the kiosk then opens with it', async () => {
    await start({ mode: 'kiosk' })
    const key = readFileSync(setupKeyFile(dir!.dir), 'utf8').match(/[A-Z0-9-]{19,}/)![0]
    const input = (pins: { kioskPin?: string; kioskPinConfirm?: string }) => ({
      setupKey: key,
      mode: 'kiosk',
      office: { officeName: 'Sportello di prova', portalUrl: '' },
      admin: {
        username: 'direttrice',
        displayName: 'Giulia Neri',
        password: 'Sportello-Prima-Config-26!',
        passwordConfirm: 'Sportello-Prima-Config-26!',
      },
      ...pins,
    })
    expect(await call('setup:complete', input({}))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'kioskPin' }] },
    })
    expect(
      await call('setup:complete', input({ kioskPin: PIN, kioskPinConfirm: '583902' })),
    ).toMatchObject({
      ok: false,
      error: { code: 'PASSWORDS_DIFFER', issues: [{ path: 'kioskPinConfirm' }] },
    })
    expect(
      await call('setup:complete', input({ kioskPin: '111111', kioskPinConfirm: '111111' })),
    ).toMatchObject({
      ok: false,
      error: { code: 'KIOSK_PIN_GUESSABLE' },
    })
    expect(await call('setup:complete', input({ kioskPin: PIN, kioskPinConfirm: PIN }))).toEqual({
      ok: true,
      value: null,
    })
    await start()
    expect(counter!.info.mode).toBe('kiosk')
    expect(await call('kiosk:lock-status', {})).toEqual({ ok: true, value: { pinSet: true } })
    expect((await call('kiosk:unlock', { pin: PIN })).ok).toBe(true)
    const settings = JSON.stringify(await counter!.db('counter_settings').select())
    expect(settings).not.toContain(PIN)
  })

  it('demo mode has the published PIN; a start without demo mode deletes it', async () => {
    await start({ demo: true, mode: 'kiosk' })
    expect((await call('kiosk:unlock', { pin: DEMO_KIOSK_PIN })).ok).toBe(true)
    // The same replica, configured as a kiosk, started without demo mode.
    await writeStoredMode(counter!.db, 'kiosk', new Date())
    await start({ demo: false })
    expect(counter!.info.mode).toBe('kiosk')
    expect(await call('kiosk:lock-status', {})).toEqual({ ok: true, value: { pinSet: false } })
    expect(await call('kiosk:unlock', { pin: DEMO_KIOSK_PIN })).toMatchObject({
      ok: false,
      error: { code: 'KIOSK_PIN_NOT_SET' },
    })
  })
})
