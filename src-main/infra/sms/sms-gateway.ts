// How an SMS leaves the machine: an adapter interface, and the real HTTP gateway (an admin's
// settings: the URL, an authorization header sealed at rest, the sender name). The outbox sends
// SMS through it as it sends mail through SMTP: it speaks MailTransport (`smsTransport`), and
// its failures tell the outbox what SMTP's would — an answer the gateway will never accept
// (HTTP 4xx) is permanent; a 5xx, a timeout, a refused connection is tried again later.

import type { MailMessage, MailTransport } from '../mail/mail-transport'

export type SmsMessage = {
  /** The outbox row's id: the same on every attempt, so the gateway can drop a duplicate. */
  id: string
  /** E.164 (`+393331234567`). */
  to: string
  text: string
}

export type SmsGateway = {
  readonly sender: string
  /** Resolves once the gateway accepted the message. */
  send(message: SmsMessage): Promise<void>
}

export type HttpSmsSettings = {
  /** https (or http to 127.0.0.1, the demo catcher) endpoint taking a JSON POST. */
  url: string
  /** The `Authorization` header value, e.g. `Bearer …`; empty for none. */
  authorization: string
  /** The sender name shown on the phone (up to 11 characters). */
  sender: string
  timeoutMs?: number
}

/** A refusal of the gateway's, in the outbox's terms (a 5xx SMTP answer is permanent there). */
export class SmsRefused extends Error {
  readonly responseCode = 550
  constructor(readonly status: number) {
    super(`sms gateway refused the message (HTTP ${status})`)
  }
}

export function createHttpSmsGateway(settings: HttpSmsSettings): SmsGateway {
  const timeoutMs = settings.timeoutMs ?? 10_000
  return {
    sender: settings.sender,
    async send({ id, to, text }) {
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(settings.authorization ? { authorization: settings.authorization } : {}),
        },
        body: JSON.stringify({ id, to, from: settings.sender, text }),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      })
      // The body is never read into an error: it may echo the message.
      await response.body?.cancel()
      if (response.ok) return
      if (response.status >= 400 && response.status < 500 && response.status !== 429)
        throw new SmsRefused(response.status)
      throw new Error(`sms gateway unavailable (HTTP ${response.status})`)
    },
  }
}

/** The gateway as the outbox's transport: the SMS is the rendered text. */
export function smsTransport(gateway: SmsGateway): MailTransport {
  return {
    from: gateway.sender,
    send: (message: MailMessage) =>
      gateway.send({ id: message.messageId, to: message.to, text: message.text }),
  }
}
