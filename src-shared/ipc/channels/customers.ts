// The desk's customers: search over the replica as the operator types (issue #10).
import { z } from 'zod'
import { auditEntrySchema } from './audit'
import { channel, deskOnly, noInput, nothing, operatorAccess } from './common'

/** A field as shown, the parts the search matched marked (src-shared/domain/marked-text.ts). */
export const markedSchema = z.string()

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

/** A portal account holding the customer, as the desk's customer page lists it. */
export const customerAccountSchema = z.object({
  id: z.string(),
  email: z.string(),
  status: z.enum(['pending', 'active', 'disabled']),
  confirmedAt: z.string().nullable(),
  /** A lockout still running (an operator may unlock after checking ID). */
  lockedUntil: z.string().nullable(),
  /** The association: since when; the customer's holder (signs in by codice fiscale); waiting
   * for a secure channel (another account held the customer first). */
  associatedAt: z.string(),
  holder: z.boolean(),
  needsChannel: z.boolean(),
})
export type CustomerAccountView = z.infer<typeof customerAccountSchema>

/** The desk's customer page: the data on file, the accounts, what happened to them. */
export const customerPageSchema = z.object({
  customer: z.object({
    codiceCliente: z.string(),
    kind: z.enum(['private', 'business']),
    country: z.enum(['IT', 'SM']),
    /** As on file ("Gori Antonio"), and as said ("Antonio Gori"). */
    name: z.string(),
    displayName: z.string(),
    codiceFiscale: z.string().nullable(),
    partitaIva: z.string().nullable(),
    codiceCoe: z.string().nullable(),
    email: z.string().nullable(),
    mobile: z.string().nullable(),
    address: z.string(),
  }),
  accounts: z.array(customerAccountSchema),
  /** The newest 50 entries of the audit log about the customer's accounts. */
  audit: z.array(auditEntrySchema),
})
export type CustomerPage = z.infer<typeof customerPageSchema>

/** The customer an operator serves: their code and their name as said. */
export const servedCustomerSchema = z.object({ codiceCliente: z.string(), displayName: z.string() })
export type ServedCustomer = z.infer<typeof servedCustomerSchema>

const codiceClienteInput = z
  .object({
    codiceCliente: z
      .string()
      .trim()
      .regex(/^\d{8}$/),
  })
  .strict()

export const customersChannels = {
  /** "Servi questo cliente": until it ends, the desk's customer flows are for this customer. */
  'customers:serve': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: codiceClienteInput,
    output: servedCustomerSchema,
  }),
  /** "Fine servizio". */
  'customers:end-service': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: noInput,
    output: nothing,
  }),
  /** Whom this window's operator is serving, if anyone. */
  'customers:serving': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: noInput,
    output: servedCustomerSchema.nullable(),
  }),
  'customers:get': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: codiceClienteInput,
    output: customerPageSchema,
  }),
  'customers:search': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: z.object({ text: z.string().max(100) }).strict(),
    output: z.array(customerMatchSchema),
  }),
}
