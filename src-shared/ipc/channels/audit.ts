// The audit log, as the admin reads it: who did what to whom, by name, filtered and paged.
import { z } from 'zod'
import { adminAccess, channel, deskOnly } from './common'

/** A person the log names: an operator, or a customer's account (with its codice cliente). */
export const personLabelSchema = z.object({
  kind: z.enum(['operator', 'customer']),
  id: z.string(),
  name: z.string(),
  /** The operator's username. */
  username: z.string().optional(),
  /** The account's email. */
  email: z.string().optional(),
  /** The account's first codice cliente, or the customer's own. */
  codiceCliente: z.string().optional(),
})
export type PersonLabel = z.infer<typeof personLabelSchema>

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorKind: z.string(),
  /** Who acted; null when anonymous or the system (or a person no longer on file). */
  actor: personLabelSchema.nullable(),
  /** Whom the action concerned, when anyone. */
  subject: personLabelSchema.nullable(),
  /** The customer an operator was serving when acting ("operator X for customer Y"). */
  forCustomer: personLabelSchema.nullable(),
  action: z.string(),
  outcome: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
})
export type AuditEntryView = z.infer<typeof auditEntrySchema>

export const auditOutcomes = ['ok', 'denied', 'failed', 'rejected'] as const

export const auditQuerySchema = z
  .object({
    limit: z.number().int().min(1).max(500),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    /** Words of a name, a username, an email or a codice cliente: actor or subject. */
    person: z.string().trim().max(80).optional(),
    /** An action (`account.login`) or its family (`account.`). */
    action: z.string().trim().max(60).optional(),
    outcome: z.enum(auditOutcomes).optional(),
    /** From this instant (inclusive) to that one (exclusive), ISO 8601 UTC. */
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
  })
  .strict()
export type AuditQuery = z.input<typeof auditQuerySchema>

export const auditChannels = {
  'audit:list': channel({
    access: adminAccess,
    modes: deskOnly,
    input: auditQuerySchema,
    output: z.object({ total: z.number().int(), entries: z.array(auditEntrySchema) }),
  }),
}
