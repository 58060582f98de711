// The association's mails (SPEC §3.5, issue #11): "was this you?" to the contacts on file and the
// other accounts when another account associates a customer, and a lost codice cliente sent to
// the contact on file. Listed in ./index.ts.
import { z } from 'zod'
import { markup } from '../html'
import {
  codeBox,
  defineTemplate,
  formatInstant,
  greeting,
  htmlLayout,
  ISSUER_NAME,
  name,
  p,
  textLayout,
  timeZone,
  zoneName,
} from './template-kit'

const codiceCliente = z.string().regex(/^\d{8}$/)
const sharedParams = z.strictObject({ name, at: z.iso.datetime(), timeZone })
const lostCodeParams = z.strictObject({ name, codiceCliente })

export const associationsTemplates = {
  // The lost codice cliente by SMS, for a customer with a mobile but no email on file.
  'codice-cliente-sms': defineTemplate({
    params: lostCodeParams,
    secretParams: ['codiceCliente'],
    it: {
      subject: () => 'SMS',
      text: (v) =>
        `${ISSUER_NAME}: il tuo codice cliente e ${v.codiceCliente}. Se non l'hai chiesto, ignora questo SMS.`,
      html: (v) => markup`<p>${ISSUER_NAME}: il tuo codice cliente e ${v.codiceCliente}.</p>`.value,
    },
    en: {
      subject: () => 'SMS',
      text: (v) =>
        `${ISSUER_NAME}: your customer code is ${v.codiceCliente}. If you did not ask for it, ignore this SMS.`,
      html: (v) => markup`<p>${ISSUER_NAME}: your customer code is ${v.codiceCliente}.</p>`.value,
    },
  }),
  'association-shared': defineTemplate({
    params: sharedParams,
    secretParams: [],
    it: {
      subject: () => 'Il tuo codice cliente è stato associato a un altro account: sei stato tu?',
      text: (v) =>
        textLayout('it', [
          greeting('it', v.name),
          '',
          `il ${formatInstant(v.at, 'it', v.timeZone)} (${zoneName('it', v.timeZone)}) un altro account dei servizi online di ${ISSUER_NAME} è stato associato alla tua utenza, con i dati della bolletta.`,
          'Quell’account può vedere le bollette, ma non può cambiare nessun dato finché non conferma un canale sicuro su un contatto che risulta a noi.',
          'Se sei stato tu, o qualcuno della tua famiglia o del tuo ufficio, non devi fare nulla.',
          `Se non sei stato tu, rivolgiti allo sportello di ${ISSUER_NAME}: l’associazione sarà rimossa.`,
        ]),
      html: (v) =>
        htmlLayout(
          'it',
          'Sei stato tu?',
          markup`${p(greeting('it', v.name))}
${p(`il ${formatInstant(v.at, 'it', v.timeZone)} (${zoneName('it', v.timeZone)}) un altro account dei servizi online di ${ISSUER_NAME} è stato associato alla tua utenza, con i dati della bolletta.`)}
${p('Quell’account può vedere le bollette, ma non può cambiare nessun dato finché non conferma un canale sicuro su un contatto che risulta a noi.')}
${p('Se sei stato tu, o qualcuno della tua famiglia o del tuo ufficio, non devi fare nulla.')}
${p(markup`<strong>Se non sei stato tu, rivolgiti allo sportello di ${ISSUER_NAME}: l’associazione sarà rimossa.</strong>`)}`,
        ),
    },
    en: {
      subject: () => 'Your customer code was associated with another account: was this you?',
      text: (v) =>
        textLayout('en', [
          greeting('en', v.name),
          '',
          `on ${formatInstant(v.at, 'en', v.timeZone)} (${zoneName('en', v.timeZone)}) another account of the online services of ${ISSUER_NAME} was associated with your utility account, using the data on the bill.`,
          'That account can see the bills, but it cannot change any data until it confirms a secure channel over a contact we have on file.',
          'If it was you, or someone in your family or office, there is nothing to do.',
          `If it was not you, come to a ${ISSUER_NAME} counter: the association will be removed.`,
        ]),
      html: (v) =>
        htmlLayout(
          'en',
          'Was this you?',
          markup`${p(greeting('en', v.name))}
${p(`on ${formatInstant(v.at, 'en', v.timeZone)} (${zoneName('en', v.timeZone)}) another account of the online services of ${ISSUER_NAME} was associated with your utility account, using the data on the bill.`)}
${p('That account can see the bills, but it cannot change any data until it confirms a secure channel over a contact we have on file.')}
${p('If it was you, or someone in your family or office, there is nothing to do.')}
${p(markup`<strong>If it was not you, come to a ${ISSUER_NAME} counter: the association will be removed.</strong>`)}`,
        ),
    },
  }),

  'codice-cliente': defineTemplate({
    params: lostCodeParams,
    // Never shown on a screen, so never kept in clear either.
    secretParams: ['codiceCliente'],
    it: {
      subject: () => 'Il tuo codice cliente',
      text: (v) =>
        textLayout('it', [
          greeting('it', v.name),
          '',
          `hai chiesto il tuo codice cliente di ${ISSUER_NAME}. Eccolo:`,
          '',
          v.codiceCliente,
          '',
          'Lo trovi anche in alto a destra su ogni bolletta.',
          'Se non l’hai chiesto tu, ignora questo messaggio.',
        ]),
      html: (v) =>
        htmlLayout(
          'it',
          'Il tuo codice cliente',
          markup`${p(greeting('it', v.name))}
${p(`hai chiesto il tuo codice cliente di ${ISSUER_NAME}. Eccolo:`)}
${codeBox(v.codiceCliente, 'Codice cliente')}
${p('Lo trovi anche in alto a destra su ogni bolletta.')}
${p('Se non l’hai chiesto tu, ignora questo messaggio.')}`,
        ),
    },
    en: {
      subject: () => 'Your customer code',
      text: (v) =>
        textLayout('en', [
          greeting('en', v.name),
          '',
          `you asked for your ${ISSUER_NAME} customer code (codice cliente). Here it is:`,
          '',
          v.codiceCliente,
          '',
          'It is also printed at the top right of every bill.',
          'If you did not ask for it, ignore this message.',
        ]),
      html: (v) =>
        htmlLayout(
          'en',
          'Your customer code',
          markup`${p(greeting('en', v.name))}
${p(`you asked for your ${ISSUER_NAME} customer code (codice cliente). Here it is:`)}
${codeBox(v.codiceCliente, 'Codice cliente')}
${p('It is also printed at the top right of every bill.')}
${p('If you did not ask for it, ignore this message.')}`,
        ),
    },
  }),
} as const
