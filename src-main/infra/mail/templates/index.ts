// Every mail the counter sends: one line per feature that sends mail. The outbox checks, renders
// and redacts through these functions.
import type { z } from 'zod'
import {
  accountsTemplates,
  PASSWORD_RESET_VALIDITY_MINUTES,
  REGISTRATION_VALIDITY_HOURS,
} from './accounts'
import { associationsTemplates } from './associations'
import {
  FIRST_ACCESS_VALIDITY_HOURS,
  OTP_VALIDITY_MINUTES,
  secureChannelTemplates,
} from './secure-channel'
import { requestsTemplates } from './requests'
import { documentsTemplates } from './documents'
import { REDACTED, type Locale, type LocaleTexts, type RenderedMail } from './template-kit'

export const templates = {
  ...accountsTemplates,
  ...associationsTemplates,
  ...secureChannelTemplates,
  ...requestsTemplates,
  ...documentsTemplates,
} as const

export { REDACTED, ISSUER_NAME, type Locale, type RenderedMail } from './template-kit'

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

/** Splits `params` into those kept in clear and the template's secret ones (the outbox seals them). */
export function splitSecretParams(
  key: TemplateKey,
  params: Record<string, unknown>,
): { plain: Record<string, unknown>; secret: Record<string, unknown> } {
  const secrets: readonly string[] = templates[key].secretParams
  const plain: Record<string, unknown> = {}
  const secret: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(params)) (secrets.includes(k) ? secret : plain)[k] = v
  return { plain, secret }
}

/** The parameters of a spent mail: the clear ones as they were, every secret one REDACTED. */
export function spentParams(
  key: TemplateKey,
  plain: Record<string, unknown>,
): Record<string, unknown> {
  const secrets: readonly string[] = templates[key].secretParams
  return { ...plain, ...Object.fromEntries(secrets.map((k) => [k, REDACTED])) }
}

/**
 * How long the secret of a template's mail stays good from the moment it is queued, as the mail's
 * own text promises (the token it carries expires then): past it the mail is worthless and the
 * outbox drops it instead of sending it. Null for a mail without a secret.
 */
const secretLifetimesMs: { readonly [K in TemplateKey]?: number } = {
  'registration-confirm': REGISTRATION_VALIDITY_HOURS * 60 * 60_000,
  'password-reset': PASSWORD_RESET_VALIDITY_MINUTES * 60_000,
  // A lost codice cliente is asked for by someone waiting at the counter: a day late, it is noise.
  'codice-cliente': 24 * 60 * 60_000,
  'codice-cliente-sms': 24 * 60 * 60_000,
  'otp-code': OTP_VALIDITY_MINUTES * 60_000,
  'otp-sms': OTP_VALIDITY_MINUTES * 60_000,
  'first-access-password': FIRST_ACCESS_VALIDITY_HOURS * 60 * 60_000,
  'first-access-password-sms': FIRST_ACCESS_VALIDITY_HOURS * 60 * 60_000,
  'reset-first-access-password': FIRST_ACCESS_VALIDITY_HOURS * 60 * 60_000,
  'reset-first-access-password-sms': FIRST_ACCESS_VALIDITY_HOURS * 60 * 60_000,
}

export function secretLifetimeMs(key: TemplateKey): number | null {
  return secretLifetimesMs[key] ?? null
}
