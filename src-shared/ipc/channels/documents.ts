// Bills and notices of a customer (issue #14, SPEC §3.9-3.10, seed 002): the list with search,
// filters, sort and paging, unread ones marked per account; the PDF for the viewer; reads
// (opening, printing, downloading, mailing); several at once as one zip (desk) or mailed to the
// customer's email on file (kiosk); the admin's quiet hours for the notices. A customer sees the
// customers their account holds; an operator the customer they serve ("Servi questo cliente"),
// and the reads are those of the account named by `accountEmail` (none without it). A document
// the caller may not see is NOT_FOUND, the same answer as one that does not exist.
// The replica carries no payment state, so there is no paid/unpaid filter.
import { z } from 'zod'
import { codiceClienteSchema } from './accounts'
import {
  adminAccess,
  channel,
  deskOnly,
  emailSchema,
  everyMode,
  localeSchema,
  noInput,
  nothing,
  operatorAccess,
} from './common'

export const documentTypeSchema = z.enum(['bill', 'notice'])
export type DocumentType = z.infer<typeof documentTypeSchema>
export const documentServiceSchema = z.enum(['electricity', 'gas', 'water'])
export const documentSortSchema = z.enum([
  'issued-desc',
  'issued-asc',
  'due-desc',
  'due-asc',
  'amount-desc',
  'amount-asc',
])
export type DocumentSort = z.infer<typeof documentSortSchema>
/** How a document was read: each marks it read for the account (the first one is kept). */
export const readHowSchema = z.enum(['open', 'print', 'download', 'mail'])
export type ReadHow = z.infer<typeof readHowSchema>

/** At most this many documents in one zip or one mail-to-self request. */
export const MAX_DOCUMENTS_AT_ONCE = 50
/** A page of the list holds at most this many rows. */
export const MAX_DOCUMENTS_PAGE = 100
/** The attachments of one mail stay under this many bytes; more documents go in more mails. */
export const MAIL_ATTACHMENTS_CAP_BYTES = 8 * 1024 * 1024
/** The notices' quiet hours by default (the office's time zone): nothing is sent inside them. */
export const DEFAULT_QUIET_HOURS = { start: '21:00', end: '08:00' } as const

export const documentIdSchema = z.number().int().positive()
const documentIdsSchema = z.array(documentIdSchema).min(1).max(MAX_DOCUMENTS_AT_ONCE)
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)

export const documentViewSchema = z.object({
  id: documentIdSchema,
  codiceCliente: z.string(),
  number: z.string(),
  type: documentTypeSchema,
  service: documentServiceSchema,
  periodStart: z.string(),
  periodEnd: z.string(),
  issuedOn: z.string(),
  dueOn: z.string(),
  amountCents: z.number().int(),
  currency: z.string(),
  bytes: z.number().int(),
  /** Not read by the account; null when no account is named (an operator without one). */
  unread: z.boolean().nullable(),
})
export type DocumentView = z.infer<typeof documentViewSchema>

/** Whose documents: the customer, and at a desk the account whose reads count. */
const whose = {
  codiceCliente: codiceClienteSchema,
  /** At a desk: the account of the customer served whose reads are shown and recorded. */
  accountEmail: emailSchema.optional(),
}
const byAccount = { accountEmail: emailSchema.optional() }
const signedIn = ['customer', ...operatorAccess] as const

export const documentsChannels = {
  /**
   * A page of the customer's documents. `search`: a month ("2025-03", "03/2025") finds the
   * documents whose period covers it; anything else a part of the number. Filters combine.
   */
  'documents:list': channel({
    access: signedIn,
    modes: everyMode,
    input: z
      .object({
        ...whose,
        search: z.string().trim().max(40).optional(),
        type: documentTypeSchema.optional(),
        service: documentServiceSchema.optional(),
        year: z.number().int().min(1990).max(2100).optional(),
        sort: documentSortSchema.default('issued-desc'),
        limit: z.number().int().min(1).max(MAX_DOCUMENTS_PAGE).default(20),
        offset: z.number().int().min(0).max(1_000_000).default(0),
      })
      .strict(),
    output: z.object({
      total: z.number().int(),
      /** Unread among all the customer's documents (filters aside); null as `unread`. */
      unread: z.number().int().nullable(),
      /** The years the customer has documents of, newest first (the year filter's choices). */
      years: z.array(z.number().int()),
      documents: z.array(documentViewSchema),
    }),
  }),
  /** Unread documents per customer the account holds (at sign-in); at a desk, of the served one. */
  'documents:unread-count': channel({
    access: signedIn,
    modes: everyMode,
    input: z.object({ codiceCliente: codiceClienteSchema.optional(), ...byAccount }).strict(),
    output: z.object({
      total: z.number().int(),
      customers: z.array(z.object({ codiceCliente: z.string(), unread: z.number().int() })),
    }),
  }),
  /** The PDF for the viewer; opening it marks it read for the account. */
  'documents:get-pdf': channel({
    access: signedIn,
    modes: everyMode,
    input: z.object({ documentId: documentIdSchema, ...byAccount }).strict(),
    output: z.object({
      id: documentIdSchema,
      number: z.string(),
      fileName: z.string(),
      dataBase64: z.string(),
    }),
  }),
  /** Printed or downloaded (the renderer did it): read for the account. */
  'documents:mark-read': channel({
    access: signedIn,
    modes: everyMode,
    input: z
      .object({
        documentId: documentIdSchema,
        how: z.enum(['print', 'download']),
        ...byAccount,
      })
      .strict(),
    output: nothing,
  }),
  /**
   * Stampa: the page has laid the document's pages out for print (at 300 dpi); main marks it read
   * and says how it prints. In the app the shell prints the window (`byShell`): silently to the
   * default printer at a kiosk, with the system dialog at a desk; elsewhere the page prints itself.
   */
  'documents:print': channel({
    access: signedIn,
    modes: everyMode,
    input: z.object({ documentId: documentIdSchema, ...byAccount }).strict(),
    output: z.object({ silent: z.boolean(), byShell: z.boolean() }),
  }),
  /** "Scarica i documenti" at a desk: exactly these PDFs in one zip, named by their numbers. */
  'documents:zip': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: z.object({ documentIds: documentIdsSchema, ...byAccount }).strict(),
    output: z.object({
      fileName: z.string(),
      dataBase64: z.string(),
      files: z.array(z.string()),
    }),
  }),
  /**
   * At a kiosk nothing is saved: the documents go to the customer's email on file as
   * attachments, in several mails when they exceed MAIL_ATTACHMENTS_CAP_BYTES; read for the account.
   */
  'documents:mail-to-self': channel({
    access: signedIn,
    modes: everyMode,
    input: z
      .object({ documentIds: documentIdsSchema, locale: localeSchema, ...byAccount })
      .strict(),
    output: z.object({
      /** The addresses on file, masked (one per customer of the documents). */
      to: z.array(z.string()),
      mails: z.number().int(),
    }),
  }),
  'documents:get-quiet-hours': channel({
    access: adminAccess,
    modes: deskOnly,
    input: noInput,
    output: z.object({ start: z.string(), end: z.string(), timeZone: z.string() }),
  }),
  /** The notices' quiet hours, in the office's time zone; start = end means none. */
  'documents:set-quiet-hours': channel({
    access: adminAccess,
    modes: deskOnly,
    input: z.object({ start: hhmm, end: hhmm }).strict(),
    output: nothing,
  }),
}
