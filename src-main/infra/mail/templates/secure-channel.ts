// The secure channel's mails and SMS (SPEC §3.6, seed 003, issue #12): the OTP, and after
// CONFERMA the first-access password over the channel just confirmed (it works once, within 24
// hours, and the first sign-in replaces it). An SMS template's text is the SMS (one of 160
// characters at most); its subject and HTML are never sent. Listed in ./index.ts.
import { z } from 'zod'
import { markup } from '../html'
import {
  code,
  codeBox,
  defineTemplate,
  greeting,
  htmlLayout,
  ISSUER_NAME,
  name,
  p,
  textLayout,
} from './template-kit'

export const OTP_VALIDITY_MINUTES = 5
export const FIRST_ACCESS_VALIDITY_HOURS = 24

const otpParams = z.strictObject({ name, code })
const firstAccessParams = z.strictObject({
  name,
  password: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[\x21-\x7e]+$/),
})

/** An SMS template: the text in each language (no subject, no HTML on a phone). */
export function smsTemplate<S extends z.ZodObject>(
  params: S,
  secretParams: readonly (keyof z.infer<S> & string)[],
  it: (v: z.infer<S>) => string,
  en: (v: z.infer<S>) => string,
) {
  return defineTemplate({
    params,
    secretParams,
    it: { subject: () => 'SMS', text: it, html: (v) => markup`<p>${it(v)}</p>`.value },
    en: { subject: () => 'SMS', text: en, html: (v) => markup`<p>${en(v)}</p>`.value },
  })
}

export const secureChannelTemplates = {
  'otp-sms': smsTemplate(
    otpParams,
    ['code'],
    (v) =>
      `${v.code} e il tuo codice OTP ${ISSUER_NAME}. Vale ${OTP_VALIDITY_MINUTES} minuti. Non darlo a nessuno.`,
    (v) =>
      `${v.code} is your ${ISSUER_NAME} OTP code. Good for ${OTP_VALIDITY_MINUTES} minutes. Tell it to no one.`,
  ),
  'first-access-password-sms': smsTemplate(
    firstAccessParams,
    ['password'],
    (v) =>
      `${ISSUER_NAME}: password di primo accesso ${v.password} (una volta, entro ${FIRST_ACCESS_VALIDITY_HOURS} ore).`,
    (v) =>
      `${ISSUER_NAME}: first-access password ${v.password} (once, within ${FIRST_ACCESS_VALIDITY_HOURS} hours).`,
  ),

  'otp-code': defineTemplate({
    params: otpParams,
    secretParams: ['code'],
    it: {
      subject: () => 'Il tuo codice OTP',
      text: (v) =>
        textLayout('it', [
          greeting('it', v.name),
          '',
          `ecco il codice OTP per registrare il canale sicuro dei servizi online di ${ISSUER_NAME}:`,
          '',
          v.code,
          '',
          `Vale ${OTP_VALIDITY_MINUTES} minuti e una sola volta. Non comunicarlo a nessuno, neanche al personale dello sportello.`,
        ]),
      html: (v) =>
        htmlLayout(
          'it',
          'Il tuo codice OTP',
          markup`${p(greeting('it', v.name))}
${p(`ecco il codice OTP per registrare il canale sicuro dei servizi online di ${ISSUER_NAME}:`)}
${codeBox(v.code, 'Codice OTP')}
${p(`Vale ${OTP_VALIDITY_MINUTES} minuti e una sola volta. Non comunicarlo a nessuno, neanche al personale dello sportello.`)}`,
        ),
    },
    en: {
      subject: () => 'Your OTP code',
      text: (v) =>
        textLayout('en', [
          greeting('en', v.name),
          '',
          `here is the OTP code to register the secure channel of the online services of ${ISSUER_NAME}:`,
          '',
          v.code,
          '',
          `It is good for ${OTP_VALIDITY_MINUTES} minutes and once only. Tell it to nobody, not even to the counter's staff.`,
        ]),
      html: (v) =>
        htmlLayout(
          'en',
          'Your OTP code',
          markup`${p(greeting('en', v.name))}
${p(`here is the OTP code to register the secure channel of the online services of ${ISSUER_NAME}:`)}
${codeBox(v.code, 'OTP code')}
${p(`It is good for ${OTP_VALIDITY_MINUTES} minutes and once only. Tell it to nobody, not even to the counter's staff.`)}`,
        ),
    },
  }),

  'first-access-password': defineTemplate({
    params: firstAccessParams,
    secretParams: ['password'],
    it: {
      subject: () => 'La password di primo accesso',
      text: (v) =>
        textLayout('it', [
          greeting('it', v.name),
          '',
          'il canale sicuro è registrato. Per il primo accesso all’area riservata usa questa password:',
          '',
          v.password,
          '',
          `Vale una sola volta, entro ${FIRST_ACCESS_VALIDITY_HOURS} ore: al primo accesso ti chiederemo di sceglierne una tua (almeno 8 caratteri, con una maiuscola, una minuscola, un numero e un carattere speciale).`,
        ]),
      html: (v) =>
        htmlLayout(
          'it',
          'La password di primo accesso',
          markup`${p(greeting('it', v.name))}
${p('il canale sicuro è registrato. Per il primo accesso all’area riservata usa questa password:')}
${codeBox(v.password, 'Password di primo accesso')}
${p(`Vale una sola volta, entro ${FIRST_ACCESS_VALIDITY_HOURS} ore: al primo accesso ti chiederemo di sceglierne una tua (almeno 8 caratteri, con una maiuscola, una minuscola, un numero e un carattere speciale).`)}`,
        ),
    },
    en: {
      subject: () => 'Your first-access password',
      text: (v) =>
        textLayout('en', [
          greeting('en', v.name),
          '',
          'your secure channel is registered. For your first sign-in to the customer area use this password:',
          '',
          v.password,
          '',
          `It works once, within ${FIRST_ACCESS_VALIDITY_HOURS} hours: at that sign-in we will ask you to choose your own (at least 8 characters, with an upper-case and a lower-case letter, a digit and a special character).`,
        ]),
      html: (v) =>
        htmlLayout(
          'en',
          'Your first-access password',
          markup`${p(greeting('en', v.name))}
${p('your secure channel is registered. For your first sign-in to the customer area use this password:')}
${codeBox(v.password, 'First-access password')}
${p(`It works once, within ${FIRST_ACCESS_VALIDITY_HOURS} hours: at that sign-in we will ask you to choose your own (at least 8 characters, with an upper-case and a lower-case letter, a digit and a special character).`)}`,
        ),
    },
  }),
} as const
