// What every mail template is made of: typed parameters (a zod schema each), Italian and English
// wording, plain text and accessible HTML in the utility's layout. A template never takes a
// password: see SPEC.md §3 and SECURITY.md. The templates themselves are the features' own
// (templates/<feature>.ts), listed in templates/index.ts.
import { z } from 'zod'
import { markup, type SafeHtml } from '../html'

export type Locale = 'it' | 'en'
export type RenderedMail = { subject: string; text: string; html: string }

export type LocaleTexts<P> = {
  subject(params: P): string
  text(params: P): string
  html(params: P): string
}

export type TemplateDefinition<S extends z.ZodObject> = {
  params: S
  /**
   * Parameters that must reach the user (a confirmation token or code) but must not outlive the
   * sending: the outbox replaces them with REDACTED once the row is sent or dead.
   */
  secretParams: readonly (keyof z.infer<S> & string)[]
  it: LocaleTexts<z.infer<S>>
  en: LocaleTexts<z.infer<S>>
}

export function defineTemplate<S extends z.ZodObject>(
  definition: TemplateDefinition<S>,
): TemplateDefinition<S> {
  return definition
}

export const REDACTED = '[redacted]'
export const ISSUER_NAME = 'Multiservizi del Titano'
/** The office's wall clock: San Marino and Italy share it. */
export const OFFICE_TIME_ZONE = 'Europe/Rome'
export const BLUE = '#0066CC'

// The customer's name, for the greeting; may be empty when no name is on file.
export const name = z.string().trim().max(200).optional()
// ≥ 128-bit tokens in base64url (SECURITY.md): 22 characters at least.
export const token = z
  .string()
  .min(22)
  .max(256)
  .regex(/^[A-Za-z0-9_-]+$/)
export const code = z
  .string()
  .min(4)
  .max(16)
  .regex(/^[A-Z0-9-]+$/)

/** The office's portal (an admin setting, https): absent, the mail carries the code alone. */
export const portal = z
  .string()
  .max(200)
  .regex(/^https:\/\/[^\s"'<>]+$/)
  .optional()

/** A page of the portal for a token; none without a portal (no link that goes nowhere). */
export const portalLink = (
  base: string | undefined,
  page: string,
  t: string,
): string | undefined => (base ? `${base}/${page}?token=${encodeURIComponent(t)}` : undefined)

/** When something happened, in the office's time zone, British style in English. */
export const formatInstant = (iso: string, locale: Locale, timeZone = OFFICE_TIME_ZONE): string =>
  new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))

/** How the zone is named after a time: "ora di Roma" for the default, else its IANA name. */
export const zoneName = (locale: Locale, timeZone = OFFICE_TIME_ZONE): string =>
  timeZone === OFFICE_TIME_ZONE
    ? locale === 'it'
      ? 'ora di Roma'
      : 'Rome time'
    : locale === 'it'
      ? `fuso orario ${timeZone}`
      : `${timeZone} time`

/** The office's time zone as a mail parameter (an admin setting; Europe/Rome when absent). */
export const timeZone = z
  .string()
  .max(64)
  .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/)
  .optional()

const FOOTER: Record<Locale, string> = {
  it: 'Messaggio automatico: non rispondere a questa email.',
  en: 'This is an automatic message: please do not reply.',
}

export function greeting(locale: Locale, who: string | undefined): string {
  if (!who) return locale === 'it' ? 'Gentile cliente,' : 'Dear customer,'
  return locale === 'it' ? `Gentile ${who},` : `Dear ${who},`
}

export function textLayout(locale: Locale, lines: readonly string[]): string {
  return [...lines, '', ISSUER_NAME, FOOTER[locale], ''].join('\n')
}

// Email clients ignore <style> blocks inconsistently: inline styles and layout tables are the
// dependable way. Contrast: #0066CC and #1A1A1A on white, white on #0066CC, all ≥ 4.5:1.
export function htmlLayout(locale: Locale, subject: string, content: SafeHtml): string {
  return markup`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${subject}</title>
</head>
<body style="margin:0;padding:0;background-color:#F2F4F7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#F2F4F7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#FFFFFF;font-family:'Titillium Web',Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1A1A1A;">
<tr><td style="background-color:${BLUE};color:#FFFFFF;padding:16px 24px;font-size:20px;font-weight:bold;">${ISSUER_NAME}</td></tr>
<tr><td style="padding:24px;">
<h1 style="margin:0 0 16px 0;font-size:24px;line-height:1.25;color:#1A1A1A;">${subject}</h1>
${content}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #D9DADB;font-size:14px;color:#5C6F82;">${FOOTER[locale]}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`.value
}

export const p = (content: SafeHtml | string): SafeHtml =>
  markup`<p style="margin:0 0 16px 0;">${content}</p>`

export function button(href: string, label: string): SafeHtml {
  return markup`<p style="margin:0 0 16px 0;"><a href="${href}" style="display:inline-block;background-color:${BLUE};color:#FFFFFF;font-weight:bold;padding:12px 24px;border-radius:4px;text-decoration:underline;">${label}</a></p>`
}

/** The link also in clear, for mail clients that show no button or follow no link. */
export function linkInClear(href: string): SafeHtml {
  return markup`<p style="margin:0 0 16px 0;font-size:14px;word-break:break-all;"><a href="${href}" style="color:${BLUE};">${href}</a></p>`
}

export function codeBox(value: string, label: string): SafeHtml {
  return markup`<p style="margin:0 0 4px 0;">${label}</p>
<p style="margin:0 0 16px 0;font-family:'Courier New',Courier,monospace;font-size:28px;font-weight:bold;letter-spacing:4px;color:#1A1A1A;">${value}</p>`
}
