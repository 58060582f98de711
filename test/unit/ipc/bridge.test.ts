import { describe, expect, it, vi } from 'vitest'
import { channels, createBridge, ok } from '../../../src-shared/ipc'

describe('createBridge', () => {
  it('exposes one function per contract channel, and nothing else', async () => {
    const invoke = vi.fn(async () => ok('v'))
    const bridge = createBridge(invoke) as unknown as Record<
      string,
      Record<string, (i: unknown) => unknown>
    >
    const exposed = Object.entries(bridge).flatMap(([domain, verbs]) =>
      Object.keys(verbs).map((verb) => `${domain}:${verb}`),
    )
    expect(exposed.sort()).toEqual([...channels].sort())
    await bridge.system!.status!({})
    expect(invoke).toHaveBeenCalledWith('system:status', {})
    expect(Object.isFrozen(bridge)).toBe(true)
  })
})
