// The demo mailbox's MIME reader, on hand-written messages and on what nodemailer really builds.
import nodemailer from 'nodemailer'
import { describe, expect, it } from 'vitest'
import { decodeEncodedWords, parseMail } from '../../../src-main/infra/mail/mime-parse'

async function build(message: {
  subject: string
  text: string
  html: string
  to?: string
}): Promise<Buffer> {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  })
  const info = await transport.sendMail({
    from: 'noreply@aass.example',
    to: message.to ?? 'a@example.it',
    messageId: '<x@sportello.local>',
    ...message,
  })
  return info.message as Buffer
}

describe('decodeEncodedWords (RFC 2047)', () => {
  it('decodes B and Q words, joins adjacent ones, keeps plain text', () => {
    expect(decodeEncodedWords('=?UTF-8?Q?Bolletta_di_120_=E2=82=AC?=')).toBe('Bolletta di 120 €')
    expect(decodeEncodedWords('=?utf-8?B?w6ggcHJvbnRh?=')).toBe('è pronta')
    expect(decodeEncodedWords('Re: =?UTF-8?Q?caff=C3=A8?= e =?UTF-8?Q?t=C3=A8?=')).toBe(
      'Re: caffè e tè',
    )
    // A character split across two words (its bytes in both) and white space between words.
    expect(decodeEncodedWords('=?UTF-8?Q?perch=C3?= \r\n =?UTF-8?Q?=A9?=')).toBe('perché')
    expect(decodeEncodedWords('=?ISO-8859-1?Q?citt=E0?=')).toBe('città')
    expect(decodeEncodedWords('plain = text ?=')).toBe('plain = text ?=')
  })
})

describe('parseMail', () => {
  it('reads a hand-written multipart message with quoted-printable, base64 and an attachment', () => {
    const raw = Buffer.from(
      [
        'Message-ID: <abc@sportello.local>',
        'To: "Rossi, Mario" <Mario.Rossi@Example.it>, anna@example.it',
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
    const mail = parseMail(raw)
    expect(mail.messageId).toBe('<abc@sportello.local>')
    expect(mail.to).toEqual(['mario.rossi@example.it', 'anna@example.it'])
    expect(mail.subject).toBe('È pronta la bolletta')
    expect(mail.text).toBe('Importo: 12,00 €, scadenza vicina e una riga molto lunga che va a capo')
    expect(mail.html).toBe('<p>Città</p>')
  })

  it('reads a single-part latin-1 message', () => {
    const raw = Buffer.concat([
      Buffer.from(
        'Subject: prova\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
      ),
      Buffer.from('città\r\n', 'latin1'),
    ])
    expect(parseMail(raw)).toMatchObject({
      subject: 'prova',
      text: 'città\n',
      html: null,
      messageId: null,
    })
  })

  it('round-trips what nodemailer builds, in quoted-printable and in base64', async () => {
    const cases = [
      {
        subject: 'Bolletta di 120,50 € — è già pronta: perché aspettare? '.repeat(3).trim(),
        text: `Gentile Niccolò,\nla bolletta è di 120,50 €. ${'Riga lunga, '.repeat(20)}\nCiao`,
        html: '<p>Città di San Marino — «perché»</p>',
      },
      { subject: 'Secondo', text: 'èàùòì€'.repeat(30), html: '<p>€€€€€€€€€€€€</p>' },
    ]
    const encodings = new Set<string>()
    for (const message of cases) {
      const raw = await build(message)
      for (const m of raw.toString().matchAll(/Content-Transfer-Encoding: (\S+)/g))
        encodings.add(m[1]!)
      const mail = parseMail(raw)
      expect(mail).toMatchObject({
        ...message,
        messageId: '<x@sportello.local>',
        to: ['a@example.it'],
      })
    }
    expect([...encodings].sort()).toEqual(['base64', 'quoted-printable'])
  })
})
