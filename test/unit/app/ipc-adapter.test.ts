import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  checkSender,
  connectionFor,
  registerIpcHandlers,
  type FrameLike,
} from '../../../src-main/app/ipc-adapter'
import { channels } from '../../../src-shared/ipc'
import type { Registry } from '../../../src-main/ipc/registry'

vi.mock('electron', () => ({}))

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>

function setup() {
  const handlers = new Map<string, Handler>()
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => void handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  }
  const registry = {
    invoke: vi.fn(async () => ({ ok: true as const, value: 'ran' })),
    reject: vi.fn(async (_channel: unknown, _caller: unknown, error: { code: string }) => ({
      ok: false as const,
      error,
    })),
  }
  const remove = registerIpcHandlers(ipcMain as never, registry as unknown as Registry)
  return { handlers, ipcMain, registry, remove }
}

const appFrame = (fields: Partial<FrameLike> = {}): FrameLike => ({
  url: 'app://sportello/index.html',
  origin: 'app://sportello',
  parent: null,
  detached: false,
  ...fields,
})

function eventFrom(senderFrame: FrameLike | null, mainFrame: FrameLike | null = senderFrame) {
  return { senderFrame, sender: { id: 7, mainFrame } }
}

const appConnection = { transport: 'electron-ipc', connectionId: 'webcontents-7' }

describe('checkSender', () => {
  it('accepts the app main frame', () => {
    const frame = appFrame()
    expect(checkSender(frame, frame)).toBe(true)
  })

  const main = appFrame()
  const cases: [string, FrameLike | null, FrameLike | null][] = [
    ['no frame', null, main],
    ['no main frame', main, null],
    ['a subframe of the app', appFrame({ parent: main }), main],
    ['a top-level-looking frame that is not the main frame', appFrame(), main],
    ['a detached frame', appFrame({ detached: true }), null],
    [
      'a foreign origin',
      appFrame({ url: 'https://evil.example/', origin: 'https://evil.example' }),
      null,
    ],
    [
      'a look-alike host',
      appFrame({ url: 'app://sportello.evil/', origin: 'app://sportello.evil' }),
      null,
    ],
    ['a userinfo trick', appFrame({ url: 'app://sportello@evil/', origin: 'app://evil' }), null],
    ['a file page', appFrame({ url: 'file:///tmp/x.html', origin: 'file://' }), null],
    ['an opaque origin on an app URL', appFrame({ origin: 'null' }), null],
    ['no origin at all', appFrame({ origin: undefined }), null],
    ['about:blank with the app origin', appFrame({ url: 'about:blank' }), null],
    ['a data URL', appFrame({ url: 'data:text/html,hi', origin: 'null' }), null],
  ]
  it.each(cases)('refuses %s', (_name, frame, mainFrame) => {
    // A null main frame in the table means "the frame itself", so only the property named is wrong
    const mainArg = _name === 'no main frame' ? null : (mainFrame ?? frame)
    expect(checkSender(frame, mainArg)).toBe(false)
  })

  it('refuses a frame that throws when read (disposed)', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
      origin: 'app://sportello',
      parent: null,
    }
    expect(checkSender(disposed, disposed)).toBe(false)
  })
})

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel, and removes them', () => {
    const { ipcMain, handlers, remove } = setup()
    expect(ipcMain.handle).toHaveBeenCalledTimes(channels.length)
    expect([...handlers.keys()].sort()).toEqual([...channels].sort())
    remove()
    expect(handlers.size).toBe(0)
  })

  it('passes a call from the app main frame to the registry', async () => {
    const { handlers, registry } = setup()
    const frame = appFrame()
    const result = await handlers.get('app:info')?.(eventFrom(frame), { a: 1 })
    expect(result).toEqual({ ok: true, value: 'ran' })
    expect(registry.invoke).toHaveBeenCalledWith('app:info', { a: 1 }, appConnection)
    expect(registry.reject).not.toHaveBeenCalled()
  })

  const main = appFrame()
  it.each([
    ['a missing frame', eventFrom(null, main)],
    ['a subframe', eventFrom(appFrame({ parent: main }), main)],
    [
      'another origin',
      eventFrom(appFrame({ url: 'https://evil.example/', origin: 'https://evil.example' })),
    ],
    ['a file:// page', eventFrom(appFrame({ url: 'file:///etc/passwd', origin: 'file://' }))],
    ['a sender without webContents', { senderFrame: main }],
  ])(
    'refuses %s with FOREIGN_SENDER, recorded by the registry, handler not run',
    async (_name, event) => {
      const { handlers, registry } = setup()
      for (const channel of channels) {
        const result = await handlers.get(channel)?.(event, {})
        expect(result).toEqual({ ok: false, error: { code: 'FOREIGN_SENDER' } })
        expect(registry.reject).toHaveBeenCalledWith(
          channel,
          // never the app's connection, so never its session
          expect.objectContaining({
            transport: 'electron-ipc',
            connectionId: expect.stringMatching(/^foreign-/),
          }),
          { code: 'FOREIGN_SENDER' },
        )
      }
      expect(registry.invoke).not.toHaveBeenCalled()
    },
  )

  it('turns an exception into INTERNAL, never a thrown error crossing to the renderer', async () => {
    const { handlers, registry } = setup()
    registry.invoke.mockRejectedValueOnce(new Error('secret path /home/x'))
    const frame = appFrame()
    await expect(handlers.get('app:info')?.(eventFrom(frame), {})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL' },
    })
  })
})

describe('connectionFor', () => {
  it('is one connection per webContents', () => {
    expect(connectionFor({ sender: { id: 7 } } as unknown as IpcMainInvokeEvent)).toEqual(
      appConnection,
    )
  })
})
