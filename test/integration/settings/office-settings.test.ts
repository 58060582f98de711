// The office's portal address (issue #8 point 10): the mails' links open the portal an admin set,
// never a scheme nothing registers; with none set they carry the code alone. Only an https
// address is accepted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeOfficeSettings } from '../../../src-main/features/settings'
import { renderMail } from '../../../src-main/infra/mail/templates'
import { officeSettingsSchema } from '../../../src-shared/ipc'
import { registrationOf, startHarness, type Harness } from '../../support/counter-harness'

let h: Harness
beforeEach(async () => (h = await startHarness()))
afterEach(async () => h.dispose())

const email = 'laura.bianchi@example.it'

describe('the office settings an admin reads', () => {
  it('answer with an empty name before any is stored (a demo, an old installation)', async () => {
    const desk = await startHarness({ mode: 'desk' })
    try {
      const admin = await desk.signedInOperator('admin')
      expect(await desk.call(admin, 'settings:get-office', {})).toEqual({
        ok: true,
        value: { officeName: '', portalUrl: '', timeZone: 'Europe/Rome' },
      })
    } finally {
      await desk.dispose()
    }
  })
})

describe('the office’s time zone', () => {
  it('is Europe/Rome unless an admin sets another; app:info and the mails follow it', async () => {
    expect(await h.call(h.connection(), 'app:info', {})).toMatchObject({
      ok: true,
      value: { timeZone: 'Europe/Rome' },
    })
    const at = '2026-12-01T13:35:00.000Z'
    const rome = renderMail('password-changed', 'en', { name: 'Laura', at })
    expect(rome.text).toContain('1 December 2026 at 14:35 (Rome time)')
    await writeOfficeSettings(
      h.db,
      { officeName: 'Sportello', portalUrl: '', timeZone: 'Europe/London' },
      h.clock.now(),
    )
    // Every screen asks app:info first: the office's name and clock are in it.
    expect(await h.call(h.connection(), 'app:info', {})).toMatchObject({
      value: { timeZone: 'Europe/London', officeName: 'Sportello' },
    })
    const london = renderMail('password-changed', 'it', {
      name: 'Laura',
      at,
      timeZone: 'Europe/London',
    })
    expect(london.text).toContain('1 dicembre 2026 alle ore 13:35 (fuso orario Europe/London)')
  })

  it.each(['Mars/Olympus', 'Europe/Rome; drop', ''])('refuses %j as a time zone', (timeZone) => {
    expect(
      officeSettingsSchema.safeParse({ officeName: 'Sportello', portalUrl: '', timeZone }).success,
    ).toBe(false)
  })
})

describe('the portal address in the mails', () => {
  it('a registration mail links to the portal set by the admin', async () => {
    await writeOfficeSettings(
      h.db,
      {
        officeName: 'Sportello di Borgo Maggiore',
        portalUrl: 'https://portale.mdt.example',
        timeZone: 'Europe/Rome',
      },
      h.clock.now(),
    )
    expect(
      (await h.call(h.connection(), 'accounts:register', registrationOf(email, 'Bolletta-Luce-26')))
        .ok,
    ).toBe(true)
    const mail = (await h.lastMail(email))!
    expect(mail.params.portal).toBe('https://portale.mdt.example')
    const { text, html } = renderMail('registration-confirm', 'it', mail.params)
    const link = `https://portale.mdt.example/conferma?token=${mail.params.token}`
    expect(text).toContain(link)
    expect(html).toContain(`href="${link}"`)
    expect(text).toContain(mail.params.code)
  })

  it('without a portal the mail has the code and no link', async () => {
    await h.call(h.connection(), 'accounts:register', registrationOf(email, 'Bolletta-Luce-26'))
    const mail = (await h.lastMail(email))!
    expect(mail.params).not.toHaveProperty('portal')
    const { text, html } = renderMail('registration-confirm', 'it', mail.params)
    expect(text).toContain(mail.params.code)
    expect(text).not.toContain(mail.params.token)
    expect(html).not.toMatch(/<a\s/)
  })

  it.each([
    ['http://portale.mdt.example', false],
    ['sportello://confirm', false],
    ['javascript:alert(1)', false],
    ['https://portale', false],
    ['https://portale.mdt.example/', true],
    ['', true],
  ])('accepts %s as a portal address: %s', (portalUrl, accepted) => {
    const parsed = officeSettingsSchema.safeParse({ officeName: 'Sportello', portalUrl })
    expect(parsed.success).toBe(accepted)
    if (parsed.success) expect(parsed.data.portalUrl).not.toMatch(/\/$/)
  })
})
