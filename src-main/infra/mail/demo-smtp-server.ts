// Demo mode's mail server: a real SMTP server on the loopback interface that files every message
// it receives in `counter_demo_mailbox`, so registration and recovery can be walked end to end
// without a real mail server. Never started outside demo mode.
import type { AddressInfo } from 'node:net'
import type { Knex } from 'knex'
import { SMTPServer, type SMTPServerDataStream, type SMTPServerError } from 'smtp-server'
import type { Clock } from '../clock/clock'
import type { Random } from '../crypto/random'
import type { Db } from '../db/open-database'
import type { Logger } from '../log/logger'
import { parseMail, type MailAttachment } from './parse-mail'

/** As large as a real mail with documents attached may be (8 MB of attachments, in base64). */
export const DEMO_MAIL_MAX_BYTES = 16 * 1024 * 1024

export type DemoSmtpServer = { port: number; close(): Promise<void> }

export type DemoSmtpServerOptions = {
  db: Knex
  clock: Clock
  random: Random
  logger: Logger
  /** 0 (the default) picks a free port. */
  port?: number
  maxBytes?: number
}

export async function startDemoSmtpServer(options: DemoSmtpServerOptions): Promise<DemoSmtpServer> {
  const { db, clock, random, logger, port = 0, maxBytes = DEMO_MAIL_MAX_BYTES } = options
  const log = logger.child({ component: 'demo-smtp' })

  async function store(raw: Buffer, envelopeTo: string[]): Promise<void> {
    const mail = await parseMail(raw)
    const to = mail.to.length > 0 ? mail.to : envelopeTo.map((a) => a.toLowerCase())
    await db('counter_demo_mailbox').insert({
      id: random.uuid(),
      message_id: mail.messageId,
      to_address: to.join(','),
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      received_at: clock.now().toISOString(),
      raw_size: raw.length,
      attachments_json: mail.attachments.length > 0 ? JSON.stringify(mail.attachments) : null,
    })
  }

  const server = new SMTPServer({
    name: 'sportello-demo.local',
    banner: 'Sportello demo mailbox',
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: maxBytes,
    logger: false,
    // A pooled client keeps its connections open: do not make shutdown wait for it.
    closeTimeout: 500,
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = []
      let bytes = 0
      stream.on('data', (chunk: Buffer) => {
        // Past the limit, keep reading (the protocol needs it) but stop holding it.
        bytes += chunk.length
        if (bytes <= maxBytes) chunks.push(chunk)
      })
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(smtpError(552, 'message exceeds the demo mailbox size limit'))
          return
        }
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address)
        store(Buffer.concat(chunks), envelopeTo).then(
          () => callback(),
          (err: unknown) => {
            log.error(
              { error: err instanceof Error ? err.message : String(err) },
              'demo mailbox could not store a message',
            )
            callback(smtpError(451, 'demo mailbox temporarily unavailable'))
          },
        )
      })
    },
  })
  server.on('error', (err) => log.warn({ error: err.message }, 'demo SMTP server error'))

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.server.off('error', reject)
      resolve()
    })
  })
  const bound = (server.server.address() as AddressInfo).port
  log.info({ port: bound }, 'demo SMTP server listening on 127.0.0.1')
  return {
    port: bound,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function smtpError(responseCode: number, message: string): SMTPServerError {
  return Object.assign(new Error(message), { responseCode })
}

export type DemoMail = {
  id: string
  messageId: string | null
  to: string
  subject: string
  text: string | null
  html: string | null
  receivedAt: string
  rawSize: number
  attachments: MailAttachment[]
}

/** The demo mailbox, newest first; `to` filters by one recipient address (any letter case). */
export async function listDemoMailbox(
  db: Db,
  { to, limit }: { to?: string; limit: number },
): Promise<DemoMail[]> {
  const query = db('counter_demo_mailbox').orderBy('received_at', 'desc').orderBy('id').limit(limit)
  if (to !== undefined) {
    query.whereRaw(`(',' || to_address || ',') LIKE ? ESCAPE '\\'`, [
      `%,${escapeLike(to.trim().toLowerCase())},%`,
    ])
  }
  const rows: {
    id: string
    message_id: string | null
    to_address: string
    subject: string
    text_body: string | null
    html_body: string | null
    received_at: string
    raw_size: number
    attachments_json: string | null
  }[] = await query.select()
  return rows.map((r) => ({
    id: r.id,
    messageId: r.message_id,
    to: r.to_address,
    subject: r.subject,
    text: r.text_body,
    html: r.html_body,
    receivedAt: r.received_at,
    rawSize: r.raw_size,
    attachments: r.attachments_json ? (JSON.parse(r.attachments_json) as MailAttachment[]) : [],
  }))
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** Demo reset: the demo mailbox empties with the customers it wrote to. */
export async function clearDemoMailbox(db: Db): Promise<void> {
  await db('counter_demo_mailbox').delete()
}
