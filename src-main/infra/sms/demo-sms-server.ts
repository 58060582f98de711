// Demo mode's SMS gateway: a real HTTP server on the loopback interface, speaking what the HTTP
// gateway sends (a JSON POST), that files every message in `counter_demo_sms` so the desk can show
// "SMS inviati" — an OTP by SMS can be walked end to end without a real gateway. Never started
// outside demo mode.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Knex } from 'knex'
import { z } from 'zod'
import type { Clock } from '../clock/clock'
import type { Random } from '../crypto/random'
import type { Db } from '../db/open-database'
import type { Logger } from '../log/logger'

export type DemoSmsServer = { url: string; close(): Promise<void> }

const smsSchema = z.object({
  id: z.string().max(200),
  to: z.string().regex(/^\+\d{8,15}$/),
  from: z.string().max(40),
  text: z.string().max(1600),
})

const MAX_BYTES = 16 * 1024

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of req) {
    bytes += (chunk as Buffer).length
    if (bytes > MAX_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startDemoSmsServer(options: {
  db: Knex
  clock: Clock
  random: Random
  logger: Logger
}): Promise<DemoSmsServer> {
  const { db, clock, random, logger } = options
  const log = logger.child({ component: 'demo-sms' })
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/sms') {
      res.writeHead(404).end()
      return
    }
    const body = await readBody(req)
    let parsed: z.infer<typeof smsSchema> | undefined
    try {
      parsed = body === null ? undefined : smsSchema.parse(JSON.parse(body))
    } catch {
      parsed = undefined
    }
    if (!parsed) {
      res.writeHead(400).end()
      return
    }
    try {
      await db('counter_demo_sms').insert({
        id: random.uuid(),
        message_id: parsed.id,
        to_number: parsed.to,
        sender: parsed.from,
        text_body: parsed.text,
        received_at: clock.now().toISOString(),
      })
      res.writeHead(202).end()
    } catch (err) {
      log.error({ err }, 'demo SMS not stored')
      res.writeHead(503).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/sms`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type DemoSms = { id: string; to: string; sender: string; text: string; receivedAt: string }

/** The newest SMS the demo catcher received. */
export async function listDemoSms(db: Db, limit = 100): Promise<DemoSms[]> {
  const rows: {
    id: string
    to_number: string
    sender: string
    text_body: string
    received_at: string
  }[] = await db('counter_demo_sms').orderBy('received_at', 'desc').limit(limit)
  return rows.map((r) => ({
    id: r.id,
    to: r.to_number,
    sender: r.sender,
    text: r.text_body,
    receivedAt: r.received_at,
  }))
}

/** Demo reset: the demo's SMS go with it. */
export async function clearDemoSms(db: Db): Promise<void> {
  await db('counter_demo_sms').delete()
}
