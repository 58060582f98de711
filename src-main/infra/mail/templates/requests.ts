// The notices of back office's decisions on a request (SPEC §3.7-3.8, seed 003, issue #13): the
// new contact is told it is registered (and that the secure channel must be registered again),
// the old one "was this you?", a refusal says why; after a RESET LOGIN approved, the first-access
// password goes to the contact on file. Each by mail or, to a mobile, by SMS. Listed in ./index.ts.
import { z } from 'zod'
import { markup } from '../html'
import {
  codeBox,
  defineTemplate,
  greeting,
  htmlLayout,
  ISSUER_NAME,
  name,
  p,
  textLayout,
  type Locale,
} from './template-kit'
import { FIRST_ACCESS_VALIDITY_HOURS, smsTemplate } from './secure-channel'

const number = z.string().regex(/^R-\d{4}-\d{6}$/)
const masked = z.string().max(254)
const reason = z.enum([
  'document-unreadable',
  'document-expired',
  'document-not-matching',
  'contact-not-valid',
  'other',
])
const note = z.string().max(500).optional()

const reasons: Record<Locale, Record<z.infer<typeof reason>, string>> = {
  it: {
    'document-unreadable': 'il documento non si legge bene',
    'document-expired': 'il documento è scaduto',
    'document-not-matching': 'il documento non corrisponde all’intestatario',
    'contact-not-valid': 'il nuovo recapito non è valido',
    other: 'un altro motivo',
  },
  en: {
    'document-unreadable': 'the document cannot be read well',
    'document-expired': 'the document has expired',
    'document-not-matching': 'the document does not match the holder',
    'contact-not-valid': 'the new contact is not valid',
    other: 'another reason',
  },
}

/** The same reasons in plain ASCII, for an SMS. */
const smsReasons: Record<Locale, Record<z.infer<typeof reason>, string>> = {
  it: {
    'document-unreadable': 'documento non leggibile',
    'document-expired': 'documento scaduto',
    'document-not-matching': 'documento non corrispondente',
    'contact-not-valid': 'recapito non valido',
    other: 'altro motivo',
  },
  en: {
    'document-unreadable': 'document unreadable',
    'document-expired': 'document expired',
    'document-not-matching': 'document not matching',
    'contact-not-valid': 'contact not valid',
    other: 'another reason',
  },
}

/** A mail of a few paragraphs, the same in text and HTML. */
function notice<S extends z.ZodObject>(
  params: S,
  words: Record<Locale, { subject: string; lines: (v: z.infer<S>) => string[] }>,
) {
  const texts = (locale: Locale) => ({
    subject: () => words[locale].subject,
    text: (v: z.infer<S>) =>
      textLayout(locale, [
        greeting(locale, v.name as string | undefined),
        '',
        ...words[locale].lines(v),
      ]),
    html: (v: z.infer<S>) =>
      htmlLayout(
        locale,
        words[locale].subject,
        markup`${p(greeting(locale, v.name as string | undefined))}
${words[locale].lines(v).map((line) => p(line))}`,
      ),
  })
  return defineTemplate({ params, secretParams: [], it: texts('it'), en: texts('en') })
}

const changedParams = z.strictObject({ name, number, contact: masked })
const rejectedParams = z.strictObject({ name, number, reason, note })
const resetPasswordParams = z.strictObject({
  name,
  password: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[\x21-\x7e]+$/),
})

export const requestsTemplates = {
  'contact-changed': notice(changedParams, {
    it: {
      subject: 'Il tuo nuovo recapito è registrato',
      lines: (v) => [
        `la richiesta ${v.number} è stata accolta: il recapito dei servizi di ${ISSUER_NAME} ora è ${v.contact}.`,
        'Per fare altre disposizioni online registra di nuovo il canale sicuro, su questo recapito.',
      ],
    },
    en: {
      subject: 'Your new contact is registered',
      lines: (v) => [
        `request ${v.number} was approved: your contact for the services of ${ISSUER_NAME} is now ${v.contact}.`,
        'To make other changes online, register the secure channel again, on this contact.',
      ],
    },
  }),
  'contact-changed-sms': smsTemplate(
    changedParams,
    [],
    (v) =>
      `${ISSUER_NAME}: richiesta ${v.number} accolta, da ora usiamo questo numero. Registra di nuovo il canale sicuro.`,
    (v) =>
      `${ISSUER_NAME}: request ${v.number} approved, this is your new contact. Register the secure channel again.`,
  ),
  'contact-change-was-you': notice(changedParams, {
    it: {
      subject: 'Il recapito della tua utenza è cambiato: sei stato tu?',
      lines: (v) => [
        `con la richiesta ${v.number}, verificata con un documento d’identità, il recapito della tua utenza di ${ISSUER_NAME} è diventato ${v.contact}. Questo recapito non riceverà più i nostri avvisi.`,
        `Se non sei stato tu, rivolgiti subito allo sportello di ${ISSUER_NAME}.`,
      ],
    },
    en: {
      subject: 'The contact of your account changed: was this you?',
      lines: (v) => [
        `with request ${v.number}, checked against an identity document, the contact of your ${ISSUER_NAME} account became ${v.contact}. This contact will no longer receive our notices.`,
        `If this was not you, go to the ${ISSUER_NAME} counter at once.`,
      ],
    },
  }),
  'contact-change-was-you-sms': smsTemplate(
    changedParams,
    [],
    (v) =>
      `${ISSUER_NAME}: il recapito della tua utenza ora e ${v.contact} (richiesta ${v.number}). Se non sei stato tu, vieni allo sportello.`,
    (v) =>
      `${ISSUER_NAME}: your contact is now ${v.contact} (request ${v.number}). If this was not you, come to the counter.`,
  ),
  'request-rejected': notice(rejectedParams, {
    it: {
      subject: 'La tua richiesta non è stata accolta',
      lines: (v) => [
        `la richiesta ${v.number} non è stata accolta: ${reasons.it[v.reason]}.`,
        ...(v.note ? [`Nota dell’ufficio: ${v.note}`] : []),
        'Puoi presentarne una nuova, allo sportello o al totem, con un documento d’identità valido.',
      ],
    },
    en: {
      subject: 'Your request was not approved',
      lines: (v) => [
        `request ${v.number} was not approved: ${reasons.en[v.reason]}.`,
        ...(v.note ? [`The office's note: ${v.note}`] : []),
        'You can make a new one, at the counter or the kiosk, with a valid identity document.',
      ],
    },
  }),
  'request-rejected-sms': smsTemplate(
    rejectedParams,
    [],
    (v) =>
      `${ISSUER_NAME}: richiesta ${v.number} non accolta (${smsReasons.it[v.reason]}). Dettagli allo sportello.`,
    (v) =>
      `${ISSUER_NAME}: request ${v.number} not approved (${smsReasons.en[v.reason]}). Details at the counter.`,
  ),
  'reset-first-access-password': defineTemplate({
    params: resetPasswordParams,
    secretParams: ['password'],
    it: {
      subject: () => 'La password di primo accesso',
      text: (v) =>
        textLayout('it', [
          greeting('it', v.name),
          '',
          'la tua richiesta di RESET LOGIN è stata accolta. Per il primo accesso all’area riservata usa questa password:',
          '',
          v.password,
          '',
          `Vale una sola volta, entro ${FIRST_ACCESS_VALIDITY_HOURS} ore: poi ne sceglierai una tua e registrerai di nuovo il canale sicuro.`,
        ]),
      html: (v) =>
        htmlLayout(
          'it',
          'La password di primo accesso',
          markup`${p(greeting('it', v.name))}
${p('la tua richiesta di RESET LOGIN è stata accolta. Per il primo accesso all’area riservata usa questa password:')}
${codeBox(v.password, 'Password di primo accesso')}
${p(`Vale una sola volta, entro ${FIRST_ACCESS_VALIDITY_HOURS} ore: poi ne sceglierai una tua e registrerai di nuovo il canale sicuro.`)}`,
        ),
    },
    en: {
      subject: () => 'Your first-access password',
      text: (v) =>
        textLayout('en', [
          greeting('en', v.name),
          '',
          'your RESET LOGIN request was approved. For your first sign-in to the customer area use this password:',
          '',
          v.password,
          '',
          `It works once, within ${FIRST_ACCESS_VALIDITY_HOURS} hours: then you choose your own and register the secure channel again.`,
        ]),
      html: (v) =>
        htmlLayout(
          'en',
          'Your first-access password',
          markup`${p(greeting('en', v.name))}
${p('your RESET LOGIN request was approved. For your first sign-in to the customer area use this password:')}
${codeBox(v.password, 'First-access password')}
${p(`It works once, within ${FIRST_ACCESS_VALIDITY_HOURS} hours: then you choose your own and register the secure channel again.`)}`,
        ),
    },
  }),
  'reset-first-access-password-sms': smsTemplate(
    resetPasswordParams,
    ['password'],
    (v) =>
      `${ISSUER_NAME}: RESET LOGIN accolto, password di primo accesso ${v.password} (una volta, entro ${FIRST_ACCESS_VALIDITY_HOURS} ore).`,
    (v) =>
      `${ISSUER_NAME}: RESET LOGIN approved, first-access password ${v.password} (once, within ${FIRST_ACCESS_VALIDITY_HOURS} hours).`,
  ),
} as const
