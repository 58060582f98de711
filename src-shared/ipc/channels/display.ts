// The customer display (issue #10 point 7): at a desk, whatever secret the customer must type (a
// password, a code from their mail) is typed on a screen that faces them, never on the
// operator's. The operator's window asks for an entry; the customer display shows its field; the
// secret goes from there to main only, and the operator's flow names it by the entry's id.
// In the app, a second window on the customer's monitor (Electron's screen API) is paired by the
// shell; in the browser host, a second page is paired by a short code the operator's screen shows.
import { z } from 'zod'
import { channel, deskOnly, noInput, nothing, operatorAccess, passwordSchema } from './common'

/**
 * What the customer is asked to type: a new password (twice, under the policy), the code from
 * their mail or SMS, or their own password again (the secure channel's phase I).
 */
export const entryKindSchema = z.enum(['new-password', 'code', 'password'])
export type EntryKind = z.infer<typeof entryKindSchema>
/** Where a code the customer types was sent: the display says "ricevuto via email / SMS". */
const sentBySchema = z.enum(['email', 'sms'])

/** A secret a flow receives: typed here (kiosk), or the id of the customer's entry (desk). */
export const entryRefSchema = z.object({ entry: z.uuid() }).strict()
export type EntryRef = z.infer<typeof entryRefSchema>
export const secretOrEntry = <S extends z.ZodType>(secret: S) => z.union([secret, entryRefSchema])
/** A flow's input once main has put the customer's typed secrets in place of their entry ids. */
export type Revealed<T> = T extends unknown ? { [K in keyof T]: Exclude<T[K], EntryRef> } : never

/** The six digits an operator's screen shows for a customer display to pair with it. */
export const pairingCodeSchema = z
  .string()
  .trim()
  .transform((code) => code.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/))

const entryStateSchema = z.enum(['waiting', 'filled'])

export const displayChannels = {
  /** The operator's screen: a code for a customer display to pair with (valid 5 minutes). */
  'display:pairing-code': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: noInput,
    output: z.object({ code: z.string(), expiresAt: z.string() }),
  }),
  /** The operator's screen: is a customer display paired, and where is the current entry. */
  'display:status': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: noInput,
    output: z.object({
      paired: z.boolean(),
      entry: z
        .object({ id: z.string(), kind: entryKindSchema, state: entryStateSchema })
        .nullable(),
    }),
  }),
  /** The operator's screen asks the customer to type a secret; any earlier entry is dropped. */
  'display:request-entry': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: z
      .object({
        kind: entryKindSchema,
        email: z.string().max(254).optional(),
        sentBy: sentBySchema.optional(),
      })
      .strict(),
    output: z.object({ id: z.string() }),
  }),
  /** The operator's screen withdraws a request (or forgets what was typed): one, or all. */
  'display:cancel-entry': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: z.object({ id: z.uuid().optional() }).strict(),
    output: nothing,
  }),
  /** The operator lets the customer display go. */
  'display:unpair': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: noInput,
    output: nothing,
  }),
  /** The customer display pairs with an operator's screen by the code it shows. */
  'display:pair': channel({
    access: 'public',
    modes: deskOnly,
    input: z.object({ code: pairingCodeSchema }).strict(),
    output: z.object({ operatorName: z.string() }),
  }),
  /**
   * The customer display (or, with one monitor, the operator's own screen turned to the
   * customer) asks what to show: nothing, or the field the operator asked for.
   */
  'display:current': channel({
    access: 'public',
    modes: deskOnly,
    input: noInput,
    output: z.object({
      paired: z.boolean(),
      operatorName: z.string().nullable(),
      entry: z
        .object({
          id: z.string(),
          kind: entryKindSchema,
          email: z.string().nullable(),
          sentBy: sentBySchema.nullable(),
        })
        .nullable(),
    }),
  }),
  /** What the customer typed, from the customer's screen to main only. */
  'display:submit': channel({
    access: 'public',
    modes: deskOnly,
    input: z
      .object({
        id: z.uuid(),
        secret: passwordSchema,
        /** The new password typed again (kind new-password). */
        confirm: passwordSchema.optional(),
      })
      .strict(),
    output: nothing,
  }),
}
