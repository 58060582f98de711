import { describe, expect, it, vi } from 'vitest'
import { channels } from '../../../src-shared/ipc'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => ({ ok: true, value: 'answer' })),
    send: vi.fn(),
    on: vi.fn(),
    sendSync: vi.fn(),
  },
}))
vi.mock('electron', () => electron)

await import('../../../src-preload/index')
// Read once, at import: the test runner clears mock calls between tests.
const exposeCalls = [...electron.contextBridge.exposeInMainWorld.mock.calls]

function exposed(): Record<string, Record<string, unknown>> {
  expect(exposeCalls).toHaveLength(1)
  const [name, api] = exposeCalls[0] as unknown as [string, never]
  expect(name).toBe('sportello')
  return api
}

/** Every value reachable from the exposed object, to prove ipcRenderer is not among them. */
function reachable(value: unknown, seen = new Set<unknown>()): Set<unknown> {
  if (
    (typeof value !== 'object' && typeof value !== 'function') ||
    value === null ||
    seen.has(value)
  )
    return seen
  seen.add(value)
  for (const key of Reflect.ownKeys(value))
    reachable((value as Record<PropertyKey, unknown>)[key], seen)
  return seen
}

describe('preload', () => {
  it('exposes window.sportello: one function per contract channel, nothing else', () => {
    const api = exposed()
    const names = Object.entries(api).flatMap(([domain, verbs]) =>
      Object.entries(verbs).map(([verb, fn]) => {
        expect(typeof fn).toBe('function')
        return `${domain}:${verb}`
      }),
    )
    expect(names.sort()).toEqual([...channels].sort())
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('never exposes ipcRenderer or any of its methods', () => {
    const values = reachable(exposed())
    expect(values.has(electron.ipcRenderer)).toBe(false)
    for (const fn of Object.values(electron.ipcRenderer)) expect(values.has(fn)).toBe(false)
  })

  it('forwards a call to its own channel through ipcRenderer.invoke', async () => {
    const api = exposed() as unknown as { app: { info(input: object): Promise<unknown> } }
    await expect(api.app.info({})).resolves.toEqual({ ok: true, value: 'answer' })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:info', {})
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
  })
})
