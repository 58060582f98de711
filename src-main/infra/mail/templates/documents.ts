// The mails of documents (issue #14, SPEC §3.10, seed 002): a document was published, a reminder
// 10 days later while unread and a last one 10 days after that; and the documents a customer
// asked at the kiosk to have mailed to the email on file (the PDFs attached, part n of m).
// Listed in ./index.ts.
import { z } from 'zod'
import { markup } from '../html'
import {
  button,
  defineTemplate,
  greeting,
  htmlLayout,
  ISSUER_NAME,
  name,
  p,
  portal,
  textLayout,
  type Locale,
} from './template-kit'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const docNumber = z.string().min(1).max(40)
const docType = z.enum(['bill', 'notice'])

const documentParams = {
  name,
  number: docNumber,
  type: docType,
  periodStart: day,
  periodEnd: day,
  dueOn: day,
  portal,
}

/** A day as written in the language: "22/11/2026", "22 November 2026". */
const formatDay = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: locale === 'it' ? 'short' : 'long',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`))

const typeName: Record<Locale, Record<z.infer<typeof docType>, string>> = {
  it: { bill: 'la bolletta', notice: 'l’avviso' },
  en: { bill: 'the bill', notice: 'the notice' },
}

type DocumentMail = z.infer<z.ZodObject<typeof documentParams>>

function about(v: DocumentMail, locale: Locale): string {
  const period = `${formatDay(v.periodStart, locale)} – ${formatDay(v.periodEnd, locale)}`
  return locale === 'it'
    ? `${typeName.it[v.type]} n. ${v.number} (periodo ${period}, scadenza ${formatDay(v.dueOn, 'it')})`
    : `${typeName.en[v.type]} no. ${v.number} (period ${period}, due ${formatDay(v.dueOn, 'en')})`
}

const where: Record<Locale, string> = {
  it: 'La trovi nell’area riservata, alla voce Documenti, o al totem dello sportello.',
  en: 'You will find it in your customer area, under Documents, or at the office’s kiosk.',
}
const open: Record<Locale, string> = { it: 'Apri i documenti', en: 'Open your documents' }

function documentMail<S extends z.ZodObject>(
  params: S,
  words: Record<Locale, { subject: (v: z.infer<S>) => string; lines: (v: z.infer<S>) => string[] }>,
) {
  const texts = (locale: Locale) => ({
    subject: (v: z.infer<S>) => words[locale].subject(v),
    text: (v: z.infer<S>) => {
      const d = v as DocumentMail
      return textLayout(locale, [
        greeting(locale, d.name),
        '',
        ...words[locale].lines(v),
        '',
        where[locale],
        ...(d.portal ? [`${d.portal}/documenti`] : []),
      ])
    },
    html: (v: z.infer<S>) => {
      const d = v as DocumentMail
      return htmlLayout(
        locale,
        words[locale].subject(v),
        markup`${p(greeting(locale, d.name))}
${words[locale].lines(v).map((line) => p(line))}
${p(where[locale])}
${d.portal ? button(`${d.portal}/documenti`, open[locale]) : ''}`,
      )
    },
  })
  return defineTemplate({ params, secretParams: [], it: texts('it'), en: texts('en') })
}

const publishedParams = z.strictObject(documentParams)
const reminderParams = z.strictObject({ ...documentParams, last: z.boolean() })

const sentParams = z.strictObject({
  name,
  numbers: z.array(docNumber).min(1).max(50),
  part: z.number().int().min(1).max(50),
  parts: z.number().int().min(1).max(50),
})

function sentTexts(locale: Locale) {
  const subject = (v: z.infer<typeof sentParams>) =>
    locale === 'it'
      ? `I documenti richiesti${v.parts > 1 ? ` (${v.part} di ${v.parts})` : ''}`
      : `The documents you asked for${v.parts > 1 ? ` (${v.part} of ${v.parts})` : ''}`
  const lines = (v: z.infer<typeof sentParams>) => [
    locale === 'it'
      ? `come richiesto allo sportello di ${ISSUER_NAME}, in allegato trovi ${v.numbers.length === 1 ? 'il documento' : 'i documenti'} n. ${v.numbers.join(', ')}.`
      : `as you asked at the ${ISSUER_NAME} counter, attached you will find document${v.numbers.length === 1 ? '' : 's'} no. ${v.numbers.join(', ')}.`,
    ...(v.parts > 1
      ? [
          locale === 'it'
            ? `Sono tanti: li abbiamo divisi in ${v.parts} messaggi; questo è il ${v.part}.`
            : `They are many: we split them into ${v.parts} messages; this is number ${v.part}.`,
        ]
      : []),
    locale === 'it'
      ? 'Se non hai chiesto tu questi documenti, rivolgiti allo sportello.'
      : 'If you did not ask for these documents, please contact the office.',
  ]
  return {
    subject,
    text: (v: z.infer<typeof sentParams>) =>
      textLayout(locale, [greeting(locale, v.name), '', ...lines(v)]),
    html: (v: z.infer<typeof sentParams>) =>
      htmlLayout(
        locale,
        subject(v),
        markup`${p(greeting(locale, v.name))}
${lines(v).map((line) => p(line))}`,
      ),
  }
}

export const documentsTemplates = {
  'document-published': documentMail(publishedParams, {
    it: {
      subject: (v) =>
        v.type === 'bill' ? 'È disponibile una nuova bolletta' : 'È disponibile un nuovo avviso',
      lines: (v) => [`è disponibile ${about(v, 'it')}.`],
    },
    en: {
      subject: (v) => (v.type === 'bill' ? 'A new bill is available' : 'A new notice is available'),
      lines: (v) => [`${about(v, 'en')} is available.`],
    },
  }),
  'document-reminder': documentMail(reminderParams, {
    it: {
      subject: (v) =>
        v.last
          ? 'Ultimo promemoria: hai un documento da leggere'
          : 'Promemoria: hai un documento da leggere',
      lines: (v) => [`non hai ancora aperto ${about(v, 'it')}.`],
    },
    en: {
      subject: (v) =>
        v.last
          ? 'Last reminder: a document is waiting for you'
          : 'Reminder: a document is waiting for you',
      lines: (v) => [`you have not opened ${about(v, 'en')} yet.`],
    },
  }),
  'documents-sent': defineTemplate({
    params: sentParams,
    secretParams: [],
    it: sentTexts('it'),
    en: sentTexts('en'),
  }),
}
