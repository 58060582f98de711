// The audit log, as the admin reads it.
import { z } from 'zod'
import { adminAccess, channel, deskOnly } from './common'

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorKind: z.string(),
  actor: z.string().nullable(),
  subject: z.string().nullable(),
  action: z.string(),
  outcome: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
})
export type AuditEntryView = z.infer<typeof auditEntrySchema>

export const auditChannels = {
  'audit:list': channel({
    access: adminAccess,
    modes: deskOnly,
    input: z
      .object({ limit: z.number().int().min(1).max(500), action: z.string().max(60).optional() })
      .strict(),
    output: z.array(auditEntrySchema),
  }),
}
