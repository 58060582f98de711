// What the customer receives, as it arrives at a real SMTP server: subject, plain text and HTML
// in Italian and English, the link and the code, every parameter escaped in the HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock } from '../../../src-main/infra/clock/clock'
import { cryptoRandom } from '../../../src-main/infra/crypto/random'
import { silentLogger } from '../../../src-main/infra/log/logger'
import type { MailTransport } from '../../../src-main/infra/mail/mail-transport'
import { type ParsedMail, parseMail } from '../../../src-main/infra/mail/parse-mail'
import { ISSUER_NAME, type Locale } from '../../../src-main/infra/mail/templates'
import {
  createOutboxSender,
  enqueueMail,
  messageIdFor,
  type OutboxMail,
} from '../../../src-main/infra/outbox/outbox'
import {
  type RecordingSmtpServer,
  startRecordingSmtpServer,
} from '../../support/recording-smtp-server'
import type { TempDb } from '../../support/temp-db'
import { FROM, loopbackTransport, migratedTempDb, testBox } from './mail-test-kit'

const hostileName = 'Niccolò <script>alert("x")</script> & Figli'
const token = 'tK9_Zp-3qLmN0vXyA1b2C3d4E5f6G7h8'
const code = '482913'
const clock = manualClock('2026-03-02T09:00:00.000Z')

let temp: TempDb
let server: RecordingSmtpServer
let transport: MailTransport

async function deliver(mail: OutboxMail): Promise<ParsedMail> {
  const id = await enqueueMail(temp.db, { clock, random: cryptoRandom, box: testBox }, mail)
  const sender = createOutboxSender({
    db: temp.db,
    clock,
    random: cryptoRandom,
    transport,
    logger: silentLogger,
    box: testBox,
  })
  expect(await sender.drainOnce()).toMatchObject({ sent: 1 })
  const raw = server.messages.find((m) => m.messageId === messageIdFor(id))?.raw
  expect(raw).toBeDefined()
  return parseMail(raw!)
}

beforeAll(async () => {
  temp = await migratedTempDb()
  server = await startRecordingSmtpServer()
  transport = loopbackTransport(server.port)
})
afterAll(async () => {
  transport.close?.()
  await server.close()
  await temp.dispose()
})

function expectSafeHtml(mail: ParsedMail) {
  expect(mail.html).not.toContain('<script>')
  expect(mail.html).toContain(
    'Niccolò &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Figli',
  )
  expect(mail.text).toContain(hostileName)
  expect(mail.html).toContain('#0066CC')
  // The utility's name heads every mail (the demo's is fictional: see src-renderer/ui/brand.ts).
  expect(mail.html).toContain(ISSUER_NAME)
}

const wording: Record<
  Locale,
  {
    confirmSubject: string
    resetSubject: string
    changedSubject: string
    hours: string
    minutes: string
    ignore: RegExp
    contact: RegExp | string
  }
> = {
  it: {
    confirmSubject: 'Conferma registrazione',
    resetSubject: 'Reimpostazione della password',
    changedSubject: 'La tua password è stata modificata',
    hours: '24 ore',
    minutes: '30 minuti',
    ignore: /ignora questo messaggio/,
    contact: /contatta subito lo sportello/,
  },
  en: {
    confirmSubject: 'Confirm your registration',
    resetSubject: 'Reset your password',
    changedSubject: 'Your password was changed',
    hours: '24 hours',
    minutes: '30 minutes',
    ignore: /ignore this message/,
    contact: `contact the ${ISSUER_NAME} office`,
  },
}

const PORTAL = 'https://portale.mdt.example'

describe.each(['it', 'en'] as const)('mail contents (%s)', (locale) => {
  const words = wording[locale]

  it('registration-confirm: the portal link and the code to type at the kiosk, 24 h, "ignore it"', async () => {
    const mail = await deliver({
      to: 'anna.bianchi@example.it',
      locale,
      template: 'registration-confirm',
      params: { name: hostileName, token, code, portal: PORTAL },
    })
    expect(mail.subject).toBe(words.confirmSubject)
    expect(mail.to).toEqual(['anna.bianchi@example.it'])
    expect(mail.headers.get('from')?.[0]).toBe(FROM)
    const link = `${PORTAL}/conferma?token=${token}`
    for (const body of [mail.text!, mail.html!]) {
      expect(body).toContain(link)
      expect(body).toContain(code)
      expect(body).toContain(words.hours)
      expect(body).toMatch(words.ignore)
      // The mail has arrived: the SPAM hint belongs to the "did not arrive?" help, not here.
      expect(body).not.toMatch(/spam/i)
    }
    expect(mail.html).toContain(`href="${link}"`)
    expect(mail.html).toContain(`<html lang="${locale}">`)
    expectSafeHtml(mail)
  })

  it('password-reset: link and code, 30 minutes, and never a password', async () => {
    const mail = await deliver({
      to: 'anna.bianchi@example.it',
      locale,
      template: 'password-reset',
      params: { name: hostileName, token, code, portal: PORTAL },
    })
    expect(mail.subject).toBe(words.resetSubject)
    for (const body of [mail.text!, mail.html!]) {
      expect(body).toContain(`${PORTAL}/nuova-password?token=${token}`)
      expect(body).toContain(code)
      expect(body).toContain(words.minutes)
      expect(body).toMatch(words.ignore)
    }
    expectSafeHtml(mail)
  })

  it.each(['registration-confirm', 'password-reset'] as const)(
    '%s without a portal address: no link that goes nowhere, the code alone is enough',
    async (template) => {
      const mail = await deliver({
        to: 'anna.bianchi@example.it',
        locale,
        template,
        params: { name: hostileName, token, code },
      })
      for (const body of [mail.text!, mail.html!]) {
        expect(body).toContain(code)
        expect(body).not.toContain(token)
        expect(body).not.toMatch(/sportello:\/\/|https?:\/\/[^"\s]*token/)
      }
      expect(mail.html).not.toMatch(/<a /)
    },
  )

  it('password-changed: when, in office time, and whom to call if it was not you', async () => {
    const mail = await deliver({
      to: 'anna.bianchi@example.it',
      locale,
      template: 'password-changed',
      params: { name: hostileName, at: '2026-03-02T08:59:00.000Z' },
    })
    expect(mail.subject).toBe(words.changedSubject)
    for (const body of [mail.text!, mail.html!]) {
      // 08:59 UTC is 09:59 in Rome (CET) on 2 March.
      expect(body).toContain('09:59')
      expect(body).toContain(locale === 'it' ? '2 marzo 2026' : '2 March 2026')
      expect(body).toMatch(words.contact)
    }
    expectSafeHtml(mail)
  })

  it('greets a customer whose name is not on file without an empty name', async () => {
    const mail = await deliver({
      to: 'anna.bianchi@example.it',
      locale,
      template: 'password-reset',
      params: { name: '', token, code },
    })
    expect(mail.text).toMatch(locale === 'it' ? /^Gentile cliente,/ : /^Dear customer,/)
  })
})
