// Customer association (issue #11, SPEC §3.5, seed 002): an account holds a customer once every
// field on the bill matches the replica; a lost codice cliente is sent to a contact on file.
import { z } from 'zod'
import { codiceClienteSchema } from './accounts'
import { channel, emailSchema, everyMode, localeSchema, nothing, operatorAccess } from './common'

const customerKindSchema = z.enum(['private', 'business'])

/** Seed 002's fields, as typed: main checks each one's format, then all of them together. */
export const associationFieldsSchema = z.object({
  /** "Nome cliente", as on the bill: case, accents, spaces and word order do not matter. */
  customerName: z.string().trim().min(2).max(120),
  /** "Tipo utenza": privata or partita IVA. */
  customerKind: customerKindSchema,
  codiceCliente: codiceClienteSchema,
  /** Codice fiscale (private), or partita IVA / C.O.E. (business). */
  taxCode: z.string().trim().min(1).max(20),
})

export const associatedCustomerSchema = z.object({
  codiceCliente: z.string(),
  name: z.string(),
  kind: customerKindSchema,
  /** Another account held the customer first: disposizioni wait for a secure channel. */
  needsChannel: z.boolean(),
})

/** Who may associate: the customer signed in, or an operator serving that customer at a desk. */
const associating = ['customer', ...operatorAccess] as const

export const associationsChannels = {
  'associations:add': channel({
    access: associating,
    modes: everyMode,
    input: associationFieldsSchema
      .extend({
        /** At a desk: the account of the customer being served (by its email). */
        accountEmail: emailSchema.optional(),
      })
      .strict(),
    output: associatedCustomerSchema,
  }),
  'associations:remove': channel({
    access: associating,
    modes: everyMode,
    input: z
      .object({ codiceCliente: codiceClienteSchema, accountEmail: emailSchema.optional() })
      .strict(),
    output: nothing,
  }),
  /**
   * "Non trovi il codice cliente?": by codice fiscale or partita IVA / C.O.E., the code goes to
   * the contacts on file, never to the screen; the answer is the same when nothing matches.
   */
  'associations:recover-code': channel({
    access: 'public',
    modes: everyMode,
    input: z
      .object({
        customerKind: customerKindSchema,
        taxCode: z.string().trim().min(1).max(20),
        locale: localeSchema,
      })
      .strict(),
    output: nothing,
  }),
}
