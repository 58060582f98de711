// The demo mailbox's view of a raw message, read by postal-mime: what the mailbox stores (message
// id, recipients, subject, text and HTML bodies, what was attached) and the headers the mail
// tests look at.
import { createHash } from 'node:crypto'
import PostalMime, { type Address, decodeWords } from 'postal-mime'

export type ParsedMail = {
  /** Lower-case header names; values unfolded, encoded words decoded. */
  headers: Map<string, string[]>
  subject: string
  messageId: string | null
  /** Bare addresses of the To header (group members included), lower case. */
  to: string[]
  /** The inline text/plain body, or null. */
  text: string | null
  /** The inline text/html body, or null. */
  html: string | null
  /** What was attached: its name, type, size and SHA-256 (the bytes are not kept). */
  attachments: MailAttachment[]
}

export type MailAttachment = { filename: string; mimeType: string; size: number; sha256: string }

/** Parses a raw RFC 5322 message. */
export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  const email = await PostalMime.parse(raw)
  const headers = new Map<string, string[]>()
  for (const { key, value } of email.headers)
    headers.set(key, [...(headers.get(key) ?? []), decodeWords(value).trim()])
  return {
    headers,
    subject: email.subject ?? '',
    messageId: email.messageId?.trim() || null,
    to: bareAddresses(email.to ?? []),
    text: body(email.text),
    html: body(email.html),
    attachments: email.attachments
      .filter((a) => a.disposition !== 'inline')
      .map((a) => {
        const bytes =
          typeof a.content === 'string'
            ? Buffer.from(a.content)
            : Buffer.from(new Uint8Array(a.content as ArrayBuffer))
        return {
          filename: a.filename ?? '',
          mimeType: a.mimeType,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        }
      }),
  }
}

function bareAddresses(addresses: Address[]): string[] {
  return addresses
    .flatMap((a) => a.group ?? [a])
    .map((m) => m.address.toLowerCase())
    .filter((address) => address !== '')
}

/**
 * LF line breaks, none at the end. postal-mime keeps the line break before a MIME boundary
 * (RFC 2046 §5.1.1 gives it to the boundary) in quoted-printable and 7/8-bit parts but not in
 * base64 ones, so a trailing break would depend on the encoding nodemailer happened to pick.
 */
function body(value: string | undefined): string | null {
  if (value === undefined) return null
  const text = value.replace(/\r\n/g, '\n')
  // Counted, not `/\n+$/`: that regex retries at every break of a run that does not end the text.
  let end = text.length
  while (end > 0 && text[end - 1] === '\n') end--
  return text.slice(0, end)
}
