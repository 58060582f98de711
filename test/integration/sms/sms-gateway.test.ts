// The SMS gateway (issue #12 point 6) against a real HTTP server on 127.0.0.1 acting as the
// gateway, through the outbox as the counter sends: success; 5xx and timeouts retried with the
// mail's backoff; a gateway down for an hour delivers everything later, none lost, none twice; a
// refusal (4xx) dead-lettered at the attempt cap, not waited out for hours; a number that is not a mobile refused before anything is queued;
// the authorization header sent, the code redacted once sent.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { manualClock } from '../../../src-main/infra/clock/clock'
import { cryptoRandom } from '../../../src-main/infra/crypto/random'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { REDACTED } from '../../../src-main/infra/mail/templates'
import {
  createOutboxSender,
  enqueueSms,
  messageIdFor,
  NotAMobileError,
} from '../../../src-main/infra/outbox/outbox'
import { createHttpSmsGateway, smsTransport } from '../../../src-main/infra/sms/sms-gateway'
import { startDemoSmsServer, listDemoSms } from '../../../src-main/infra/sms/demo-sms-server'
import { freePort } from '../../support/recording-smtp-server'
import { migratedTempDb, outboxRows, testBox, worstCaseJitter } from '../mail/mail-test-kit'

const MINUTE = 60_000
const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

type Received = { body: { id: string; to: string; from: string; text: string }; auth?: string }

/** A gateway on 127.0.0.1 that answers `answer(n)` to its n-th request (a status, or 'hang'). */
async function fakeGateway(answer: (n: number) => number | 'hang', port = 0) {
  const received: Received[] = []
  let requests = 0
  const read = async (req: IncomingMessage) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  }
  const server: Server = createServer(async (req, res) => {
    const body = await read(req)
    const what = answer(++requests)
    if (what === 'hang') return // never answers: the client's timeout must end it
    if (what < 300) received.push({ body, auth: req.headers.authorization })
    res.writeHead(what).end()
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, received }
}

async function setup(url: string) {
  const temp = await migratedTempDb()
  cleanups.push(() => temp.dispose())
  const clock = manualClock('2026-03-02T09:00:00.000Z')
  const sender = createOutboxSender({
    db: temp.db,
    clock,
    random: worstCaseJitter,
    channel: 'sms',
    transport: smsTransport(
      createHttpSmsGateway({
        url,
        authorization: 'Bearer demo-key',
        sender: 'MdT',
        timeoutMs: 300,
      }),
    ),
    logger: silentLogger,
    box: testBox,
  })
  const enqueue = (to: string, code = '123456') =>
    enqueueSms(
      temp.db,
      { clock, random: cryptoRandom, box: testBox },
      { to, locale: 'it', template: 'otp-sms', params: { name: 'Laura', code } },
    )
  // A message whose secret lives a day (an OTP past its 5 minutes is dropped, not sent late).
  const enqueueLasting = (to: string, password = 'Kq7mWz3pT9xa#2') =>
    enqueueSms(
      temp.db,
      { clock, random: cryptoRandom, box: testBox },
      {
        to,
        locale: 'it',
        template: 'first-access-password-sms',
        params: { name: 'Laura', password },
      },
    )
  return { db: temp.db, clock, sender, enqueue, enqueueLasting }
}

describe('the HTTP SMS gateway, through the outbox', () => {
  it('delivers an SMS: E.164, the sender, the authorization, the text; the code then redacted', async () => {
    const gateway = await fakeGateway(() => 202)
    const { db, sender, enqueue } = await setup(gateway.url)
    const id = await enqueue('333 123 4567', '654321')
    expect(await sender.drainOnce()).toEqual({ sent: 1, failed: 0, dead: 0 })
    expect(gateway.received).toEqual([
      {
        auth: 'Bearer demo-key',
        body: {
          id: messageIdFor(id),
          to: '+393331234567',
          from: 'MdT',
          text: expect.stringContaining('654321'),
        },
      },
    ])
    const [row] = await outboxRows(db)
    expect(row).toMatchObject({ channel: 'sms', status: 'sent' })
    expect(JSON.parse(row!.payload_json).code).toBe(REDACTED)
  })

  it('retries a 5xx and a timeout, then delivers once', async () => {
    const gateway = await fakeGateway((n) => (n === 1 ? 503 : n === 2 ? 'hang' : 200))
    const { clock, sender, enqueue } = await setup(gateway.url)
    await enqueue('+39 333 1234567')
    expect(await sender.drainOnce()).toEqual({ sent: 0, failed: 1, dead: 0 })
    clock.advance(MINUTE)
    expect(await sender.drainOnce()).toEqual({ sent: 0, failed: 1, dead: 0 })
    clock.advance(MINUTE)
    expect(await sender.drainOnce()).toEqual({ sent: 1, failed: 0, dead: 0 })
    expect(gateway.received).toHaveLength(1)
  })

  it('keeps SMS while the gateway is down for an hour, then delivers each exactly once', async () => {
    const port = await freePort()
    const { db, clock, sender, enqueueLasting } = await setup(`http://127.0.0.1:${port}/sms`)
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push(await enqueueLasting(`+39333123456${i}`))
    // An hour of passes, every minute, against nothing listening.
    for (let minute = 0; minute < 60; minute++) {
      await sender.drainOnce()
      clock.advance(MINUTE)
    }
    expect((await outboxRows(db)).every((r) => r.status === 'pending')).toBe(true)
    const gateway = await fakeGateway(() => 200, port)
    clock.advance(31 * MINUTE)
    expect(await sender.drainOnce()).toEqual({ sent: 5, failed: 0, dead: 0 })
    expect(await sender.drainOnce()).toEqual({ sent: 0, failed: 0, dead: 0 })
    expect(gateway.received.map((r) => r.body.id).sort()).toEqual(ids.map(messageIdFor).sort())
  })

  it('dead-letters what the gateway refuses (4xx) at the attempt cap, not hours later', async () => {
    const gateway = await fakeGateway(() => 422)
    const { db, clock, sender, enqueueLasting } = await setup(gateway.url)
    await enqueueLasting('+393331234567')
    // A refusal is not waited out for hours as a server down is: dead at the attempt cap.
    for (let i = 0; i < 8; i++) {
      await sender.drainOnce()
      clock.advance(5 * MINUTE)
    }
    const [row] = await outboxRows(db)
    expect(row).toMatchObject({ status: 'dead', attempts: 8 })
    expect(row!.last_error).toMatch(/HTTP 422/)
    expect(JSON.parse(row!.payload_json).password).toBe(REDACTED)
  })

  it('refuses a landline or a foreign number before queuing anything', async () => {
    const gateway = await fakeGateway(() => 200)
    const { db, enqueue } = await setup(gateway.url)
    await expect(enqueue('0549 882121')).rejects.toBeInstanceOf(NotAMobileError)
    await expect(enqueue('+33 6 12 34 56 78')).rejects.toBeInstanceOf(NotAMobileError)
    expect(await outboxRows(db)).toEqual([])
  })
})

describe('the demo SMS catcher', () => {
  it('files what the gateway client sends, for "SMS inviati"', async () => {
    const temp = await migratedTempDb()
    cleanups.push(() => temp.dispose())
    const clock = manualClock('2026-03-02T09:00:00.000Z')
    const catcher = await startDemoSmsServer({
      db: temp.db,
      clock,
      random: cryptoRandom,
      logger: silentLogger,
    })
    cleanups.push(() => catcher.close())
    const gateway = createHttpSmsGateway({ url: catcher.url, authorization: '', sender: 'MdTDemo' })
    await gateway.send({ id: '<a@sportello.local>', to: '+393331234567', text: 'Ciao' })
    expect(await listDemoSms(temp.db)).toEqual([
      {
        id: expect.any(String),
        to: '+393331234567',
        sender: 'MdTDemo',
        text: 'Ciao',
        receivedAt: '2026-03-02T09:00:00.000Z',
      },
    ])
    // Anything else is refused, and stored nowhere.
    const bad = await fetch(catcher.url, { method: 'POST', body: '{"to":"x"}' })
    expect(bad.status).toBe(400)
    expect(await listDemoSms(temp.db)).toHaveLength(1)
  })
})
