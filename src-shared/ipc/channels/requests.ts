// Requests that back office reviews (issue #13, SPEC §3.7-3.8, seed 003): MODIFICA, a new email
// or mobile for a customer, and RESET LOGIN ("Hai cambiato il cellulare o l'email?"), the secure
// channel started again; both with an ID document, front and back. The scans go to main one side
// at a time (`requests:add-scan`), are checked and sealed there, and are decrypted only in memory
// for the reviewer. A reviewer never decides a request they submitted, nor one for a customer
// they served in the same session.
import { z } from 'zod'
import { codiceClienteSchema } from './accounts'
import {
  channel,
  deskOnly,
  emailSchema,
  everyMode,
  localeSchema,
  noInput,
  nothing,
  operatorAccess,
} from './common'
import { mediumSchema } from './secure-channel'

export const requestKindSchema = z.enum(['contact-change', 'channel-reset'])
export type RequestKind = z.infer<typeof requestKindSchema>
export const requestStatusSchema = z.enum(['pending', 'approved', 'rejected'])
export type RequestStatus = z.infer<typeof requestStatusSchema>
export const scanSideSchema = z.enum(['front', 'back'])
export type ScanSide = z.infer<typeof scanSideSchema>
/** Why back office refused a request: said to the customer in their language. */
export const rejectionReasonSchema = z.enum([
  'document-unreadable',
  'document-expired',
  'document-not-matching',
  'contact-not-valid',
  'other',
])
export type RejectionReason = z.infer<typeof rejectionReasonSchema>

/** A scan's file as it leaves the screen: at most 10 MB, so at most this much base64. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024
const base64Schema = z
  .string()
  .max(Math.ceil(MAX_SCAN_BYTES / 3) * 4 + 8)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)

/** Days a decided request's scans are kept before the purge deletes them (default 30). */
export const SCAN_RETENTION_DEFAULT_DAYS = 30
/** Working days back office has to decide (the due date shown in the queue). */
export const REVIEW_DUE_DAYS = 5

/** A request as the customer (and the desk's customer page) sees it. */
export const requestSummarySchema = z.object({
  id: z.string(),
  /** The number on the receipt, e.g. "R-2026-000042". */
  number: z.string(),
  kind: requestKindSchema,
  status: requestStatusSchema,
  /** Contact change: the medium and the new contact, masked. */
  medium: mediumSchema.nullable(),
  contact: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: rejectionReasonSchema.nullable(),
  note: z.string().nullable(),
})
export type RequestSummary = z.infer<typeof requestSummarySchema>

export const queueEntrySchema = z.object({
  id: z.string(),
  number: z.string(),
  kind: requestKindSchema,
  codiceCliente: z.string(),
  customerName: z.string(),
  createdAt: z.string(),
  dueAt: z.string(),
  /** Who submitted it: the customer at a kiosk, or an operator at a desk (their name). */
  submittedBy: z.string().nullable(),
})
export type QueueEntry = z.infer<typeof queueEntrySchema>

const scanViewSchema = z.object({
  side: scanSideSchema,
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  /** The file, decrypted for this answer only. */
  dataBase64: z.string(),
})

export const requestDetailSchema = queueEntrySchema.extend({
  status: requestStatusSchema,
  medium: mediumSchema.nullable(),
  /** The new contact in full: the reviewer checks it against the document. */
  newContact: z.string().nullable(),
  onFile: z.object({
    name: z.string(),
    kind: z.enum(['private', 'business']),
    codiceFiscale: z.string().nullable(),
    partitaIva: z.string().nullable(),
    email: z.string().nullable(),
    mobile: z.string().nullable(),
  }),
  /** The customer's earlier requests, newest first. */
  history: z.array(requestSummarySchema),
  /** Both sides while kept; empty once the retention purge deleted them. */
  scans: z.array(scanViewSchema),
  scansPurgedAt: z.string().nullable(),
  /** null when this reviewer may decide; else why not (four eyes). */
  cannotDecide: z.enum(['OWN_REQUEST', 'SERVED_THIS_CUSTOMER', 'DECIDED']).nullable(),
  decidedAt: z.string().nullable(),
  reason: rejectionReasonSchema.nullable(),
  note: z.string().nullable(),
})
export type RequestDetail = z.infer<typeof requestDetailSchema>

const reviewers = ['back_office', 'admin'] as const
const submitting = ['customer', ...operatorAccess] as const

export const requestsChannels = {
  /**
   * One side of the ID document, from the kiosk's camera or a desk's file: checked (type by its
   * bytes and name, size, pixels, no active PDF), re-encoded, sealed, and kept for this screen
   * until the request is sent or the visit ends. A new one replaces that side.
   */
  'requests:add-scan': channel({
    access: 'public',
    modes: everyMode,
    input: z
      .object({
        side: scanSideSchema,
        fileName: z.string().trim().min(1).max(255),
        dataBase64: base64Schema,
      })
      .strict(),
    output: z.object({ side: scanSideSchema, mime: z.string(), bytes: z.number().int() }),
  }),
  /** The sides this screen holds (none after a send or the end of the visit). */
  'requests:drop-scans': channel({
    access: 'public',
    modes: everyMode,
    input: noInput,
    output: nothing,
  }),
  /**
   * MODIFICA: a new email or mobile for a customer the account holds, typed twice, with both
   * sides sent before; refused unless the account holds a confirmed secure channel for them.
   */
  'requests:submit-change': channel({
    access: submitting,
    modes: everyMode,
    input: z
      .object({
        codiceCliente: codiceClienteSchema,
        /** At a desk: the account of the customer served. */
        accountEmail: emailSchema.optional(),
        medium: mediumSchema,
        newContact: z.string().trim().min(1).max(254),
        newContactConfirm: z.string().trim().min(1).max(254),
        locale: localeSchema,
      })
      .strict(),
    output: requestSummarySchema,
  }),
  /** RESET LOGIN: codice fiscale (or partita IVA / C.O.E.) and codice cliente, both sides sent. */
  'requests:submit-reset': channel({
    access: 'public',
    modes: everyMode,
    input: z
      .object({
        taxCode: z.string().trim().min(1).max(20),
        codiceCliente: codiceClienteSchema,
        locale: localeSchema,
      })
      .strict(),
    output: requestSummarySchema,
  }),
  /** The customer's requests and their outcome: at a kiosk by codice fiscale and codice cliente. */
  'requests:status': channel({
    access: 'public',
    modes: everyMode,
    input: z
      .object({ taxCode: z.string().trim().min(1).max(20), codiceCliente: codiceClienteSchema })
      .strict(),
    output: z.array(requestSummarySchema),
  }),
  /** The desk's customer page: the customer's requests. */
  'requests:of-customer': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: z.object({ codiceCliente: codiceClienteSchema }).strict(),
    output: z.array(requestSummarySchema),
  }),
  /** Back office: the requests waiting, oldest first. */
  'requests:queue': channel({
    access: reviewers,
    modes: deskOnly,
    input: noInput,
    output: z.array(queueEntrySchema),
  }),
  'requests:get': channel({
    access: reviewers,
    modes: deskOnly,
    input: z.object({ id: z.uuid() }).strict(),
    output: requestDetailSchema,
  }),
  'requests:decide': channel({
    access: reviewers,
    modes: deskOnly,
    input: z.discriminatedUnion('decision', [
      z.object({ id: z.uuid(), decision: z.literal('approve') }).strict(),
      z
        .object({
          id: z.uuid(),
          decision: z.literal('reject'),
          reason: rejectionReasonSchema,
          note: z.string().trim().max(500).optional(),
        })
        .strict(),
    ]),
    output: nothing,
  }),
  /** The admin's retention of decided requests' scans, in days. */
  'requests:get-retention': channel({
    access: ['admin'],
    modes: deskOnly,
    input: noInput,
    output: z.object({ days: z.number().int() }),
  }),
  'requests:set-retention': channel({
    access: ['admin'],
    modes: deskOnly,
    input: z.object({ days: z.number().int().min(1).max(365) }).strict(),
    output: nothing,
  }),
}
