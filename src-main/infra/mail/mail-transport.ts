// How a rendered mail leaves the machine. The outbox depends on MailTransport only, so tests and
// the demo can plug in anything that speaks it; production uses pooled SMTP through nodemailer.
import nodemailer from 'nodemailer'

export type MailMessage = {
  /** `<id@sportello.local>`: the same on every attempt, so a resent duplicate is recognisable. */
  messageId: string
  to: string
  from: string
  subject: string
  text: string
  html: string
  /** Read by the outbox at send time from the row's references. */
  attachments?: readonly MailAttachment[]
}

export type MailAttachment = { filename: string; contentType: string; content: Buffer }

export type MailTransport = {
  /** The sender address this transport may use (a relay often allows only its own account). */
  readonly from: string
  /** Resolves once the server accepted the message; rejects with the server's or socket's error. */
  send(message: MailMessage): Promise<void>
  close?(): void
}

export type SmtpSettings = {
  host: string
  port: number
  /** TLS from the first byte (port 465). Otherwise STARTTLS is used when the server offers it. */
  secure: boolean
  user?: string
  pass?: string
  from: string
}

export type SmtpTuning = {
  /** Parallel SMTP connections: the outbox sends a batch concurrently over them. */
  maxConnections?: number
  timeoutMs?: number
}

export function createSmtpTransport(
  settings: SmtpSettings,
  tuning: SmtpTuning = {},
): MailTransport {
  const timeoutMs = tuning.timeoutMs ?? 10_000
  const transporter = nodemailer.createTransport({
    pool: true,
    maxConnections: tuning.maxConnections ?? 5,
    // Recycling a connection every 100 messages (the default) costs a handshake for nothing on
    // a relay we trust; a broken connection is replaced anyway.
    maxMessages: 10_000,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    // Credentials never travel in clear: without implicit TLS, insist on STARTTLS.
    requireTLS: !settings.secure && settings.user !== undefined,
    auth:
      settings.user !== undefined ? { user: settings.user, pass: settings.pass ?? '' } : undefined,
    // A dead or silent server must fail an attempt quickly, so the outbox can back off and retry.
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    // Our content never references files or URLs to inline; refuse them outright.
    disableFileAccess: true,
    disableUrlAccess: true,
  })
  return {
    from: settings.from,
    async send(message) {
      await transporter.sendMail({
        messageId: message.messageId,
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.attachments?.length
          ? {
              attachments: message.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                content: a.content,
              })),
            }
          : {}),
      })
    },
    close: () => transporter.close(),
  }
}
