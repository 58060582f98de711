// Outgoing mail at run time: the outbox sender over SMTP. In demo mode the SMTP server is the
// built-in one (127.0.0.1, messages kept in "Posta inviata"); otherwise the one in the settings.
// Without SMTP settings mail waits in the outbox, nothing is lost, and the counter keeps working.
import type { Knex } from 'knex'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'
import type { Logger } from '../../infra/log/logger'
import { startDemoSmtpServer, type DemoSmtpServer } from '../../infra/mail/demo-smtp-server'
import { createSmtpTransport, type SmtpSettings } from '../../infra/mail/mail-transport'
import { createOutboxSender, type OutboxSender } from '../../infra/outbox/outbox'
import type { SecretBox } from '../../infra/crypto/secret-box'
import { readSmtpSettings } from '../settings'

export const DEMO_SENDER = 'Sportello <sportello@demo.example>'

export type MailService = {
  wake(): void
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
}): Promise<MailService> {
  const { db, clock, random, logger, box, demo } = deps
  const demoServer: DemoSmtpServer | null = demo
    ? await startDemoSmtpServer({ db, clock, random, logger })
    : null
  let running: { sender: OutboxSender; close(): void } | null = null

  async function startSender(): Promise<void> {
    const settings: SmtpSettings | undefined = demoServer
      ? { host: '127.0.0.1', port: demoServer.port, secure: false, from: DEMO_SENDER }
      : await readSmtpSettings(db, box)
    if (!settings) {
      logger.warn('no SMTP server configured: mail waits in the outbox')
      return
    }
    const transport = createSmtpTransport(settings)
    const sender = createOutboxSender({ db, clock, random, transport, logger, box })
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
  return {
    wake: () => running?.sender.wake(),
    demoSmtpPort: demoServer?.port ?? null,
    async reconfigure() {
      // Demo mode always sends to the built-in server.
      if (demoServer) return
      await stopSender()
      await startSender()
    },
    async stop() {
      await stopSender()
      await demoServer?.close()
    },
  }
}
