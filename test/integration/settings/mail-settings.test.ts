// An admin sets the SMTP server: the password is sealed at rest, never comes back out, and the
// sender picks the new server up — delivered through a real SMTP server on 127.0.0.1.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SMTPServer } from 'smtp-server'
import { afterEach, describe, expect, it } from 'vitest'
import { startCounter, type Counter } from '../../../src-main/counter'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { enqueueMail } from '../../../src-main/infra/outbox/outbox'
import { openSecretBox, unprotectedKeys } from '../../../src-main/infra/crypto/secret-box'
import { cryptoRandom } from '../../../src-main/infra/crypto/random'
import { systemClock } from '../../../src-main/infra/clock/clock'
import { configureDataDir } from '../../support/configured-data-dir'
import { tempDir } from '../../support/temp-db'
import { FAST_SCRYPT } from '../../support/counter-harness'
import { createPasswordHasher } from '../../../src-main/infra/crypto/password-hash'

let counter: Counter | undefined
let server: SMTPServer | undefined
let dir: ReturnType<typeof tempDir> | undefined
afterEach(async () => {
  await counter?.close()
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()))
  dir?.dispose()
})

async function smtpServer(received: { user?: string; raw: string }[]) {
  server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, cb) {
      if (auth.username === 'sportello' && auth.password === 'Smtp-Segreta-9')
        cb(null, { user: auth.username })
      else cb(new Error('bad credentials'))
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        received.push({
          user: session.user as string | undefined,
          raw: Buffer.concat(chunks).toString(),
        })
        cb()
      })
    },
  })
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done))
  return (server.server.address() as { port: number }).port
}

describe('SMTP settings', () => {
  it('seals the password, hides it from the admin, and sends through the new server', async () => {
    const received: { user?: string; raw: string }[] = []
    const port = await smtpServer(received)
    dir = tempDir()
    await configureDataDir(dir.dir, 'desk')
    const hasher = createPasswordHasher(FAST_SCRYPT)
    counter = await startCounter({
      dataDir: dir.dir,
      version: 't',
      mode: 'desk',
      demo: false,
      logger: silentLogger,
      hasher,
    })
    await counter.db('counter_operators').insert({
      id: cryptoRandom.uuid(),
      username: 'admin',
      display_name: 'Ada Amministra',
      role: 'admin',
      password_hash: await hasher.hash('Sportello-Admin-26!'),
      created_at: new Date().toISOString(),
    })
    const desk = { transport: 'test', connectionId: 'desk-1' }
    const call = (channel: string, input: unknown) => counter!.registry.invoke(channel, input, desk)
    expect(
      await call('settings:set-mail', {
        host: 'x',
        port: 25,
        secure: false,
        user: '',
        from: 'a@b.it',
      }),
    ).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(
      (
        await call('operators:login', {
          username: 'admin',
          password: 'Sportello-Admin-26!',
          remember: false,
        })
      ).ok,
    ).toBe(true)

    // Mail queued while no server is configured waits in the outbox.
    const box = await openSecretBox(counter.dataDir, unprotectedKeys)
    await counter.db.transaction((trx) =>
      enqueueMail(
        trx,
        { clock: systemClock, random: cryptoRandom, box },
        {
          to: 'laura.bianchi@example.it',
          locale: 'it',
          template: 'already-registered',
          params: { name: 'Laura' },
        },
      ),
    )
    expect(
      await call('settings:set-mail', {
        host: '127.0.0.1',
        port,
        secure: false,
        user: 'sportello',
        password: 'Smtp-Segreta-9',
        from: 'sportello@mdt.example',
      }),
    ).toEqual({ ok: true, value: null })

    const view = await call('settings:get-mail', {})
    expect(view).toEqual({
      ok: true,
      value: {
        configured: true,
        host: '127.0.0.1',
        port,
        secure: false,
        user: 'sportello',
        from: 'sportello@mdt.example',
        hasPassword: true,
        demo: false,
      },
    })
    expect(JSON.stringify(view)).not.toContain('Smtp-Segreta-9')
    await counter.db.raw('PRAGMA wal_checkpoint(TRUNCATE)')
    expect(readFileSync(join(counter.dataDir, 'sportello.sqlite')).includes('Smtp-Segreta-9')).toBe(
      false,
    )

    // This server offers no TLS: credentials never travel in clear, so nothing is sent and the
    // mail waits, with the reason recorded for the admin.
    await expect
      .poll(async () => (await counter!.db('counter_outbox').first('last_error')).last_error, {
        timeout: 15_000,
      })
      .toBeTruthy()
    expect(received).toHaveLength(0)

    // Saving again without a password keeps the stored one.
    const relay = { host: '127.0.0.1', port, secure: false, from: 'sportello@mdt.example' }
    await call('settings:set-mail', { ...relay, user: 'sportello' })
    expect(await call('settings:get-mail', {})).toMatchObject({ value: { hasPassword: true } })

    // A relay without authentication: the waiting mail goes out through the new settings.
    await call('settings:set-mail', { ...relay, user: '', password: '' })
    expect(await call('settings:get-mail', {})).toMatchObject({ value: { hasPassword: false } })
    await counter.db('counter_outbox').update({ next_attempt_at: new Date(0).toISOString() })
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1)
    expect(received[0]!.raw).toContain('To: laura.bianchi@example.it')
    const audit = await counter
      .db('counter_audit_log')
      .where({ action: 'settings.mail' })
      .select('detail_json')
    expect(audit).toHaveLength(3)
    expect(JSON.stringify(audit)).not.toContain('Smtp-Segreta-9')
  })
})
