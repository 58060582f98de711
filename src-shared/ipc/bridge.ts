// The object the renderer sees as `window.sportello`: one named function per channel, grouped by
// domain (`sportello.system.status({})`). Built the same way by the Electron preload and by the
// browser test transport, so its type is written once, here.
import { channels, type Channel, type ChannelInput, type ChannelOutput } from './contract'
import type { Result } from './result'

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never

export type SportelloBridge = {
  [D in DomainOf<Channel>]: {
    [C in Channel as C extends `${D}:${infer V}` ? V : never]: (
      input: ChannelInput<C>,
    ) => Promise<Result<ChannelOutput<C>>>
  }
}

export type Invoke = (channel: Channel, input: unknown) => Promise<Result<unknown>>

export function createBridge(invoke: Invoke): SportelloBridge {
  const bridge: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {}
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string]
    bridge[domain] ??= {}
    bridge[domain][verb] = (input: unknown) => invoke(channel, input)
  }
  return Object.freeze(bridge) as unknown as SportelloBridge
}
