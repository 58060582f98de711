// Just enough MIME reading for the demo mailbox (mailparser does not install here): headers with
// RFC 2047 encoded words, nested multipart, quoted-printable and base64 parts, any charset the
// runtime's TextDecoder knows. Not a general mail parser: attachments are skipped.
import addressparser from 'nodemailer/lib/addressparser'
import { parseHeaderValue } from 'nodemailer/lib/mime-funcs'

export type ParsedMail = {
  /** Lower-case header names; values unfolded and decoded. */
  headers: Map<string, string[]>
  subject: string
  messageId: string | null
  /** Bare addresses of the To header, lower case. */
  to: string[]
  text: string | null
  html: string | null
}

type Entity = { headers: Map<string, string[]>; body: string }

/** Parses a raw RFC 5322 message. Works on a latin1 view of the bytes, so nothing is lost. */
export function parseMail(raw: Buffer): ParsedMail {
  const entity = splitEntity(raw.toString('latin1'))
  const parts = { text: null as string | null, html: null as string | null }
  collectBodies(entity, parts)
  const header = (name: string) => entity.headers.get(name)?.[0]
  return {
    headers: entity.headers,
    subject: header('subject') ?? '',
    messageId: header('message-id')?.trim() ?? null,
    to: parseAddresses(header('to') ?? ''),
    text: parts.text,
    html: parts.html,
  }
}

function splitEntity(source: string): Entity {
  const match = /\r?\n\r?\n/.exec(source)
  const headerBlock = match ? source.slice(0, match.index) : source
  const body = match ? source.slice(match.index + match[0].length) : ''
  return { headers: parseHeaders(headerBlock), body }
}

function parseHeaders(block: string): Map<string, string[]> {
  const headers = new Map<string, string[]>()
  // Unfolding (RFC 5322 §2.2.3): a line starting with white space continues the previous one.
  const unfolded = block.replace(/\r?\n(?=[ \t])/g, '')
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    // Raw 8-bit header bytes are taken as UTF-8 (RFC 6532); encoded words are decoded after.
    const value = decodeEncodedWords(
      Buffer.from(line.slice(colon + 1), 'latin1')
        .toString('utf8')
        .trim(),
    )
    headers.set(name, [...(headers.get(name) ?? []), value])
  }
  return headers
}

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g

/** RFC 2047. Adjacent words of one charset are joined as bytes: a character may straddle two. */
export function decodeEncodedWords(value: string): string {
  // White space between two encoded words is not part of the text.
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1')
  let out = ''
  let last = 0
  let pending: { charset: string; bytes: Buffer[] } | null = null
  const flush = () => {
    if (pending) out += decodeBytes(Buffer.concat(pending.bytes), pending.charset)
    pending = null
  }
  for (const m of joined.matchAll(ENCODED_WORD)) {
    const [word, rawCharset = '', encoding = '', text = ''] = m
    const charset = (rawCharset.split('*')[0] ?? '').toLowerCase()
    if (m.index > last) {
      flush()
      out += joined.slice(last, m.index)
    }
    const bytes =
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : decodeQuotedPrintableBytes(text.replaceAll('_', ' '))
    if (pending && pending.charset !== charset) flush()
    pending ??= { charset, bytes: [] }
    pending.bytes.push(bytes)
    last = m.index + word.length
  }
  flush()
  return out + joined.slice(last)
}

function collectBodies(entity: Entity, found: { text: string | null; html: string | null }): void {
  const contentType = parseHeaderValue(entity.headers.get('content-type')?.[0] ?? 'text/plain')
  const type = contentType.value.toLowerCase()
  if (type.startsWith('multipart/')) {
    const boundary = contentType.params.boundary
    if (!boundary) return
    for (const part of splitMultipart(entity.body, boundary))
      collectBodies(splitEntity(part), found)
    return
  }
  const disposition = parseHeaderValue(entity.headers.get('content-disposition')?.[0] ?? 'inline')
  if (disposition.value.toLowerCase() === 'attachment') return
  if (type !== 'text/plain' && type !== 'text/html') return
  const key = type === 'text/plain' ? 'text' : 'html'
  if (found[key] !== null) return
  const encoding = (entity.headers.get('content-transfer-encoding')?.[0] ?? '7bit')
    .trim()
    .toLowerCase()
  const bytes = decodeTransfer(entity.body, encoding)
  found[key] = decodeBytes(bytes, contentType.params.charset ?? 'us-ascii').replace(/\r\n/g, '\n')
}

/** The bodies between `--boundary` lines; the preamble and the epilogue are dropped. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`
  const parts: string[] = []
  let current: string[] | null = null
  for (const line of body.split(/\r?\n/)) {
    const bare = line.trimEnd()
    if (bare === delimiter || bare === `${delimiter}--`) {
      if (current) parts.push(current.join('\r\n'))
      if (bare !== delimiter) return parts
      current = []
    } else {
      current?.push(line)
    }
  }
  // No closing delimiter: keep what arrived.
  if (current) parts.push(current.join('\r\n'))
  return parts
}

function decodeTransfer(body: string, encoding: string): Buffer {
  if (encoding === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')
  if (encoding === 'quoted-printable')
    return decodeQuotedPrintableBytes(body.replace(/=\r?\n/g, ''))
  return Buffer.from(body, 'latin1')
}

/** `=XX` escapes to bytes, any other (latin1) character is one byte; soft breaks go before. */
function decodeQuotedPrintableBytes(text: string): Buffer {
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : ''
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(text.charCodeAt(i) & 0xff)
    }
  }
  return Buffer.from(bytes)
}

function decodeBytes(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.trim().toLowerCase() || 'utf-8').decode(bytes)
  } catch {
    // An unknown charset: UTF-8 is the likeliest, and shows replacement marks where it is not.
    return new TextDecoder('utf-8').decode(bytes)
  }
}

function parseAddresses(value: string): string[] {
  return addressparser(value, { flatten: true })
    .map((entry) => entry.address.toLowerCase())
    .filter((address) => address !== '')
}
