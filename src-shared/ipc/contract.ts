// The IPC contract: every channel the renderer may call, with its input and output schemas and
// who may call it. Main validates every input against it; the preload and the renderer derive
// their types from it. Channels are named `domain:verb`.
import { z } from 'zod'
import type { Access } from './roles'

export type ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  access: Access
  input: I
  output: O
}

const channel = <I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>) => spec

const noInput = z.object({}).strict()

export const appModeSchema = z.enum(['kiosk', 'desk'])
export type AppMode = z.infer<typeof appModeSchema>

export const appInfoSchema = z.object({
  mode: appModeSchema,
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

export const contract = {
  'app:info': channel({ access: 'public', input: noInput, output: appInfoSchema }),
  'system:status': channel({ access: 'public', input: noInput, output: replicaStatusSchema }),
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

export const channels = Object.keys(contract) as Channel[]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}
