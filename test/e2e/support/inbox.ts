// The customer's own mailbox, as their phone shows it: the messages the counter's demo mail server
// received, read straight from the data directory (the customer does not use the desk's "Posta
// inviata" to read their mail). Codes and links are picked out of the plain-text part.
import { expect } from '@playwright/test'
import {
  readOfficeSettings,
  writeOfficeSettings,
} from '../../../src-main/features/settings/office-settings'
import { listDemoMailbox } from '../../../src-main/infra/mail/demo-smtp-server'
import type { BrowserHost } from '../../support/browser-host'

export type ReceivedMail = { to: string; subject: string; text: string }

/** Waits until a message with this subject has reached this address; the newest one. */
export async function waitForMail(
  host: BrowserHost,
  to: string,
  subject: string,
  { after = 0 }: { after?: number } = {},
): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined
  await expect
    .poll(
      async () => {
        const mails = await listDemoMailbox(host.counter.db, { to, limit: 20 })
        const matching = mails.filter((m) => m.subject === subject)
        if (matching.length <= after) return false
        found = { to, subject, text: matching[0]?.text ?? '' }
        return true
      },
      { message: `mail “${subject}” to ${to}`, timeout: 15_000 },
    )
    .toBe(true)
  return found!
}

/** How many messages with this subject this address has received so far. */
export async function countMail(host: BrowserHost, to: string, subject: string): Promise<number> {
  const mails = await listDemoMailbox(host.counter.db, { to, limit: 50 })
  return mails.filter((m) => m.subject === subject).length
}

export function codeIn(mail: ReceivedMail): string {
  const code = /^(\d{6})$/m.exec(mail.text)?.[1]
  if (!code) throw new Error(`no 6-digit code in “${mail.subject}”`)
  return code
}

/** The token of the mail's link (there is one when the office has a portal: see withPortal). */
export function linkTokenIn(mail: ReceivedMail): string {
  const token = /\/(?:conferma|nuova-password)\?token=([A-Za-z0-9_%-]+)/.exec(mail.text)?.[1]
  if (!token) throw new Error(`no link in “${mail.subject}”`)
  return decodeURIComponent(token)
}

/** Gives the office a customer portal, as an admin does: from now on the mails carry links. */
export async function withPortal(host: BrowserHost, portalUrl = 'https://portale.mdt.example') {
  const stored = await readOfficeSettings(host.counter.db)
  await writeOfficeSettings(host.counter.db, { ...stored, portalUrl }, new Date())
}

/** A code that is certainly not the right one (the right one with its last digit changed). */
export function wrongCode(code: string): string {
  const last = Number(code.at(-1))
  return `${code.slice(0, 5)}${(last + 1) % 10}`
}
