// The first-run setup (issue #8 point 8): an installed counter with no stored mode serves nothing
// but its setup — no operator sign-in on a kiosk started from the wrong shortcut — and only
// someone holding the setup key (a file only the machine's administrator can read) and an admin's
// credentials can complete it. A checkout's demo keeps today's defaults. Real SQLite files, the
// counter as the app starts it.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { startCounter, type Counter, type CounterOptions } from '../../../src-main/counter'
import { setupKeyFile } from '../../../src-main/features/setup'
import { createPasswordHasher } from '../../../src-main/infra/crypto/password-hash'
import { silentLogger } from '../../../src-main/infra/log/logger'
import type { ChannelInput } from '../../../src-shared/ipc'
import { FAST_SCRYPT } from '../../support/counter-harness'
import { tempDir } from '../../support/temp-db'

let dir: ReturnType<typeof tempDir> | undefined
let counter: Counter | undefined
afterEach(async () => {
  await counter?.close()
  counter = undefined
  dir?.dispose()
})

const hasher = createPasswordHasher(FAST_SCRYPT)
const screen = { transport: 'test', connectionId: 'screen-1' }
let configured = 0

async function start(options: Partial<CounterOptions> = {}) {
  await counter?.close()
  dir ??= tempDir()
  counter = await startCounter({
    dataDir: dir.dir,
    version: 't',
    demo: false,
    logger: silentLogger,
    hasher,
    onConfigured: () => configured++,
    ...options,
  })
  return counter
}

const keyOnDisk = () => readFileSync(setupKeyFile(dir!.dir), 'utf8').match(/[A-Z0-9-]{19,}/)![0]

const setupInput = (
  setupKey: string,
  admin: Partial<ChannelInput<'setup:complete'>['admin']> = {},
): ChannelInput<'setup:complete'> => ({
  setupKey,
  mode: 'desk',
  office: { officeName: 'Sportello di Borgo Maggiore', portalUrl: 'https://portale.mdt.example' },
  admin: {
    username: 'direttrice',
    displayName: 'Giulia Neri',
    password: 'Sportello-Prima-Config-26!',
    passwordConfirm: 'Sportello-Prima-Config-26!',
    ...admin,
  },
})

const call = <C extends Parameters<Counter['registry']['invoke']>[0]>(channel: C, input: unknown) =>
  counter!.registry.invoke(channel, input, screen)

describe('an installation with no stored mode', () => {
  it('serves only its setup, whatever mode the launch asked for', async () => {
    await start({ mode: 'desk' })
    expect(counter!.info.mode).toBe('setup')
    expect(await call('app:info', {})).toMatchObject({ ok: true, value: { mode: 'setup' } })
    for (const [channel, input] of [
      ['operators:login', { username: 'direttrice', password: 'x', remember: false }],
      ['accounts:login', { identifier: 'a@b.it', password: 'x' }],
      ['session:current', {}],
      ['system:status', {}],
    ] as const) {
      expect(await call(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'NOT_IN_THIS_MODE' },
      })
    }
    expect(await call('setup:status', {})).toEqual({
      ok: true,
      value: {
        adminExists: false,
        suggestedMode: 'desk',
        setupKeyFile: setupKeyFile(dir!.dir),
      },
    })
    // The key is in a file only its owner reads, and the same across restarts until used.
    expect(statSync(setupKeyFile(dir!.dir)).mode & 0o777).toBe(0o600)
    const key = keyOnDisk()
    await start()
    expect(keyOnDisk()).toBe(key)
  })

  it('refuses a wrong key, counts it, and stores nothing', async () => {
    await start()
    const wrong = await call('setup:complete', setupInput('AAAA-BBBB-CCCC-DDDD-EEEE'))
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'SETUP_KEY_INVALID', issues: [{ path: 'setupKey' }] },
    })
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('setup:complete', setupInput('AAAA-BBBB-CCCC-DDDD-EEEE')),
      ),
    )
    expect(answers.some((a) => !a.ok && a.error.code === 'CHECKS_LOCKED')).toBe(true)
    // Locked: even the right key waits.
    expect(await call('setup:complete', setupInput(keyOnDisk()))).toMatchObject({
      ok: false,
      error: { code: 'CHECKS_LOCKED' },
    })
    expect(await counter!.db('counter_settings').where({ key: 'mode' }).first()).toBeUndefined()
    expect(await counter!.db('counter_operators').count({ n: '*' }).first()).toEqual({ n: 0 })
    expect(configured).toBe(0)
  })

  it('refuses a first admin whose password breaks the policy, and stores nothing', async () => {
    await start()
    const weak = await call(
      'setup:complete',
      setupInput(keyOnDisk(), { password: 'giulia2026', passwordConfirm: 'giulia2026' }),
    )
    expect(weak).toMatchObject({ ok: false, error: { code: 'PASSWORD_POLICY' } })
    const differ = await call(
      'setup:complete',
      setupInput(keyOnDisk(), { passwordConfirm: 'Sportello-Prima-Config-27!' }),
    )
    expect(differ).toMatchObject({
      ok: false,
      error: { code: 'PASSWORDS_DIFFER', issues: [{ path: 'admin.passwordConfirm' }] },
    })
    expect(await counter!.db('counter_operators').count({ n: '*' }).first()).toEqual({ n: 0 })
  })

  it('completes once with the key and a new admin; then starts in its mode', async () => {
    await start({ mode: 'kiosk' })
    const key = keyOnDisk()
    // The key typed in lower case and without its dashes is the same key.
    const typed = key.toLowerCase().replace(/-/g, '')
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => call('setup:complete', setupInput(typed))),
    )
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    expect(configured).toBe(1)
    expect(existsSync(setupKeyFile(dir!.dir))).toBe(false)

    await start()
    expect(counter!.info.mode).toBe('desk')
    expect(await call('setup:complete', setupInput(key))).toMatchObject({
      ok: false,
      error: { code: 'NOT_IN_THIS_MODE' },
    })
    const signedIn = await call('operators:login', {
      username: 'direttrice',
      password: 'Sportello-Prima-Config-26!',
      remember: false,
    })
    expect(signedIn).toMatchObject({
      ok: true,
      value: { role: 'admin', mustChangePassword: false },
    })
    expect(await call('settings:get-office', {})).toEqual({
      ok: true,
      value: {
        officeName: 'Sportello di Borgo Maggiore',
        portalUrl: 'https://portale.mdt.example',
        timeZone: 'Europe/Rome',
      },
    })
    const audit = await counter!.db('counter_audit_log').where({ action: 'setup.complete' })
    expect(audit.map((r) => r.outcome)).toEqual(['ok'])
  })

  it('a setup killed after storing its answer, before deleting its key: the next start deletes it', async () => {
    await start()
    const key = keyOnDisk()
    expect((await call('setup:complete', setupInput(key))).ok).toBe(true)
    // As if the process died right after the transaction: the key file is still there.
    writeFileSync(setupKeyFile(dir!.dir), `${key}\n`, { mode: 0o600 })
    await start()
    expect(counter!.info.mode).toBe('desk')
    expect(existsSync(setupKeyFile(dir!.dir))).toBe(false)
  })

  it('on a replica that has an admin, asks for that admin’s sign-in instead of a new one', async () => {
    await start()
    expect((await call('setup:complete', setupInput(keyOnDisk()))).ok).toBe(true)
    // The mode is lost (a settings row deleted by hand); the admin is still there.
    await counter!.db('counter_settings').where({ key: 'mode' }).delete()
    await start()
    expect(counter!.info.mode).toBe('setup')
    expect(await call('setup:status', {})).toMatchObject({ ok: true, value: { adminExists: true } })
    const wrong = await call(
      'setup:complete',
      setupInput(keyOnDisk(), { password: 'Non-E-Questa-26!', displayName: undefined }),
    )
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS', issues: [{ path: 'admin.password' }] },
    })
    const right = await call(
      'setup:complete',
      setupInput(keyOnDisk(), { displayName: undefined, passwordConfirm: undefined }),
    )
    expect(right).toEqual({ ok: true, value: null })
    expect(await counter!.db('counter_operators').count({ n: '*' }).first()).toEqual({ n: 1 })
  })
})

describe('a checkout in demo mode', () => {
  it('keeps today’s defaults: a desk, or the mode asked for, with no setup', async () => {
    await start({ demo: true, demoSize: 4 })
    expect(counter!.info).toMatchObject({ mode: 'desk', demo: true })
    expect(existsSync(setupKeyFile(dir!.dir))).toBe(false)
    expect(await call('setup:status', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_IN_THIS_MODE' },
    })
    await start({ demo: true, demoSize: 4, mode: 'kiosk' })
    expect(counter!.info.mode).toBe('kiosk')
  })
})
