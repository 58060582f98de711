// Outgoing mail and SMS at run time: an outbox sender over SMTP, and one over the SMS gateway.
// In demo mode both are built in (127.0.0.1: messages kept in "Posta inviata" and "SMS inviati");
// otherwise they are the ones in the settings. Without settings, messages wait in the outbox,
// nothing is lost, and the counter keeps working (SMS are then not offered).
import type { Knex } from 'knex'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'
import type { Logger } from '../../infra/log/logger'
import { startDemoSmtpServer, type DemoSmtpServer } from '../../infra/mail/demo-smtp-server'
import { createSmtpTransport, type SmtpSettings } from '../../infra/mail/mail-transport'
import {
  createOutboxSender,
  type AttachmentResolver,
  type OutboxSender,
} from '../../infra/outbox/outbox'
import type { SecretBox } from '../../infra/crypto/secret-box'
import { readSmsSettings, readSmtpSettings } from '../settings'
import { startDemoSmsServer, type DemoSmsServer } from '../../infra/sms/demo-sms-server'
import { createHttpSmsGateway, smsTransport } from '../../infra/sms/sms-gateway'

export const DEMO_SENDER = 'Sportello <sportello@demo.example>'

export const DEMO_SMS_SENDER = 'MdTDemo'

export type MailService = {
  wake(): void
  /** Whether SMS can be sent (a gateway configured, or demo mode's). */
  smsAvailable(): boolean
  /** Picks up changed SMS gateway settings. */
  reconfigureSms(): Promise<void>
  /** Picks up changed SMTP settings: the running sender finishes its pass, a new one starts. */
  reconfigure(): Promise<void>
  stop(): Promise<void>
  demoSmtpPort: number | null
}

export async function startMailService(deps: {
  db: Knex
  clock: Clock
  random: Random
  logger: Logger
  box: SecretBox
  demo: boolean
  pollMs?: number
  /** Mail attachments by reference (documents' PDFs), read at send time. */
  resolveAttachment?: AttachmentResolver
}): Promise<MailService> {
  const { db, clock, random, logger, box, demo } = deps
  const demoServer: DemoSmtpServer | null = demo
    ? await startDemoSmtpServer({ db, clock, random, logger })
    : null
  const demoSms: DemoSmsServer | null = demo
    ? await startDemoSmsServer({ db, clock, random, logger })
    : null
  let running: { sender: OutboxSender; close(): void } | null = null
  let sms: OutboxSender | null = null

  async function startSmsSender(): Promise<void> {
    const settings = demoSms
      ? { url: demoSms.url, authorization: '', sender: DEMO_SMS_SENDER }
      : await readSmsSettings(db, box)
    if (!settings) return
    sms = createOutboxSender({
      db,
      clock,
      random,
      channel: 'sms',
      transport: smsTransport(createHttpSmsGateway(settings)),
      logger,
      box,
    })
    sms.start(deps.pollMs ?? 2_000)
  }

  async function stopSmsSender(): Promise<void> {
    const current = sms
    sms = null
    await current?.stop()
  }

  async function startSender(): Promise<void> {
    const settings: SmtpSettings | undefined = demoServer
      ? { host: '127.0.0.1', port: demoServer.port, secure: false, from: DEMO_SENDER }
      : await readSmtpSettings(db, box)
    if (!settings) {
      logger.warn('no SMTP server configured: mail waits in the outbox')
      return
    }
    const transport = createSmtpTransport(settings)
    const sender = createOutboxSender({
      db,
      clock,
      random,
      transport,
      logger,
      box,
      ...(deps.resolveAttachment ? { resolveAttachment: deps.resolveAttachment } : {}),
    })
    sender.start(deps.pollMs ?? 2_000)
    running = { sender, close: () => transport.close?.() }
  }

  async function stopSender(): Promise<void> {
    const current = running
    running = null
    await current?.sender.stop()
    current?.close()
  }

  await startSender()
  await startSmsSender()
  return {
    wake: () => {
      running?.sender.wake()
      sms?.wake()
    },
    smsAvailable: () => sms !== null,
    async reconfigureSms() {
      if (demoSms) return
      await stopSmsSender()
      await startSmsSender()
    },
    demoSmtpPort: demoServer?.port ?? null,
    async reconfigure() {
      // Demo mode always sends to the built-in server.
      if (demoServer) return
      await stopSender()
      await startSender()
    },
    async stop() {
      await stopSender()
      await stopSmsSender()
      await demoServer?.close()
      await demoSms?.close()
    },
  }
}
