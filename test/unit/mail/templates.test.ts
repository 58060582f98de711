// The mail templates and the HTML builder: escaping, both languages, and no password but the
// first-access one (seed 003: sent over the confirmed secure channel, sealed at rest like a code).
import { describe, expect, it } from 'vitest'
import { escapeHtml, markup, SafeHtml } from '../../../src-main/infra/mail/html'
import {
  hasRedactedSecrets,
  REDACTED,
  redactParams,
  renderMail,
  secretLifetimeMs,
  secretValues,
  spentParams,
  splitSecretParams,
  type TemplateKey,
  templates,
} from '../../../src-main/infra/mail/templates'
import { TOKEN_LIFETIME_MS } from '../../../src-main/features/accounts/account-tokens'

const token = 'tK9_Zp-3qLmN0vXyA1b2C3d4E5f6G7h8'
const documentSample = {
  name: '<script>alert(1)</script>',
  number: '2026/E/0000042',
  type: 'bill',
  periodStart: '2026-09-01',
  periodEnd: '2026-10-31',
  dueOn: '2026-12-15',
  portal: 'https://portale.mdt.example',
}
const samples: Record<TemplateKey, Record<string, unknown>> = {
  'document-published': documentSample,
  'document-reminder': { ...documentSample, last: true },
  'documents-sent': {
    name: '<script>alert(1)</script>',
    numbers: ['2026/E/0000042', '2026/G/0000043'],
    part: 1,
    parts: 2,
  },
  'registration-confirm': { name: '<script>alert(1)</script>', token, code: '123456' },
  'password-reset': { name: '<script>alert(1)</script>', token, code: '123456' },
  'password-changed': { name: '<script>alert(1)</script>', at: '2026-07-01T10:00:00.000Z' },
  'already-registered': { name: '<script>alert(1)</script>' },
  'association-shared': { name: '<script>alert(1)</script>', at: '2026-07-01T10:00:00.000Z' },
  'codice-cliente': { name: '<script>alert(1)</script>', codiceCliente: '10000001' },
  'otp-code': { name: '<script>alert(1)</script>', code: '123456' },
  'first-access-password': { name: '<script>alert(1)</script>', password: 'Kq7mWz3pT9xa#2' },
  'otp-sms': { name: 'Laura', code: '123456' },
  'codice-cliente-sms': { name: 'Laura', codiceCliente: '10000001' },
  'first-access-password-sms': { name: 'Laura', password: 'Kq7mWz3pT9xa#2' },
  'contact-changed': {
    name: '<script>alert(1)</script>',
    number: 'R-2026-000042',
    contact: 'la***@example.it',
  },
  'contact-changed-sms': { name: 'Laura', number: 'R-2026-000042', contact: '+39 *** *** 4567' },
  'contact-change-was-you': {
    name: '<script>alert(1)</script>',
    number: 'R-2026-000042',
    contact: 'la***@example.it',
  },
  'contact-change-was-you-sms': {
    name: 'Laura',
    number: 'R-2026-000042',
    contact: '+39 *** *** 4567',
  },
  'request-rejected': {
    name: '<script>alert(1)</script>',
    number: 'R-2026-000042',
    reason: 'document-expired',
    note: '<b>Serve la carta d’identità</b>',
  },
  'request-rejected-sms': {
    name: 'Laura',
    number: 'R-2026-000042',
    reason: 'document-not-matching',
  },
  'reset-first-access-password': { name: '<script>alert(1)</script>', password: 'Kq7mWz3pT9xa#2' },
  'reset-first-access-password-sms': { name: 'Laura', password: 'Kq7mWz3pT9xa#2' },
}

describe('escapeHtml and markup``', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })

  it('escapes every interpolation except nested fragments', () => {
    const name = '<script>alert("x")</script>'
    const fragment = markup`<b>${name}</b>`
    expect(fragment).toBeInstanceOf(SafeHtml)
    expect(markup`<p>${fragment} ${42} ${null}${false}</p>`.value).toBe(
      '<p><b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</b> 42 </p>',
    )
    expect(markup`<a href="${'" onclick="x'}">`.value).toBe('<a href="&quot; onclick=&quot;x">')
  })
})

const smsKeys = (Object.keys(templates) as TemplateKey[]).filter((k) => k.endsWith('-sms'))
const mailKeys = (Object.keys(templates) as TemplateKey[]).filter((k) => !smsKeys.includes(k))

describe.each(smsKeys)('SMS template %s', (key) => {
  it.each(['it', 'en'] as const)('is one SMS in %s, holding its secret', (locale) => {
    const { text } = renderMail(key, locale, samples[key])
    expect(text.length).toBeLessThanOrEqual(160)
    expect(text).toMatch(/^[\x20-\x7e]+$/)
    for (const secret of secretValues(key, samples[key])) expect(text).toContain(secret)
  })
  it('says something different in each language', () => {
    expect(renderMail(key, 'it', samples[key]).text).not.toBe(
      renderMail(key, 'en', samples[key]).text,
    )
  })
})

describe.each(mailKeys)('template %s', (key) => {
  it.each(['it', 'en'] as const)(
    'renders in %s with every parameter escaped in the HTML',
    (locale) => {
      const mail = renderMail(key, locale, samples[key])
      expect(mail.subject.length).toBeGreaterThan(0)
      expect(mail.html).not.toContain('<script>')
      expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(mail.text).toContain('<script>alert(1)</script>')
      expect(mail.html).toContain(`lang="${locale}"`)
      expect(mail.html).toContain('#0066CC')
    },
  )

  it('says something different in each language', () => {
    expect(renderMail(key, 'it', samples[key]).subject).not.toBe(
      renderMail(key, 'en', samples[key]).subject,
    )
  })

  it('takes no password (but the sealed first-access one) and refuses unknown parameters', () => {
    const shape = Object.keys(templates[key].params.shape)
    const passwords = shape.filter((k) => /pass|pwd/i.test(k))
    if (key.includes('first-access-password')) {
      expect(passwords).toEqual(['password'])
      expect(templates[key].secretParams).toContain('password')
      expect(() => renderMail(key, 'it', { ...samples[key], pwd: 'Segreta1!' })).toThrow()
    } else {
      expect(passwords).toEqual([])
      expect(() => renderMail(key, 'it', { ...samples[key], password: 'Segreta1!' })).toThrow()
    }
  })
})

describe('secret parameters', () => {
  it('are the token and the code, and redaction keeps everything else', () => {
    const params = samples['registration-confirm']
    expect(secretValues('registration-confirm', params).sort()).toEqual(['123456', token].sort())
    const redacted = redactParams('registration-confirm', params)
    expect(redacted).toEqual({ name: params.name, token: REDACTED, code: REDACTED })
    expect(hasRedactedSecrets('registration-confirm', redacted)).toBe(true)
    expect(hasRedactedSecrets('registration-confirm', params)).toBe(false)
  })

  it('do not exist in a notice', () => {
    const params = samples['password-changed']
    expect(redactParams('password-changed', params)).toEqual(params)
    expect(hasRedactedSecrets('password-changed', params)).toBe(false)
  })
})

describe('the outbox helpers', () => {
  it('split the secret parameters from the clear ones, and spend them', () => {
    const params = samples['password-reset']
    expect(splitSecretParams('password-reset', params)).toEqual({
      plain: { name: params.name },
      secret: { token, code: '123456' },
    })
    expect(spentParams('password-reset', { name: params.name })).toEqual({
      name: params.name,
      token: REDACTED,
      code: REDACTED,
    })
    expect(splitSecretParams('password-changed', samples['password-changed']).secret).toEqual({})
  })

  it("drop a code mail when its token expires: the lifetime its text promises is the token's", () => {
    expect(secretLifetimeMs('registration-confirm')).toBe(TOKEN_LIFETIME_MS['confirm-email'])
    expect(secretLifetimeMs('password-reset')).toBe(TOKEN_LIFETIME_MS['reset-password'])
    for (const key of Object.keys(templates) as TemplateKey[])
      expect(secretLifetimeMs(key) !== null).toBe(templates[key].secretParams.length > 0)
  })
})
