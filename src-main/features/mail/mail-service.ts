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
import { readSetting } from '../settings/settings-repo'

export const SMTP_SETTINGS_KEY = 'mail.smtp'
export const DEMO_SENDER = 'Sportello <sportello@demo.example>'

export type MailService = { wake(): void; stop(): Promise<void>; demoSmtpPort: number | null }

export async function startMailService(deps: {
  db: Knex
  clock: Clock
  random: Random
  logger: Logger
  demo: boolean
  pollMs?: number
}): Promise<MailService> {
  const { db, clock, random, logger, demo } = deps
  let demoServer: DemoSmtpServer | null = null
  let settings: SmtpSettings | undefined
  if (demo) {
    demoServer = await startDemoSmtpServer({ db, clock, random, logger })
    settings = { host: '127.0.0.1', port: demoServer.port, secure: false, from: DEMO_SENDER }
  } else {
    settings = await readSetting<SmtpSettings>(db, SMTP_SETTINGS_KEY)
  }
  if (!settings) {
    logger.warn('no SMTP server configured: mail waits in the outbox')
    return { wake: () => {}, stop: async () => {}, demoSmtpPort: null }
  }
  const transport = createSmtpTransport(settings)
  const sender: OutboxSender = createOutboxSender({ db, clock, random, transport, logger })
  sender.start(deps.pollMs ?? 2_000)
  return {
    wake: () => sender.wake(),
    demoSmtpPort: demoServer?.port ?? null,
    async stop() {
      await sender.stop()
      transport.close?.()
      await demoServer?.close()
    },
  }
}
