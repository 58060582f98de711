// The outbox against a real SMTP server on 127.0.0.1: refusals, a server that is down, dead
// letters, transactional enqueue, and codes cleared once sent.
import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { manualClock, systemClock } from '../../../src-main/infra/clock/clock'
import { cryptoRandom } from '../../../src-main/infra/crypto/random'
import { silentLogger } from '../../../src-main/infra/log/logger'
import type { MailTransport } from '../../../src-main/infra/mail/mail-transport'
import { REDACTED } from '../../../src-main/infra/mail/templates'
import {
  createOutboxSender,
  enqueueMail,
  listDeadLetters,
  messageIdFor,
  type OutboxSenderOptions,
  retryDeadLetter,
} from '../../../src-main/infra/outbox/outbox'
import {
  freePort,
  type RecordingSmtpOptions,
  type RecordingSmtpServer,
  startRecordingSmtpServer,
} from '../../support/recording-smtp-server'
import type { TempDb } from '../../support/temp-db'
import {
  countByStatus,
  loopbackTransport,
  migratedTempDb,
  outboxRows,
  registrationParams,
  worstCaseJitter,
  testBox,
} from './mail-test-kit'

const MINUTE = 60_000
const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function setup(options: {
  refuse?: RecordingSmtpOptions['refuse']
  sender?: Partial<OutboxSenderOptions>
  serverPort?: number | 'down'
}) {
  const temp: TempDb = await migratedTempDb()
  cleanups.push(() => temp.dispose())
  const clock = manualClock('2026-03-02T09:00:00.000Z')
  let server: RecordingSmtpServer | undefined
  let port: number
  if (options.serverPort === 'down') {
    port = await freePort()
  } else {
    server = await startRecordingSmtpServer({ refuse: options.refuse })
    cleanups.push(() => server?.close())
    port = server.port
  }
  const transport = loopbackTransport(port)
  cleanups.push(() => transport.close?.())
  const sender = createOutboxSender({
    db: temp.db,
    clock,
    random: worstCaseJitter,
    transport,
    logger: silentLogger,
    box: testBox,
    ...options.sender,
  })
  const enqueue = (i: number) =>
    enqueueMail(
      temp.db,
      { clock, random: cryptoRandom, box: testBox },
      {
        to: `cliente${i}@example.it`,
        locale: i % 2 ? 'en' : 'it',
        template: 'registration-confirm',
        params: registrationParams(i),
      },
    )
  return { temp, db: temp.db, clock, server, port, transport, sender, enqueue }
}

describe('outbox delivery over SMTP', () => {
  it('delivers every mail exactly once after the server refused the first three tries of each', async () => {
    const { db, clock, server, sender, enqueue } = await setup({
      refuse: (c) => (c.stage === 'data' && c.attempt <= 3 ? 451 : null),
    })
    const ids: string[] = []
    for (let i = 0; i < 12; i++) ids.push(await enqueue(i))

    const delays = new Map<string, number[]>(ids.map((id) => [id, []]))
    for (let pass = 1; pass <= 3; pass++) {
      expect(await sender.drainOnce()).toEqual({ sent: 0, failed: 12, dead: 0 })
      const now = clock.now().getTime()
      for (const row of await outboxRows(db)) {
        expect(row).toMatchObject({ status: 'pending', attempts: pass, lease_until: null })
        expect(row.last_error).toMatch(/451/)
        delays.get(row.id)!.push(Date.parse(row.next_attempt_at) - now)
      }
      // Not due yet: a pass now touches nothing and the server sees nothing.
      const refusals = server!.refusals
      expect(await sender.drainOnce()).toEqual({ sent: 0, failed: 0, dead: 0 })
      expect(server!.refusals).toBe(refusals)
      clock.advance(Math.max(...[...delays.values()].map((d) => d.at(-1)!)))
    }

    expect(await sender.drainOnce()).toEqual({ sent: 12, failed: 0, dead: 0 })
    // Backoff doubles from the base (2 s) at the top of the full-jitter range.
    for (const id of ids) expect(delays.get(id)).toEqual([2_000, 4_000, 8_000])
    expect(server!.refusals).toBe(36)
    const copies = server!.copiesByMessageId()
    expect([...copies.keys()].sort()).toEqual(ids.map(messageIdFor).sort())
    expect([...copies.values()].every((n) => n === 1)).toBe(true)
    for (const row of await outboxRows(db)) {
      expect(row).toMatchObject({ status: 'sent', attempts: 4, sent_at: clock.now().toISOString() })
    }
  })

  it('keeps mail pending while the server is down for over an hour, then delivers it all', async () => {
    const { db, clock, port, sender, enqueue } = await setup({
      serverPort: 'down',
      // Default attempt cap, base and maximum delay; real jitter.
      sender: { random: cryptoRandom },
    })
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push(await enqueue(i))

    expect(await sender.drainOnce()).toEqual({ sent: 0, failed: 5, dead: 0 })
    for (const row of await outboxRows(db)) {
      expect(row).toMatchObject({ status: 'pending', attempts: 1 })
      expect(row.last_error).toMatch(/ECONNREFUSED/)
    }
    for (let minute = 0; minute < 65; minute += 5) {
      clock.advance(5 * MINUTE)
      const { sent, dead } = await sender.drainOnce()
      expect({ sent, dead }).toEqual({ sent: 0, dead: 0 })
    }
    expect(await countByStatus(db)).toEqual({ pending: 5 })
    const attempts = (await outboxRows(db)).map((r) => r.attempts)
    // More tries than the cap of 8, yet nothing dead-lettered: the retry window is 6 hours.
    expect(Math.min(...attempts)).toBeGreaterThan(8)

    const server = await startRecordingSmtpServer({ port })
    cleanups.push(() => server.close())
    clock.advance(30 * MINUTE)
    expect(await sender.drainOnce()).toEqual({ sent: 5, failed: 0, dead: 0 })
    expect([...server.copiesByMessageId().keys()].sort()).toEqual(ids.map(messageIdFor).sort())
    expect(await countByStatus(db)).toEqual({ sent: 5 })
  })

  it('dead-letters after the cap, lists the dead letters, and retries one whose content survives', async () => {
    let refusing = true
    const { db, clock, server, sender, enqueue } = await setup({
      refuse: (c) => (refusing && c.stage === 'rcpt' ? 451 : null),
      sender: { maxAttempts: 3, minRetryWindowMs: 0 },
    })
    const confirmId = await enqueue(1)
    const noticeId = await enqueueMail(
      db,
      { clock, random: cryptoRandom, box: testBox },
      {
        to: 'mario.rossi@example.it',
        locale: 'it',
        template: 'password-changed',
        params: { name: 'Mario Rossi', at: '2026-03-02T08:59:00.000Z' },
      },
    )

    for (const expected of [
      { failed: 2, dead: 0 },
      { failed: 2, dead: 0 },
      { failed: 0, dead: 2 },
    ]) {
      expect(await sender.drainOnce()).toEqual({ sent: 0, ...expected })
      clock.advance(10 * MINUTE)
    }
    expect(await sender.drainOnce()).toEqual({ sent: 0, failed: 0, dead: 0 })

    const dead = await listDeadLetters(db)
    expect(dead.map((d) => d.id).sort()).toEqual([confirmId, noticeId].sort())
    for (const letter of dead) {
      expect(letter).toMatchObject({ attempts: 3 })
      expect(letter.lastError).toMatch(/451/)
    }
    const confirm = (await outboxRows(db)).find((r) => r.id === confirmId)!
    expect(JSON.parse(confirm.payload_json)).toMatchObject({ token: REDACTED, code: REDACTED })

    // The confirmation's code is gone: resending it would be useless, the customer asks anew.
    expect(await retryDeadLetter(db, confirmId)).toEqual({ ok: false, reason: 'secrets_cleared' })
    expect(await retryDeadLetter(db, noticeId)).toEqual({ ok: true })
    expect(await retryDeadLetter(db, noticeId)).toEqual({ ok: false, reason: 'not_dead' })
    expect(await retryDeadLetter(db, '00000000-0000-4000-8000-000000000000')).toEqual({
      ok: false,
      reason: 'not_found',
    })

    refusing = false
    expect(await sender.drainOnce()).toEqual({ sent: 1, failed: 0, dead: 0 })
    expect([...server!.copiesByMessageId().keys()]).toEqual([messageIdFor(noticeId)])
    expect((await outboxRows(db)).find((r) => r.id === noticeId)).toMatchObject({
      status: 'sent',
      attempts: 1,
    })
    expect(await listDeadLetters(db)).toHaveLength(1)
  })

  it('dead-letters a permanent refusal (5xx) at the cap without waiting for the retry window', async () => {
    const { db, clock, sender, enqueue } = await setup({
      refuse: (c) => (c.stage === 'rcpt' ? 550 : null),
      sender: { maxAttempts: 2 },
    })
    await enqueue(1)
    expect(await sender.drainOnce()).toEqual({ sent: 0, failed: 1, dead: 0 })
    clock.advance(MINUTE)
    expect(await sender.drainOnce()).toEqual({ sent: 0, failed: 0, dead: 1 })
    expect((await listDeadLetters(db))[0]?.lastError).toMatch(/550/)
  })

  it('queues nothing when the transaction that enqueued the mail rolls back', async () => {
    const { db, clock } = await setup({})
    const deps = { clock, random: cryptoRandom, box: testBox }
    const mail = {
      to: 'cliente@example.it',
      locale: 'it',
      template: 'registration-confirm',
      params: registrationParams(1),
    } as const
    const change = { key: 'demo.change', value_json: '1', updated_at: clock.now().toISOString() }

    await expect(
      db.transaction(async (trx) => {
        await trx('counter_settings').insert(change)
        await enqueueMail(trx, deps, mail)
        throw new Error('a later business rule failed')
      }),
    ).rejects.toThrow('a later business rule failed')
    expect(await countByStatus(db)).toEqual({})
    expect(await db('counter_settings').where({ key: change.key })).toEqual([])

    await db.transaction(async (trx) => {
      await trx('counter_settings').insert(change)
      await enqueueMail(trx, deps, mail)
    })
    expect(await countByStatus(db)).toEqual({ pending: 1 })
  })

  it('refuses parameters that do not fit the template, a password above all', async () => {
    const { db, clock } = await setup({})
    const deps = { clock, random: cryptoRandom, box: testBox }
    const bad = [
      { template: 'password-changed', params: { name: 'Mario', at: 'yesterday' } },
      {
        template: 'registration-confirm',
        params: { ...registrationParams(1), password: 'Segreta1!' },
      },
      { template: 'registration-confirm', params: { name: 'Mario', code: '123456' } },
    ]
    for (const { template, params } of bad) {
      await expect(
        enqueueMail(db, deps, {
          to: 'cliente@example.it',
          locale: 'it',
          template,
          params,
        } as never),
      ).rejects.toThrow()
    }
    await expect(
      enqueueMail(db, deps, {
        to: 'not an address',
        locale: 'it',
        template: 'password-changed',
        params: { at: clock.now().toISOString() },
      }),
    ).rejects.toThrow()
    expect(await countByStatus(db)).toEqual({})
  })

  it('clears the codes once sent: neither the row nor the database files hold them afterwards', async () => {
    const { temp, db, server, sender, clock } = await setup({})
    const token = 'Zq7TOKENsecretXy0123456789abcdef'
    const code = 'Q7X4-K9P2'
    await enqueueMail(
      db,
      { clock, random: cryptoRandom, box: testBox },
      {
        to: 'cliente@example.it',
        locale: 'it',
        template: 'registration-confirm',
        params: { name: 'Anna Bianchi', token, code },
      },
    )
    const fileHolds = (secret: string) =>
      [temp.file, `${temp.file}-wal`].some((f) => existsSync(f) && readFileSync(f).includes(secret))
    // Sealed while it waits (codes-at-rest.test.ts): never in clear on disk.
    expect(fileHolds(code)).toBe(false)
    expect(fileHolds(token)).toBe(false)

    expect(await sender.drainOnce()).toEqual({ sent: 1, failed: 0, dead: 0 })
    // It reached the customer...
    expect(server!.messages[0]?.raw.toString('latin1')).toContain(code)
    // ...and is gone from the outbox: the row keeps a redacted copy, the files keep nothing.
    const [row] = await outboxRows(db)
    expect(JSON.parse(row!.payload_json)).toEqual({
      name: 'Anna Bianchi',
      token: REDACTED,
      code: REDACTED,
    })
    expect(fileHolds(code)).toBe(false)
    expect(fileHolds(token)).toBe(false)
  })

  it('sends in the background once started, at once when woken, and stops cleanly', async () => {
    const { db, clock, server, sender, enqueue } = await setup({ sender: { clock: systemClock } })
    // Queued now, as the sender's clock reads it: a code mail queued long ago has expired.
    clock.set(new Date())
    sender.start(60 * MINUTE)
    cleanups.push(() => sender.stop())
    const id = await enqueue(1)
    // The interval is an hour away: only wake() can send this now.
    sender.wake()
    await vi.waitFor(() =>
      expect(server!.messages.map((m) => m.messageId)).toEqual([messageIdFor(id)]),
    )
    await sender.stop()
    await vi.waitFor(async () => expect(await countByStatus(db)).toEqual({ sent: 1 }))
    await enqueue(2)
    sender.wake()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await countByStatus(db)).toEqual({ sent: 1, pending: 1 })
  })

  it('never lets a stale sender undo a newer claim of the same row', async () => {
    // Sender A's send hangs past its lease; sender B reclaims the row and delivers it; then A's
    // send fails. A's verdict must not put the delivered row back in the queue.
    const temp = await migratedTempDb()
    cleanups.push(() => temp.dispose())
    const clock = manualClock('2026-03-02T09:00:00.000Z')
    let failA: (err: Error) => void = () => undefined
    const hanging: MailTransport = {
      from: 'noreply@mdt.example',
      send: () => new Promise<void>((_resolve, reject) => (failA = reject)),
    }
    const delivered: string[] = []
    const working: MailTransport = {
      from: 'noreply@mdt.example',
      send: async (m) => void delivered.push(m.messageId),
    }
    const common = {
      db: temp.db,
      clock,
      random: cryptoRandom,
      logger: silentLogger,
      box: testBox,
      leaseMs: MINUTE,
    }
    const a = createOutboxSender({ ...common, transport: hanging })
    const b = createOutboxSender({ ...common, transport: working })
    const id = await enqueueMail(
      temp.db,
      { clock, random: cryptoRandom, box: testBox },
      {
        to: 'cliente@example.it',
        locale: 'en',
        template: 'password-changed',
        params: { at: clock.now().toISOString() },
      },
    )

    const passA = a.drainOnce()
    await vi.waitFor(async () => expect((await outboxRows(temp.db))[0]?.status).toBe('sending'))
    expect(await b.drainOnce()).toEqual({ sent: 0, failed: 0, dead: 0 })
    clock.advance(MINUTE + 1)
    expect(await b.drainOnce()).toEqual({ sent: 1, failed: 0, dead: 0 })
    failA(Object.assign(new Error('451 try later'), { responseCode: 451 }))
    await passA
    expect(delivered).toEqual([messageIdFor(id)])
    expect((await outboxRows(temp.db))[0]).toMatchObject({ status: 'sent', attempts: 2 })
  })
})
