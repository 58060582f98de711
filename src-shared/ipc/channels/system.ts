import { z } from 'zod'
import { anyMode, channel, counterModeSchema, everyMode, noInput } from './common'

export const appInfoSchema = z.object({
  mode: counterModeSchema,
  version: z.string(),
  demo: z.boolean(),
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
  'system:status': channel({
    access: 'public',
    modes: everyMode,
    input: noInput,
    output: replicaStatusSchema,
  }),
}
