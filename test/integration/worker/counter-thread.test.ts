// The counter in its worker thread (src-main/worker): calls relayed and correlated, the host port
// served, a crash answered with COUNTER_RESTARTING and followed by a restart, close() ending it.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { startCounterThread, type CounterThread } from '../../../src-main/worker/counter-thread'
import { counterWorkerSource } from '../../support/browser-host'
import { startBenchThread } from '../../../bench/support/bench-thread'
import { tempDir } from '../../support/temp-db'

const connection = (id: string) => ({ transport: 'test', connectionId: id })

let dir: ReturnType<typeof tempDir> | undefined
let thread: CounterThread | undefined
afterEach(async () => {
  await thread?.close()
  thread = undefined
  dir?.dispose()
})

describe('counter thread', () => {
  it('answers through the worker, asks the host port for the data key, and closes', async () => {
    dir = tempDir()
    const asked: string[] = []
    const xor = (bytes: Uint8Array) => Buffer.from(bytes.map((b) => b ^ 0x5a))
    thread = await startBenchThread(
      { dataDir: dir.dir, keyProtection: 'test keychain' },
      {
        host: {
          keyProtection: 'test keychain',
          'keys.protect': async (key) => (asked.push('protect'), xor(key)),
          'keys.unprotect': async (blob) => (asked.push('unprotect'), xor(blob)),
        },
      },
    )
    expect(thread.info).toEqual({ mode: 'desk', version: 'bench', demo: false })
    expect(thread.dataDir).toBe(dir.dir)
    expect(asked).toEqual(['protect'])
    expect(readFileSync(join(dir.dir, 'keys', 'data-key.bin'))).toHaveLength(32)
    const calls = await Promise.all(
      ['a', 'b', 'c'].map((id) => thread!.invoke('app:info', {}, connection(id))),
    )
    expect(calls.every((r) => r.ok)).toBe(true)
    expect(await thread.invoke('no:such', {}, connection('a'))).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    })
    expect(await thread.reject('app:info', connection('x'), { code: 'FOREIGN_SENDER' })).toEqual({
      ok: false,
      error: { code: 'FOREIGN_SENDER' },
    })

    await thread.close()
    expect(await thread.invoke('app:info', {}, connection('a'))).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_UNAVAILABLE' },
    })
    thread = undefined
    // The worker closed the database: its WAL was checkpointed away.
    expect(existsSync(join(dir.dir, 'sportello.sqlite-wal'))).toBe(false)
  })

  it('a crash answers the pending call COUNTER_RESTARTING, restarts, and serves again', async () => {
    dir = tempDir()
    const crashes: { exitCode: number; restarts: number; message?: string }[] = []
    thread = await startBenchThread(
      { dataDir: dir.dir },
      {
        restartDelayMs: { first: 50, max: 1000 },
        onCrash: (c) =>
          crashes.push({ exitCode: c.exitCode, restarts: c.restarts, message: c.error?.message }),
      },
    )
    expect((await thread.invoke('app:info', {}, connection('kiosk'))).ok).toBe(true)

    // A login for an unknown email verifies against a throwaway hash (≈ 0.4 s of scrypt): still
    // pending when the worker throws.
    const pending = thread.invoke(
      'accounts:login',
      { identifier: 'nessuno@example.it', password: 'Password-Lunga-26' },
      connection('desk'),
    )
    await thread.door('crash')
    expect(await pending).toEqual({ ok: false, error: { code: 'COUNTER_RESTARTING' } })
    expect(crashes).toEqual([
      { exitCode: 1, restarts: 1, message: 'bench worker: crash on request' },
    ])

    // Both connections had been served by the lost worker: each hears it once, then carries on.
    expect(await thread.invoke('app:info', {}, connection('kiosk'))).toEqual({
      ok: false,
      error: { code: 'COUNTER_RESTARTING' },
    })
    const again = await thread.invoke('app:info', {}, connection('kiosk'))
    expect(again).toEqual({
      ok: true,
      value: {
        mode: 'desk',
        version: 'bench',
        demo: false,
        timeZone: 'Europe/Rome',
        officeName: 'Sportello di prova',
        timeouts: { kioskIdleSeconds: 120, deskIdleMinutes: 10 },
      },
    })
    expect((await thread.invoke('app:info', {}, connection('desk'))).ok).toBe(true)
    // A connection the lost worker never served is not told.
    expect((await thread.invoke('app:info', {}, connection('new'))).ok).toBe(true)
    expect(thread.restarts).toBe(1)

    // kill(), the test door, is a crash too.
    await thread.kill()
    expect((await thread.invoke('app:info', {}, connection('new'))).ok).toBe(false)
    expect((await thread.invoke('app:info', {}, connection('new'))).ok).toBe(true)
    expect(thread.restarts).toBe(2)
  })

  it('a stored first-run setup is told after its answer; restart() serves the new mode', async () => {
    dir = tempDir()
    let told = 0
    let answered = false
    thread = await startCounterThread({
      ...counterWorkerSource,
      start: {
        dataDir: dir.dir,
        version: 't',
        demo: false,
        clock: { kind: 'system' },
        logLevel: 'silent',
      },
      logger: silentLogger,
      onConfigured: () => {
        // The setup's own answer went first.
        expect(answered).toBe(true)
        told++
      },
    })
    expect(thread.info.mode).toBe('setup')
    const key = readFileSync(join(dir.dir, 'setup-key.txt'), 'utf8').match(/[A-Z0-9-]{19,}/)![0]
    const result = await thread.invoke(
      'setup:complete',
      {
        setupKey: key,
        mode: 'kiosk',
        office: { officeName: 'Sportello di prova', portalUrl: '' },
        kioskPin: '583920',
        kioskPinConfirm: '583920',
        admin: {
          username: 'direttrice',
          displayName: 'Giulia Neri',
          password: 'Sportello-Prima-Config-26!',
          passwordConfirm: 'Sportello-Prima-Config-26!',
        },
      },
      connection('setup'),
    )
    answered = true
    expect(result).toEqual({ ok: true, value: null })
    await vi.waitFor(() => expect(told).toBe(1))

    const during = thread.invoke('app:info', {}, connection('setup'))
    await thread.restart()
    // A planned restart: no crash, nobody told COUNTER_RESTARTING, the new mode served.
    expect(await during).toMatchObject({ ok: true, value: { mode: 'kiosk' } })
    expect(thread.info.mode).toBe('kiosk')
    expect(await thread.invoke('app:info', {}, connection('setup'))).toMatchObject({
      ok: true,
      value: { mode: 'kiosk' },
    })
    expect(thread.restarts).toBe(0)
  })

  it('close() while the worker restarts answers the waiting calls at once', async () => {
    dir = tempDir()
    thread = await startBenchThread(
      { dataDir: dir.dir },
      { restartDelayMs: { first: 60_000, max: 60_000 } },
    )
    await thread.kill()
    const waiting = thread.invoke('app:info', {}, connection('new'))
    const started = Date.now()
    await thread.close()
    expect(await waiting).toEqual({ ok: false, error: { code: 'SERVICE_UNAVAILABLE' } })
    expect(Date.now() - started).toBeLessThan(5_000)
    thread = undefined
  })

  it('a manual clock follows setClock, across a restart', async () => {
    dir = tempDir()
    thread = await startBenchThread(
      { dataDir: dir.dir, clock: { kind: 'manual', at: '2026-11-23T09:00:00.000Z' } },
      { restartDelayMs: { first: 10, max: 10 } },
    )
    expect(await thread.door('now')).toBe('2026-11-23T09:00:00.000Z')
    // Posted before the next call, so the worker has moved when that call runs.
    thread.setClock(new Date('2027-01-01T00:00:00.000Z'))
    expect(await thread.door('now')).toBe('2027-01-01T00:00:00.000Z')
    await thread.kill()
    await thread.whenReady()
    expect(await thread.door('now')).toBe('2027-01-01T00:00:00.000Z')
  })

  it('a counter that cannot start rejects the start with its error', async () => {
    dir = tempDir()
    // The data directory is a file: the database cannot be opened.
    const file = join(dir.dir, 'not-a-dir')
    await import('node:fs').then((fs) => fs.writeFileSync(file, 'x'))
    await expect(startBenchThread({ dataDir: file })).rejects.toThrow()
  })
})
