// The desk's customers: search over the replica as the operator types (issue #10).
import { z } from 'zod'
import { channel, deskOnly, operatorAccess } from './common'

/** A field as shown, cut where the search matched it: [text, matched] pairs. */
export const markedSchema = z.array(z.tuple([z.string(), z.boolean()]))

export const customerMatchSchema = z.object({
  codiceCliente: z.string(),
  kind: z.enum(['private', 'business']),
  name: markedSchema,
  /** Codice cliente, codice fiscale, partita IVA and C.O.E., as the index holds them. */
  codes: markedSchema,
  email: markedSchema,
  phone: markedSchema,
})
export type CustomerMatchView = z.infer<typeof customerMatchSchema>

export const customersChannels = {
  'customers:search': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: z.object({ text: z.string().max(100) }).strict(),
    output: z.array(customerMatchSchema),
  }),
}
