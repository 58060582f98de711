// The accounts feature's mails (SPEC §3.1-3.3): registration confirmation, password reset, the
// notice of a changed password, "already registered". Listed in ./index.ts.
import { z } from 'zod'
import { markup } from '../html'
import {
  button,
  code,
  codeBox,
  defineTemplate,
  formatInstant,
  greeting,
  htmlLayout,
  ISSUER_NAME,
  linkInClear,
  name,
  p,
  portal,
  portalLink,
  textLayout,
  timeZone,
  token,
  zoneName,
} from './template-kit'

export const REGISTRATION_VALIDITY_HOURS = 24
export const PASSWORD_RESET_VALIDITY_MINUTES = 30

/** The portal's pages for the links (the counter's own screens have the same paths). */
export const confirmLink = (base: string | undefined, t: string) => portalLink(base, 'conferma', t)
export const resetLink = (base: string | undefined, t: string) =>
  portalLink(base, 'nuova-password', t)

const registrationParams = z.strictObject({ name, token, code, portal })
const passwordResetParams = z.strictObject({ name, token, code, portal })

/** The link, when there is a portal, then the code, which is always there and always enough. */
const linkThenCode = (link: string | undefined, withLink: string[], alone: string) =>
  link ? [...withLink, link, ''] : [alone]
const linkBlock = (link: string | undefined, label: string) =>
  link
    ? markup`${button(link, label)}
${linkInClear(link)}`
    : ''
const passwordChangedParams = z.strictObject({ name, at: z.iso.datetime(), timeZone })
const alreadyRegisteredParams = z.strictObject({ name })

export const accountsTemplates = {
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
          ...linkThenCode(
            confirmLink(v.portal, v.token),
            ["Per attivare l'account apri questo collegamento:"],
            "Per attivare l'account digita questo codice al chiosco dello sportello o sul portale:",
          ),
          ...(confirmLink(v.portal, v.token)
            ? ['Oppure, al chiosco dello sportello, digita questo codice:']
            : []),
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
${p(`grazie per la registrazione ai servizi online di ${ISSUER_NAME}.`)}
${linkBlock(confirmLink(v.portal, v.token), 'Conferma registrazione')}
${codeBox(v.code, confirmLink(v.portal, v.token) ? 'Oppure, al chiosco dello sportello, digita questo codice:' : "Per attivare l'account digita questo codice al chiosco dello sportello o sul portale:")}
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
          ...linkThenCode(
            confirmLink(v.portal, v.token),
            ['To activate your account, open this link:'],
            'To activate your account, type this code at the office kiosk or on the portal:',
          ),
          ...(confirmLink(v.portal, v.token) ? ['Or type this code at the office kiosk:'] : []),
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
${p(`thank you for registering with the online services of ${ISSUER_NAME}.`)}
${linkBlock(confirmLink(v.portal, v.token), 'Confirm registration')}
${codeBox(v.code, confirmLink(v.portal, v.token) ? 'Or type this code at the office kiosk:' : 'To activate your account, type this code at the office kiosk or on the portal:')}
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
          ...linkThenCode(
            resetLink(v.portal, v.token),
            ['Per scegliere una nuova password apri questo collegamento:'],
            'Per scegliere una nuova password digita questo codice al chiosco dello sportello o sul portale:',
          ),
          ...(resetLink(v.portal, v.token)
            ? ['Oppure, al chiosco dello sportello, digita questo codice:']
            : []),
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
${p('abbiamo ricevuto una richiesta di reimpostare la password del tuo account.')}
${linkBlock(resetLink(v.portal, v.token), 'Scegli una nuova password')}
${codeBox(v.code, resetLink(v.portal, v.token) ? 'Oppure, al chiosco dello sportello, digita questo codice:' : 'Per scegliere una nuova password digita questo codice al chiosco dello sportello o sul portale:')}
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
          ...linkThenCode(
            resetLink(v.portal, v.token),
            ['To choose a new password, open this link:'],
            'To choose a new password, type this code at the office kiosk or on the portal:',
          ),
          ...(resetLink(v.portal, v.token) ? ['Or type this code at the office kiosk:'] : []),
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
${p('we received a request to reset the password of your account.')}
${linkBlock(resetLink(v.portal, v.token), 'Choose a new password')}
${codeBox(v.code, resetLink(v.portal, v.token) ? 'Or type this code at the office kiosk:' : 'To choose a new password, type this code at the office kiosk or on the portal:')}
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
          `la password del tuo account è stata modificata il ${formatInstant(v.at, 'it', v.timeZone)} (${zoneName('it', v.timeZone)}).`,
          'Per sicurezza abbiamo chiuso le altre sessioni aperte.',
          '',
          `Se la modifica non l'hai fatta tu, contatta subito lo sportello di ${ISSUER_NAME}.`,
        ]),
      html: (v) =>
        htmlLayout(
          'it',
          'La tua password è stata modificata',
          markup`${p(greeting('it', v.name))}
${p(`la password del tuo account è stata modificata il ${formatInstant(v.at, 'it', v.timeZone)} (${zoneName('it', v.timeZone)}). Per sicurezza abbiamo chiuso le altre sessioni aperte.`)}
${p(markup`<strong>Se la modifica non l'hai fatta tu, contatta subito lo sportello di ${ISSUER_NAME}.</strong>`)}`,
        ),
    },
    en: {
      subject: () => 'Your password was changed',
      text: (v) =>
        textLayout('en', [
          greeting('en', v.name),
          '',
          `the password of your account was changed on ${formatInstant(v.at, 'en', v.timeZone)} (${zoneName('en', v.timeZone)}).`,
          'For your safety we signed out your other sessions.',
          '',
          `If it was not you, contact the ${ISSUER_NAME} office at once.`,
        ]),
      html: (v) =>
        htmlLayout(
          'en',
          'Your password was changed',
          markup`${p(greeting('en', v.name))}
${p(`the password of your account was changed on ${formatInstant(v.at, 'en', v.timeZone)} (${zoneName('en', v.timeZone)}). For your safety we signed out your other sessions.`)}
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
