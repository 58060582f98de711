// The secure channel (issue #12, SPEC §3.6, seed 003), in three phases: I the customer types
// their credentials again; II chooses EMAIL or SMS and ticks a contact already on file
// (REGISTRATI); III types the OTP that was sent (CONFERMA). Until it is confirmed, no
// disposizione (a change of the customer's data) is accepted for that customer.
import { z } from 'zod'
import { codiceClienteSchema } from './accounts'
import {
  channel,
  codeSchema,
  emailSchema,
  everyMode,
  localeSchema,
  nothing,
  operatorAccess,
  passwordSchema,
} from './common'
import { secretOrEntry } from './display'

export const mediumSchema = z.enum(['email', 'sms'])
export type Medium = z.infer<typeof mediumSchema>

/** How long an OTP is good for (seed 003: 5 minutes); no new one while it is. */
export const OTP_VALIDITY_MINUTES = 5
/** Wrong tries one OTP takes before its challenge ends. */
export const OTP_MAX_TRIES = 5

export const secureChannelStatusSchema = z.object({
  /** The channel confirmed for this customer, its contact masked ("la***@example.it"). */
  confirmed: z.object({ medium: mediumSchema, contact: z.string(), at: z.string() }).nullable(),
  /** The contacts on file the customer may tick, masked; null when there is none. */
  onFile: z.object({ email: z.string().nullable(), mobile: z.string().nullable() }),
  /** The OTP sent and still good: where, and until when no other may be asked for. */
  pending: z
    .object({
      challengeId: z.string(),
      medium: mediumSchema,
      contact: z.string(),
      expiresAt: z.string(),
    })
    .nullable(),
  /** An OTP of this customer expired unused: the screen offers the other medium too. */
  offerOtherMedium: z.boolean(),
})
export type SecureChannelStatus = z.infer<typeof secureChannelStatusSchema>

/**
 * Whose channel: the signed-in customer's, or at a desk the served customer's on the account
 * named by its email (the credentials and the OTP then typed on the customer display).
 */
const forCustomer = z.object({
  codiceCliente: codiceClienteSchema,
  accountEmail: emailSchema.optional(),
})
const registering = ['customer', ...operatorAccess] as const

export const secureChannelChannels = {
  'channel:status': channel({
    access: registering,
    modes: everyMode,
    input: forCustomer.strict(),
    output: secureChannelStatusSchema,
  }),
  /** Phase I: the credentials again (codice fiscale or email, and the password). */
  'channel:reconfirm': channel({
    access: registering,
    modes: everyMode,
    input: forCustomer
      .extend({
        identifier: z.string().trim().min(1).max(254),
        password: secretOrEntry(passwordSchema),
      })
      .strict(),
    output: nothing,
  }),
  /** Phase II (REGISTRATI, and RIGENERA OTP): an OTP to the contact on file of this medium. */
  'channel:send-otp': channel({
    access: registering,
    modes: everyMode,
    input: forCustomer.extend({ medium: mediumSchema, locale: localeSchema }).strict(),
    output: z.object({ challengeId: z.string(), expiresAt: z.string() }),
  }),
  /** Phase III (CONFERMA): the OTP typed. */
  'channel:verify-otp': channel({
    access: registering,
    modes: everyMode,
    input: z
      .object({ challengeId: z.uuid(), code: secretOrEntry(codeSchema), locale: localeSchema })
      .strict(),
    output: nothing,
  }),
}
