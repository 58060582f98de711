// Demo mode's SMTP server: what nodemailer sends is stored decoded in the demo mailbox.
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { manualClock } from '../../../src-main/infra/clock/clock'
import { cryptoRandom } from '../../../src-main/infra/crypto/random'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { listDemoMailbox, startDemoSmtpServer } from '../../../src-main/infra/mail/demo-smtp-server'
import {
  createOutboxSender,
  enqueueMail,
  messageIdFor,
} from '../../../src-main/infra/outbox/outbox'
import { FROM, loopbackTransport, migratedTempDb, testBox } from './mail-test-kit'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function setup(maxBytes?: number) {
  const temp = await migratedTempDb()
  cleanups.push(() => temp.dispose())
  const clock = manualClock('2026-03-02T09:00:00.000Z')
  const server = await startDemoSmtpServer({
    db: temp.db,
    clock,
    random: cryptoRandom,
    logger: silentLogger,
    maxBytes,
  })
  cleanups.push(() => server.close())
  const transport = loopbackTransport(server.port)
  cleanups.push(() => transport.close?.())
  return { db: temp.db, clock, server, transport }
}

describe('demo SMTP server', () => {
  it('listens on the loopback interface only', async () => {
    const { server } = await setup()
    expect(await canConnect('127.0.0.1', server.port)).toBe(true)
    const outward = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)
    if (outward) expect(await canConnect(outward.address, server.port)).toBe(false)
  })

  it('stores subject, text and HTML decoded: accents and the euro sign survive', async () => {
    const { db, clock, transport } = await setup()
    const subject = 'Bolletta di 120,50 € — è già pronta: perché aspettare?'
    // Long lines and a few accents: quoted-printable. Mostly non-ASCII: base64.
    const text = `Gentile Niccolò, la bolletta è di 120,50 € ${'e la scadenza è vicina, '.repeat(8)}\nCordiali saluti`
    const html = '<p>Città: Città di San Marino — «perché» €€€ èèè àààà ùùùù òòòò</p>'
    await transport.send({
      messageId: '<demo-1@sportello.local>',
      to: 'Niccolo.Rossi@Example.IT',
      from: FROM,
      subject,
      text,
      html,
    })
    clock.advance(1_000)
    await transport.send({
      messageId: '<demo-2@sportello.local>',
      to: 'altro@example.it',
      from: FROM,
      subject: 'Secondo',
      text: 'èàùòì€'.repeat(20),
      html: '<p>ok</p>',
    })

    const [second, first] = await listDemoMailbox(db, { limit: 10 })
    expect(first).toMatchObject({
      messageId: '<demo-1@sportello.local>',
      to: 'niccolo.rossi@example.it',
      subject,
      text,
      html,
      receivedAt: '2026-03-02T09:00:00.000Z',
    })
    expect(first!.rawSize).toBeGreaterThan(text.length)
    expect(second).toMatchObject({ subject: 'Secondo', text: 'èàùòì€'.repeat(20) })
  })

  it('filters by recipient (any letter case) and limits, newest first', async () => {
    const { db, clock, transport } = await setup()
    for (const [i, to] of ['a@example.it', 'b@example.it', 'a@example.it'].entries()) {
      await transport.send({
        messageId: `<m${i}@sportello.local>`,
        to,
        from: FROM,
        subject: `n.${i}`,
        text: 't',
        html: '<p>h</p>',
      })
      clock.advance(1_000)
    }
    expect(
      (await listDemoMailbox(db, { to: 'A@Example.it', limit: 10 })).map((m) => m.subject),
    ).toEqual(['n.2', 'n.0'])
    expect((await listDemoMailbox(db, { limit: 1 })).map((m) => m.subject)).toEqual(['n.2'])
    expect(await listDemoMailbox(db, { to: '%', limit: 10 })).toEqual([])
  })

  it('receives what the outbox sends, under the outbox Message-ID', async () => {
    const { db, clock, transport } = await setup()
    const id = await enqueueMail(
      db,
      { clock, random: cryptoRandom, box: testBox },
      {
        to: 'anna.bianchi@example.it',
        locale: 'it',
        template: 'password-changed',
        params: { name: 'Anna Bianchi', at: '2026-03-02T08:59:00.000Z' },
      },
    )
    const sender = createOutboxSender({
      db,
      clock,
      random: cryptoRandom,
      transport,
      logger: silentLogger,
      box: testBox,
    })
    expect(await sender.drainOnce()).toEqual({ sent: 1, failed: 0, dead: 0 })
    const [mail] = await listDemoMailbox(db, { to: 'anna.bianchi@example.it', limit: 5 })
    expect(mail).toMatchObject({
      messageId: messageIdFor(id),
      subject: 'La tua password è stata modificata',
    })
    expect(mail!.text).toContain('Gentile Anna Bianchi,')
    expect(mail!.html).toContain('<h1')
  })

  it('refuses a message over the size limit and stores nothing', async () => {
    const { db, transport } = await setup(20_000)
    await expect(
      transport.send({
        messageId: '<big@sportello.local>',
        to: 'a@example.it',
        from: FROM,
        subject: 'big',
        text: 'x'.repeat(50_000),
        html: '<p>x</p>',
      }),
    ).rejects.toMatchObject({ responseCode: 552 })
    expect(await listDemoMailbox(db, { limit: 10 })).toEqual([])
  })
})

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}
