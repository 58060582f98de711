// The demo mailbox's reading of raw messages (postal-mime behind a small adapter), on
// hand-written messages and on what nodemailer really builds.
import { createHash } from 'node:crypto'
import nodemailer from 'nodemailer'
import { describe, expect, it } from 'vitest'
import { parseMail } from '../../../src-main/infra/mail/parse-mail'

async function build(message: {
  subject: string
  text: string
  html?: string
  to?: string
}): Promise<Buffer> {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  })
  const info = await transport.sendMail({
    from: 'noreply@mdt.example',
    messageId: '<x@sportello.local>',
    ...message,
    to: message.to ?? 'a@example.it',
  })
  return info.message as Buffer
}

/** A one-part message with the given Subject header value, as it would be on the wire. */
const withSubject = (subject: string) =>
  Buffer.from(`To: a@example.it\r\nSubject: ${subject}\r\n\r\nciao\r\n`, 'latin1')

describe('parseMail: RFC 2047 encoded words in the subject', () => {
  it.each([
    ['=?UTF-8?Q?Bolletta_di_120_=E2=82=AC?=', 'Bolletta di 120 €'],
    ['=?utf-8?B?w6ggcHJvbnRh?=', 'è pronta'],
    ['Re: =?UTF-8?Q?caff=C3=A8?= e =?UTF-8?Q?t=C3=A8?=', 'Re: caffè e tè'],
    // A character split across two words (its bytes in both), folded between the words.
    ['=?UTF-8?Q?perch=C3?=\r\n =?UTF-8?Q?=A9?=', 'perché'],
    ['=?ISO-8859-1?Q?citt=E0?=', 'città'],
    ['plain = text ?=', 'plain = text ?='],
  ])('%j reads as %j', async (header, subject) => {
    expect((await parseMail(withSubject(header))).subject).toBe(subject)
  })

  it('takes raw 8-bit header bytes as UTF-8 (RFC 6532)', async () => {
    const raw = Buffer.from('Subject: Città di San Marino\r\n\r\nciao\r\n', 'utf8')
    expect((await parseMail(raw)).subject).toBe('Città di San Marino')
  })
})

describe('parseMail', () => {
  it('reads a hand-written multipart message with quoted-printable, base64 and an attachment', async () => {
    const raw = Buffer.from(
      [
        'Message-ID: <abc@sportello.local>',
        'To: "Rossi, Mario" <Mario.Rossi@Example.it>, anna@example.it',
        'From: =?UTF-8?Q?Citt=C3=A0?= <noreply@mdt.example>',
        'Subject: =?UTF-8?B?w4ggcHJvbnRh?=',
        '  =?UTF-8?Q?_la_bolletta?=',
        'Content-Type: multipart/mixed; boundary="outer"',
        '',
        'preamble',
        '--outer',
        'Content-Type: multipart/alternative; boundary=inner',
        '',
        '--inner',
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Importo: 12,00 =E2=82=AC, scadenza vicina e una riga molto lunga che va a =',
        'capo',
        '--inner',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('<p>Città</p>').toString('base64'),
        '--inner--',
        '--outer',
        'Content-Type: text/plain; name=a.txt',
        'Content-Disposition: attachment; filename=a.txt',
        '',
        'not a body',
        '--outer--',
        'epilogue',
      ].join('\r\n'),
    )
    const mail = await parseMail(raw)
    expect(mail.messageId).toBe('<abc@sportello.local>')
    expect(mail.to).toEqual(['mario.rossi@example.it', 'anna@example.it'])
    expect(mail.subject).toBe('È pronta la bolletta')
    expect(mail.text).toBe('Importo: 12,00 €, scadenza vicina e una riga molto lunga che va a capo')
    expect(mail.html).toBe('<p>Città</p>')
    expect(mail.headers.get('from')).toEqual(['Città <noreply@mdt.example>'])
    expect(mail.headers.get('subject')).toEqual(['È pronta la bolletta'])
    // The attachment: its name, type, size and hash, never a body. (A 7-bit part keeps the line
    // break before the boundary in postal-mime; a base64 one, as nodemailer sends files, does not.)
    expect(mail.attachments).toEqual([
      {
        filename: 'a.txt',
        mimeType: 'text/plain',
        size: 'not a body\n'.length,
        sha256: createHash('sha256').update('not a body\n').digest('hex'),
      },
    ])
  })

  it('reads a single-part latin-1 message: no HTML, no message id, no trailing line break', async () => {
    const raw = Buffer.concat([
      Buffer.from(
        'Subject: prova\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
      ),
      Buffer.from('città\r\ndue righe\r\n', 'latin1'),
    ])
    expect(await parseMail(raw)).toEqual({
      headers: expect.any(Map),
      subject: 'prova',
      text: 'città\ndue righe',
      html: null,
      messageId: null,
      to: [],
      attachments: [],
    })
  })

  it('lists every To address in lower case, group members included', async () => {
    const raw = Buffer.from(
      'To: Sportello: Anna@Example.IT, "B" <BRUNO@example.it>;, =?UTF-8?Q?Niccol=C3=B2?= <Niccolo.Rossi@Example.IT>\r\n\r\nciao\r\n',
    )
    expect((await parseMail(raw)).to).toEqual([
      'anna@example.it',
      'bruno@example.it',
      'niccolo.rossi@example.it',
    ])
  })

  it('round-trips what nodemailer builds, in quoted-printable, base64 and 7bit', async () => {
    const cases = [
      {
        subject: 'Bolletta di 120,50 € — è già pronta: perché aspettare? '.repeat(3).trim(),
        text: `Gentile Niccolò,\nla bolletta è di 120,50 €. ${'Riga lunga, '.repeat(20)}\nCiao`,
        html: '<p>Città di San Marino — «perché»</p>',
        to: 'Niccolo.Rossi@Example.IT',
      },
      { subject: 'Secondo', text: 'èàùòì€'.repeat(30), html: '<p>€€€€€€€€€€€€</p>' },
      {
        subject: 'Terzo',
        text: `${'è€'.repeat(40)}\n${'àò'.repeat(40)}`,
        html: '<p>a</p>\n<p>b</p>',
      },
    ]
    const encodings = new Set<string>()
    for (const { to, ...message } of cases) {
      const raw = await build({ ...message, to })
      for (const m of raw.toString().matchAll(/Content-Transfer-Encoding: (\S+)/g))
        encodings.add(m[1]!)
      expect(await parseMail(raw)).toMatchObject({
        ...message,
        messageId: '<x@sportello.local>',
        to: [to?.toLowerCase() ?? 'a@example.it'],
      })
    }
    expect([...encodings].sort()).toEqual(['7bit', 'base64', 'quoted-printable'])
  })

  it('reads a text-only nodemailer message: the text, and no HTML', async () => {
    const mail = await parseMail(await build({ subject: 'Solo testo', text: 'Codice: 482913' }))
    expect(mail).toMatchObject({ subject: 'Solo testo', text: 'Codice: 482913', html: null })
  })
})
