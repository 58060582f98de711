// The IPC contract: every channel the renderer may call, with its input and output schemas and
// who may call it, declared per domain in ./channels. Main validates every input against it; the
// preload and the renderer derive their types from it. Channels are named `domain:verb`.
import type { z } from 'zod'
import { accountsChannels } from './channels/accounts'
import { associationsChannels } from './channels/associations'
import { auditChannels } from './channels/audit'
import { customersChannels } from './channels/customers'
import { secureChannelChannels } from './channels/secure-channel'
import { requestsChannels } from './channels/requests'
import { documentsChannels } from './channels/documents'
import { displayChannels } from './channels/display'
import { mailChannels } from './channels/mail'
import { operatorsChannels } from './channels/operators'
import { sessionChannels } from './channels/session'
import { settingsChannels } from './channels/settings'
import { setupChannels } from './channels/setup'
import { systemChannels } from './channels/system'
import { kioskChannels } from './channels/kiosk'

export * from './channels/common'
export * from './channels/system'
export * from './channels/session'
export * from './channels/accounts'
export * from './channels/associations'
export * from './channels/operators'
export * from './channels/audit'
export * from './channels/customers'
export * from './channels/secure-channel'
export * from './channels/requests'
export * from './channels/documents'
export * from './channels/display'
export * from './channels/mail'
export * from './channels/settings'
export * from './channels/setup'
export * from './channels/kiosk'

export const contract = {
  ...systemChannels,
  ...sessionChannels,
  ...accountsChannels,
  ...associationsChannels,
  ...operatorsChannels,
  ...auditChannels,
  ...customersChannels,
  ...secureChannelChannels,
  ...requestsChannels,
  ...documentsChannels,
  ...displayChannels,
  ...mailChannels,
  ...settingsChannels,
  ...setupChannels,
  ...kioskChannels,
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>
/** What a handler receives: the input after its schema (trimmed, defaults filled in). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>

export const channels = Object.keys(contract) as Channel[]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}
