// A real SMTP server on 127.0.0.1 for tests and benchmarks: records every raw message it accepts,
// and can be told to refuse (451 by default) at RCPT or DATA, e.g. the first N tries of a message.
import type { AddressInfo } from 'node:net'
import { SMTPServer, type SMTPServerError } from 'smtp-server'

export type RecordedMessage = { messageId: string | null; raw: Buffer; rcptTo: string[] }

export type RefusalContext =
  | { stage: 'rcpt'; address: string }
  /** `attempt`: how many times a message with this Message-ID reached DATA, this one included. */
  | { stage: 'data'; messageId: string | null; attempt: number }

export type RecordingSmtpServer = {
  port: number
  /** Accepted messages, in order of acceptance. */
  messages: RecordedMessage[]
  /** Refusals answered so far. */
  refusals: number
  /** Accepted copies per Message-ID. */
  copiesByMessageId(): Map<string, number>
  close(): Promise<void>
}

export type RecordingSmtpOptions = {
  port?: number
  /** A reply code to refuse with (e.g. 451), or null to go on. */
  refuse?: (context: RefusalContext) => number | null
  /**
   * Runs once the message is fully received and recorded, before the server answers 250:
   * the place to kill a sender "between send and mark".
   */
  onReceived?: (message: RecordedMessage) => Promise<void> | void
}

export async function startRecordingSmtpServer(
  options: RecordingSmtpOptions = {},
): Promise<RecordingSmtpServer> {
  const messages: RecordedMessage[] = []
  const dataAttempts = new Map<string, number>()
  let refusals = 0
  const refusal = (code: number): SMTPServerError => {
    refusals++
    return Object.assign(new Error(code < 500 ? 'try again later' : 'refused'), {
      responseCode: code,
    })
  }

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 200,
    onRcptTo(address, _session, callback) {
      const code = options.refuse?.({ stage: 'rcpt', address: address.address }) ?? null
      callback(code === null ? null : refusal(code))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        const messageId =
          /^message-id:\s*(.+)$/im
            .exec(raw.toString('latin1').split(/\r?\n\r?\n/)[0] ?? '')?.[1]
            ?.trim() ?? null
        const attempt = (dataAttempts.get(messageId ?? '') ?? 0) + 1
        dataAttempts.set(messageId ?? '', attempt)
        const code = options.refuse?.({ stage: 'data', messageId, attempt }) ?? null
        if (code !== null) {
          callback(refusal(code))
          return
        }
        const message = { messageId, raw, rcptTo: session.envelope.rcptTo.map((r) => r.address) }
        messages.push(message)
        Promise.resolve(options.onReceived?.(message)).then(
          () => callback(),
          (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
        )
      })
    },
  })
  server.on('error', () => undefined)
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    get refusals() {
      return refusals
    },
    copiesByMessageId() {
      const copies = new Map<string, number>()
      for (const m of messages)
        copies.set(m.messageId ?? '', (copies.get(m.messageId ?? '') ?? 0) + 1)
      return copies
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A port nothing listens on (bound, then released): "the mail server is down". */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net')
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}
