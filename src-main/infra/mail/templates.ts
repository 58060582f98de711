// The mail templates: typed parameters (a zod schema each), Italian and English wording, plain
// text and accessible HTML. A template never takes a password: see SPEC.md §3 and SECURITY.md.
import { z } from 'zod'
import { markup, type SafeHtml } from './html'

export type Locale = 'it' | 'en'
export type RenderedMail = { subject: string; text: string; html: string }

type LocaleTexts<P> = {
  subject(params: P): string
  text(params: P): string
  html(params: P): string
}

type TemplateDefinition<S extends z.ZodObject> = {
  params: S
  /**
   * Parameters that must reach the user (a confirmation token or code) but must not outlive the
   * sending: the outbox replaces them with REDACTED once the row is sent or dead.
   */
  secretParams: readonly (keyof z.infer<S> & string)[]
  it: LocaleTexts<z.infer<S>>
  en: LocaleTexts<z.infer<S>>
}

function defineTemplate<S extends z.ZodObject>(
  definition: TemplateDefinition<S>,
): TemplateDefinition<S> {
  return definition
}

export const REDACTED = '[redacted]'
export const ISSUER_NAME = 'AASS — Servizi Pubblici'
export const REGISTRATION_VALIDITY_HOURS = 24
export const PASSWORD_RESET_VALIDITY_MINUTES = 30
/** The office's wall clock: San Marino and Italy share it. */
const OFFICE_TIME_ZONE = 'Europe/Rome'
const BLUE = '#0066CC'

// The customer's name, for the greeting; may be empty when no name is on file.
const name = z.string().trim().max(200).optional()
// ≥ 128-bit tokens in base64url (SECURITY.md): 22 characters at least.
const token = z
  .string()
  .min(22)
  .max(256)
  .regex(/^[A-Za-z0-9_-]+$/)
const code = z
  .string()
  .min(4)
  .max(16)
  .regex(/^[A-Z0-9-]+$/)

export const confirmLink = (t: string): string =>
  `sportello://confirm?token=${encodeURIComponent(t)}`
export const resetLink = (t: string): string => `sportello://reset?token=${encodeURIComponent(t)}`

const instantFormats: Record<Locale, Intl.DateTimeFormat> = {
  it: new Intl.DateTimeFormat('it-IT', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: OFFICE_TIME_ZONE,
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: OFFICE_TIME_ZONE,
  }),
}

const formatInstant = (iso: string, locale: Locale): string =>
  instantFormats[locale].format(new Date(iso))

const FOOTER: Record<Locale, string> = {
  it: 'Messaggio automatico: non rispondere a questa email.',
  en: 'This is an automatic message: please do not reply.',
}

function greeting(locale: Locale, who: string | undefined): string {
  if (!who) return locale === 'it' ? 'Gentile cliente,' : 'Dear customer,'
  return locale === 'it' ? `Gentile ${who},` : `Dear ${who},`
}

function textLayout(locale: Locale, lines: readonly string[]): string {
  return [...lines, '', ISSUER_NAME, FOOTER[locale], ''].join('\n')
}

// Email clients ignore <style> blocks inconsistently: inline styles and layout tables are the
// dependable way. Contrast: #0066CC and #1A1A1A on white, white on #0066CC, all ≥ 4.5:1.
function htmlLayout(locale: Locale, subject: string, content: SafeHtml): string {
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

const p = (content: SafeHtml | string): SafeHtml =>
  markup`<p style="margin:0 0 16px 0;">${content}</p>`

function button(href: string, label: string): SafeHtml {
  return markup`<p style="margin:0 0 16px 0;"><a href="${href}" style="display:inline-block;background-color:${BLUE};color:#FFFFFF;font-weight:bold;padding:12px 24px;border-radius:4px;text-decoration:underline;">${label}</a></p>`
}

/** The link also in clear, for mail clients that refuse to follow a `sportello://` link. */
function linkInClear(href: string): SafeHtml {
  return markup`<p style="margin:0 0 16px 0;font-size:14px;word-break:break-all;"><a href="${href}" style="color:${BLUE};">${href}</a></p>`
}

function codeBox(value: string, label: string): SafeHtml {
  return markup`<p style="margin:0 0 4px 0;">${label}</p>
<p style="margin:0 0 16px 0;font-family:'Courier New',Courier,monospace;font-size:28px;font-weight:bold;letter-spacing:4px;color:#1A1A1A;">${value}</p>`
}

const registrationParams = z.strictObject({ name, token, code })
const passwordResetParams = z.strictObject({ name, token, code })
const passwordChangedParams = z.strictObject({ name, at: z.iso.datetime() })
const alreadyRegisteredParams = z.strictObject({ name })

export const templates = {
  'registration-confirm': defineTemplate({
    params: registrationParams,
    secretParams: ['token', 'code'],
    it: {
      subject: () => 'Conferma registrazione',
      text: (v) =>
        textLayout('it', [
          greeting('it', v.name),
          '',
          `grazie per la registrazione ai servizi online di ${ISSUER_NAME}.`,
          "Per attivare l'account apri questo collegamento:",
          confirmLink(v.token),
          '',
          'Oppure, al chiosco dello sportello, digita questo codice:',
          v.code,
          '',
          `Il collegamento e il codice valgono ${REGISTRATION_VALIDITY_HOURS} ore e si possono usare una sola volta.`,
          "Se non hai chiesto tu la registrazione, ignora questo messaggio: l'account resterà inattivo.",
        ]),
      html: (v) =>
        htmlLayout(
          'it',
          'Conferma registrazione',
          markup`${p(greeting('it', v.name))}
${p(`grazie per la registrazione ai servizi online di ${ISSUER_NAME}. Per attivare l'account usa il pulsante qui sotto.`)}
${button(confirmLink(v.token), 'Conferma registrazione')}
${linkInClear(confirmLink(v.token))}
${codeBox(v.code, 'Oppure, al chiosco dello sportello, digita questo codice:')}
${p(`Il collegamento e il codice valgono ${REGISTRATION_VALIDITY_HOURS} ore e si possono usare una sola volta.`)}
${p("Se non hai chiesto tu la registrazione, ignora questo messaggio: l'account resterà inattivo.")}`,
        ),
    },
    en: {
      subject: () => 'Confirm your registration',
      text: (v) =>
        textLayout('en', [
          greeting('en', v.name),
          '',
          `thank you for registering with the online services of ${ISSUER_NAME}.`,
          'To activate your account, open this link:',
          confirmLink(v.token),
          '',
          'Or type this code at the office kiosk:',
          v.code,
          '',
          `The link and the code are valid for ${REGISTRATION_VALIDITY_HOURS} hours and can be used once.`,
          'If you did not ask to register, ignore this message: the account will stay inactive.',
        ]),
      html: (v) =>
        htmlLayout(
          'en',
          'Confirm your registration',
          markup`${p(greeting('en', v.name))}
${p(`thank you for registering with the online services of ${ISSUER_NAME}. To activate your account, use the button below.`)}
${button(confirmLink(v.token), 'Confirm registration')}
${linkInClear(confirmLink(v.token))}
${codeBox(v.code, 'Or type this code at the office kiosk:')}
${p(`The link and the code are valid for ${REGISTRATION_VALIDITY_HOURS} hours and can be used once.`)}
${p('If you did not ask to register, ignore this message: the account will stay inactive.')}`,
        ),
    },
  }),

  'password-reset': defineTemplate({
    params: passwordResetParams,
    secretParams: ['token', 'code'],
    it: {
      subject: () => 'Reimpostazione della password',
      text: (v) =>
        textLayout('it', [
          greeting('it', v.name),
          '',
          'abbiamo ricevuto una richiesta di reimpostare la password del tuo account.',
          'Per scegliere una nuova password apri questo collegamento:',
          resetLink(v.token),
          '',
          'Oppure, al chiosco dello sportello, digita questo codice:',
          v.code,
          '',
          `Il collegamento e il codice valgono ${PASSWORD_RESET_VALIDITY_MINUTES} minuti e si possono usare una sola volta.`,
          'Non ti invieremo mai la password per email.',
          'Se non hai chiesto tu di reimpostarla, ignora questo messaggio: la password resta quella di prima.',
        ]),
      html: (v) =>
        htmlLayout(
          'it',
          'Reimpostazione della password',
          markup`${p(greeting('it', v.name))}
${p('abbiamo ricevuto una richiesta di reimpostare la password del tuo account. Per scegliere una nuova password usa il pulsante qui sotto.')}
${button(resetLink(v.token), 'Scegli una nuova password')}
${linkInClear(resetLink(v.token))}
${codeBox(v.code, 'Oppure, al chiosco dello sportello, digita questo codice:')}
${p(`Il collegamento e il codice valgono ${PASSWORD_RESET_VALIDITY_MINUTES} minuti e si possono usare una sola volta.`)}
${p('Non ti invieremo mai la password per email.')}
${p('Se non hai chiesto tu di reimpostarla, ignora questo messaggio: la password resta quella di prima.')}`,
        ),
    },
    en: {
      subject: () => 'Reset your password',
      text: (v) =>
        textLayout('en', [
          greeting('en', v.name),
          '',
          'we received a request to reset the password of your account.',
          'To choose a new password, open this link:',
          resetLink(v.token),
          '',
          'Or type this code at the office kiosk:',
          v.code,
          '',
          `The link and the code are valid for ${PASSWORD_RESET_VALIDITY_MINUTES} minutes and can be used once.`,
          'We will never send you your password by email.',
          'If you did not ask for this, ignore this message: your password stays as it was.',
        ]),
      html: (v) =>
        htmlLayout(
          'en',
          'Reset your password',
          markup`${p(greeting('en', v.name))}
${p('we received a request to reset the password of your account. To choose a new password, use the button below.')}
${button(resetLink(v.token), 'Choose a new password')}
${linkInClear(resetLink(v.token))}
${codeBox(v.code, 'Or type this code at the office kiosk:')}
${p(`The link and the code are valid for ${PASSWORD_RESET_VALIDITY_MINUTES} minutes and can be used once.`)}
${p('We will never send you your password by email.')}
${p('If you did not ask for this, ignore this message: your password stays as it was.')}`,
        ),
    },
  }),

  'password-changed': defineTemplate({
    params: passwordChangedParams,
    secretParams: [],
    it: {
      subject: () => 'La tua password è stata modificata',
      text: (v) =>
        textLayout('it', [
          greeting('it', v.name),
          '',
          `la password del tuo account è stata modificata il ${formatInstant(v.at, 'it')} (ora di Roma).`,
          'Per sicurezza abbiamo chiuso le altre sessioni aperte.',
          '',
          `Se la modifica non l'hai fatta tu, contatta subito lo sportello di ${ISSUER_NAME}.`,
        ]),
      html: (v) =>
        htmlLayout(
          'it',
          'La tua password è stata modificata',
          markup`${p(greeting('it', v.name))}
${p(`la password del tuo account è stata modificata il ${formatInstant(v.at, 'it')} (ora di Roma). Per sicurezza abbiamo chiuso le altre sessioni aperte.`)}
${p(markup`<strong>Se la modifica non l'hai fatta tu, contatta subito lo sportello di ${ISSUER_NAME}.</strong>`)}`,
        ),
    },
    en: {
      subject: () => 'Your password was changed',
      text: (v) =>
        textLayout('en', [
          greeting('en', v.name),
          '',
          `the password of your account was changed on ${formatInstant(v.at, 'en')} (Rome time).`,
          'For your safety we signed out your other sessions.',
          '',
          `If it was not you, contact the ${ISSUER_NAME} office at once.`,
        ]),
      html: (v) =>
        htmlLayout(
          'en',
          'Your password was changed',
          markup`${p(greeting('en', v.name))}
${p(`the password of your account was changed on ${formatInstant(v.at, 'en')} (Rome time). For your safety we signed out your other sessions.`)}
${p(markup`<strong>If it was not you, contact the ${ISSUER_NAME} office at once.</strong>`)}`,
        ),
    },
  }),

  // Registering an address that already has an account answers like a new registration (no
  // enumeration); the owner of the address is told here instead.
  'already-registered': defineTemplate({
    params: alreadyRegisteredParams,
    secretParams: [],
    it: {
      subject: () => 'Hai già un account',
      text: (v) =>
        textLayout('it', [
          greeting('it', v.name),
          '',
          `è stata chiesta una registrazione ai servizi online di ${ISSUER_NAME} con questo indirizzo email, che ha già un account.`,
          'Se la richiesta è tua, accedi con la tua password; se non la ricordi, usa «Hai dimenticato la password?» nella pagina ACCEDI.',
          'Se la richiesta non è tua, ignora questo messaggio: il tuo account non è cambiato.',
        ]),
      html: (v) =>
        htmlLayout(
          'it',
          'Hai già un account',
          markup`${p(greeting('it', v.name))}
${p(`è stata chiesta una registrazione ai servizi online di ${ISSUER_NAME} con questo indirizzo email, che ha già un account.`)}
${p('Se la richiesta è tua, accedi con la tua password; se non la ricordi, usa «Hai dimenticato la password?» nella pagina ACCEDI.')}
${p('Se la richiesta non è tua, ignora questo messaggio: il tuo account non è cambiato.')}`,
        ),
    },
    en: {
      subject: () => 'You already have an account',
      text: (v) =>
        textLayout('en', [
          greeting('en', v.name),
          '',
          `someone asked to register with the online services of ${ISSUER_NAME} using this email address, which already has an account.`,
          'If it was you, sign in with your password; if you do not remember it, use "Forgot your password?" on the sign-in page.',
          'If it was not you, ignore this message: your account has not changed.',
        ]),
      html: (v) =>
        htmlLayout(
          'en',
          'You already have an account',
          markup`${p(greeting('en', v.name))}
${p(`someone asked to register with the online services of ${ISSUER_NAME} using this email address, which already has an account.`)}
${p('If it was you, sign in with your password; if you do not remember it, use "Forgot your password?" on the sign-in page.')}
${p('If it was not you, ignore this message: your account has not changed.')}`,
        ),
    },
  }),
} as const

export type TemplateKey = keyof typeof templates
export type TemplateParams<K extends TemplateKey> = z.infer<(typeof templates)[K]['params']>

export function isTemplateKey(key: string): key is TemplateKey {
  return Object.hasOwn(templates, key)
}

/** Checks the parameters against the template's schema; throws a ZodError when they do not fit. */
export function parseTemplateParams<K extends TemplateKey>(
  key: K,
  params: unknown,
): TemplateParams<K> {
  return templates[key].params.parse(params) as TemplateParams<K>
}

export function renderMail(key: TemplateKey, locale: Locale, params: unknown): RenderedMail {
  const template = templates[key]
  // Parsed again at send time: a row written by an older version must still fit the template.
  const valid = template.params.parse(params)
  const texts = template[locale] as LocaleTexts<typeof valid>
  return { subject: texts.subject(valid), text: texts.text(valid), html: texts.html(valid) }
}

/** The template's secret parameter values present in `params` (to scrub them from error text). */
export function secretValues(key: TemplateKey, params: Record<string, unknown>): string[] {
  const secrets: readonly string[] = templates[key].secretParams
  return secrets
    .map((k) => params[k])
    .filter((v): v is string => typeof v === 'string' && v.length > 0 && v !== REDACTED)
}

/** A copy of `params` safe to keep after sending: the secret ones replaced by REDACTED. */
export function redactParams(
  key: TemplateKey,
  params: Record<string, unknown>,
): Record<string, unknown> {
  const secrets: readonly string[] = templates[key].secretParams
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, secrets.includes(k) ? REDACTED : v]),
  )
}

/** True when a secret the mail needs was already cleared: resending it would be useless. */
export function hasRedactedSecrets(key: TemplateKey, params: Record<string, unknown>): boolean {
  const secrets: readonly string[] = templates[key].secretParams
  return secrets.some((k) => params[k] === REDACTED)
}
