import { z } from 'zod'
import { sessionTimeoutsSchema } from './settings'
import { anyMode, channel, counterModeSchema, deskOnly, noInput, operatorAccess } from './common'

/** What a counter is, fixed when it starts. */
export const counterInfoSchema = z.object({
  mode: counterModeSchema,
  version: z.string(),
  demo: z.boolean(),
})
export type CounterInfo = z.infer<typeof counterInfoSchema>

/** What every screen needs first: the counter, and the office's time zone (a setting). */
export const appInfoSchema = counterInfoSchema.extend({
  /** IANA zone every time on screen and in mail is shown in. */
  timeZone: z.string(),
  /** The office's name on its screens ('' until the first-run setup or an admin sets it). */
  officeName: z.string(),
  /** When an untouched screen ends its customer's visit (kiosk) or service (desk). */
  timeouts: sessionTimeoutsSchema,
})
export type AppInfo = z.infer<typeof appInfoSchema>

export const replicaStatusSchema = z.object({
  customers: z.object({ total: z.number(), private: z.number(), business: z.number() }),
  documents: z.object({ total: z.number(), bytes: z.number() }),
  databaseBytes: z.number(),
  dataDir: z.string(),
  schemaVersion: z.string(),
  demo: z.boolean(),
})
export type ReplicaStatus = z.infer<typeof replicaStatusSchema>

export const systemChannels = {
  'app:info': channel({
    access: 'public',
    modes: anyMode,
    input: noInput,
    output: appInfoSchema,
    duringPasswordChange: true,
  }),
  /** The replica's figures, paths and versions: an operator's page, never a customer's. */
  'system:status': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: noInput,
    output: replicaStatusSchema,
  }),
}
