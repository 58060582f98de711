// Codes at rest (SECURITY.md "Codes waiting in the outbox are sealed"): a confirmation or reset
// code waits in the outbox until the mail is sent — forever on a counter with no SMTP server. The
// database file (and its WAL) never holds a live code or token in clear; the sender still
// delivers the right one; a newer code supersedes the mail of the older (never sent, no trace
// left); a mail whose code expired before it could go is dropped, not sent.
import { readFileSync, existsSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseMail } from '../../../src-main/infra/mail/parse-mail'
import { REDACTED } from '../../../src-main/infra/mail/templates'
import { createOutboxSender } from '../../../src-main/infra/outbox/outbox'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { registrationOf, startHarness, type Harness } from '../../support/counter-harness'
import {
  startRecordingSmtpServer,
  type RecordingSmtpServer,
} from '../../support/recording-smtp-server'
import { loopbackTransport, outboxRows, worstCaseJitter } from './mail-test-kit'

const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'
const MINUTE = 60_000

let h: Harness
let server: RecordingSmtpServer
const cleanups: (() => unknown)[] = []
beforeEach(async () => {
  h = await startHarness()
  server = await startRecordingSmtpServer()
  cleanups.push(
    () => h.dispose(),
    () => server.close(),
  )
})
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function sender() {
  const transport = loopbackTransport(server.port)
  cleanups.push(() => transport.close?.())
  // The box is the counter's own: the sender opens what enqueueMail sealed.
  return createOutboxSender({
    db: h.db,
    clock: h.clock,
    random: worstCaseJitter,
    transport,
    logger: silentLogger,
    box: h.deps.box,
  })
}

/** Every byte of the database as it is on disk: the main file and the WAL. */
function databaseBytes(): Buffer {
  const file = h.deps.databaseFile
  const wal = `${file}-wal`
  return Buffer.concat([readFileSync(file), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)])
}

function expectNotOnDisk(...secrets: string[]) {
  const bytes = databaseBytes()
  for (const secret of secrets) expect(bytes.includes(secret), `${secret} on disk`).toBe(false)
}

const register = () => h.call(h.connection(), 'accounts:register', registrationOf(email, password))

async function liveSecrets() {
  const mail = (await h.lastMail(email))!
  return { template: mail.template, token: mail.params.token!, code: mail.params.code! }
}

async function delivered() {
  return Promise.all(server.messages.map((m) => parseMail(m.raw)))
}

describe('codes waiting in the outbox', () => {
  it('are never on disk in clear, and the sender still delivers the right one', async () => {
    expect((await register()).ok).toBe(true)
    const first = await liveSecrets()
    expect(first.template).toBe('registration-confirm')
    expect((await outboxRows(h.db)).map((r) => r.status)).toEqual(['pending'])
    // Nothing in clear: not in the row, not in the file, not in the WAL.
    const [row] = await outboxRows(h.db)
    expect(row!.payload_json).not.toContain(first.token)
    expect(row!.payload_json).not.toContain(first.code)
    expectNotOnDisk(first.token, first.code)

    expect(await sender().drainOnce()).toEqual({ sent: 1, failed: 0, dead: 0 })
    const [mail] = await delivered()
    expect(mail!.text).toContain(first.code)
    // No portal address is set: the mail carries the code alone, no link.
    expect(mail!.text).not.toContain(first.token)
    // The code works: the sealed copy was the live one.
    expect((await h.call(h.connection(), 'accounts:confirm', { token: first.token })).ok).toBe(true)
    expectNotOnDisk(first.token, first.code)
  })

  it('a reset code waiting in the outbox is sealed too', async () => {
    expect((await register()).ok).toBe(true)
    const { token } = await liveSecrets()
    expect((await h.call(h.connection(), 'accounts:confirm', { token })).ok).toBe(true)
    expect(
      (await h.call(h.connection(), 'accounts:request-password-reset', { email, locale: 'it' })).ok,
    ).toBe(true)
    const reset = await liveSecrets()
    expect(reset.template).toBe('password-reset')
    expectNotOnDisk(reset.token, reset.code)
  })

  it('a newer code supersedes the mail of the older: it is never sent and leaves no trace', async () => {
    expect((await register()).ok).toBe(true)
    const first = await liveSecrets()
    h.clock.advance(2 * MINUTE) // past the resend cooldown
    expect(
      (await h.call(h.connection(), 'accounts:resend-confirmation', { email, locale: 'it' })).ok,
    ).toBe(true)
    const second = await liveSecrets()
    expect(second.code === first.code && second.token === first.token).toBe(false)

    const rows = await outboxRows(h.db)
    expect(rows).toHaveLength(2)
    const [old] = rows
    // The older mail is spent, with a reason, and holds nothing of its code (sealed or not).
    expect(old).toMatchObject({ status: 'dead' })
    expect(old!.last_error).toMatch(/superseded/)
    expect(JSON.parse(old!.payload_json)).toEqual({
      name: 'Laura Bianchi',
      token: REDACTED,
      code: REDACTED,
    })
    expectNotOnDisk(first.token, first.code, second.token, second.code)

    expect(await sender().drainOnce()).toEqual({ sent: 1, failed: 0, dead: 0 })
    const mails = await delivered()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain(second.code)
    expect(mails[0]!.text).not.toContain(first.code)
  })

  it('a code spent by too many wrong tries drops its unsent mail too', async () => {
    expect((await register()).ok).toBe(true)
    const { code } = await liveSecrets()
    const wrong = code === '000000' ? '111111' : '000000'
    let answer
    for (let i = 0; i < 5; i++)
      answer = await h.call(h.connection(), 'accounts:confirm', { email, code: wrong })
    expect(answer).toMatchObject({ error: { code: 'TOO_MANY_ATTEMPTS' } })
    const [row] = await outboxRows(h.db)
    expect(row).toMatchObject({ status: 'dead' })
    expect(JSON.parse(row!.payload_json)).toMatchObject({ token: REDACTED, code: REDACTED })
    expect(await sender().drainOnce()).toEqual({ sent: 0, failed: 0, dead: 0 })
    expect(server.messages).toHaveLength(0)
  })

  it('a code already used (at the kiosk, before its mail went) drops its unsent mail', async () => {
    expect((await register()).ok).toBe(true)
    const { code } = await liveSecrets()
    // Typed at the kiosk from the screen's copy... here, from what was queued: the mail never left.
    expect((await h.call(h.connection(), 'accounts:confirm', { email, code })).ok).toBe(true)
    const [row] = await outboxRows(h.db)
    expect(row).toMatchObject({ status: 'dead' })
    expect(row!.last_error).toMatch(/used/)
    expect(JSON.parse(row!.payload_json)).toMatchObject({ token: REDACTED, code: REDACTED })
    expect(await sender().drainOnce()).toEqual({ sent: 0, failed: 0, dead: 0 })
    expect(server.messages).toHaveLength(0)
  })

  it('a mail whose code expired before it could go is dropped, not sent', async () => {
    expect((await register()).ok).toBe(true)
    const { token } = await liveSecrets()
    expect((await h.call(h.connection(), 'accounts:confirm', { token })).ok).toBe(true)
    expect(
      (await h.call(h.connection(), 'accounts:request-password-reset', { email, locale: 'it' })).ok,
    ).toBe(true)
    const reset = await liveSecrets()
    await h.db('counter_outbox').where({ template: 'registration-confirm' }).delete()
    // No SMTP server until the reset code's 30 minutes are over.
    h.clock.advance(31 * MINUTE)
    expect(await sender().drainOnce()).toEqual({ sent: 0, failed: 0, dead: 1 })
    expect(server.messages).toHaveLength(0)
    const [row] = await outboxRows(h.db)
    expect(row).toMatchObject({ template: 'password-reset', status: 'dead' })
    expect(row!.last_error).toMatch(/expired/)
    expect(JSON.parse(row!.payload_json)).toMatchObject({ token: REDACTED, code: REDACTED })
    expectNotOnDisk(reset.token, reset.code)
  })
})
