// The lifecycle wiring of src-main/app/main.ts, against a mocked Electron and a fake counter thread.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeEmitter, FakeWebContents } from './electron-fakes'

const state = vi.hoisted(() => ({
  order: [] as string[],
  gotLock: true,
  ready: undefined as undefined | (() => void),
  windows: [] as unknown[],
  counter: undefined as
    | undefined
    | {
        info: { mode: 'kiosk' | 'desk' }
        invoke: ReturnType<typeof vi.fn>
        reject: ReturnType<typeof vi.fn>
        close: ReturnType<typeof vi.fn>
      },
}))

const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>()
  return {
    listeners,
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => state.gotLock),
      quit: vi.fn(),
      exit: vi.fn(),
      relaunch: vi.fn(),
      enableSandbox: vi.fn(() => state.order.push('enableSandbox')),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
        listeners.set(event, [...(listeners.get(event) ?? []), listener])
      }),
      whenReady: vi.fn(() => new Promise<void>((resolve) => (state.ready = resolve))),
      getPath: vi.fn(() => '/user-data'),
      getVersion: vi.fn(() => '9.9.9'),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => state.order.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    clipboard: { clear: vi.fn() },
    // One monitor: no customer display window opens (customer-window.test.ts has two).
    screen: {
      on: vi.fn(),
      getAllDisplays: vi.fn(() => [{ id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 } }]),
      getDisplayMatching: vi.fn(() => ({ id: 1 })),
    },
  }
})

vi.mock('electron', () => ({
  ...electron,
  safeStorage,
  BrowserWindow: class extends FakeEmitter {
    readonly webContents = new FakeWebContents()
    readonly loadURL = vi.fn(async () => undefined)
    readonly show = vi.fn()
    readonly focus = vi.fn()
    readonly restore = vi.fn()
    isDestroyed = () => false
    isMinimized = () => true
    constructor(readonly options: Record<string, unknown>) {
      super()
      state.windows.push(this)
    }
  },
}))

const startCounterThread = vi.hoisted(() =>
  vi.fn(async (options: { start: { mode?: 'kiosk' | 'desk' } }) => {
    state.order.push('startCounterThread')
    state.counter = {
      info: { mode: options.start.mode ?? 'desk' },
      invoke: vi.fn(async () => ({ ok: true, value: 'from the worker' })),
      reject: vi.fn(),
      close: vi.fn(async () => undefined),
    }
    return state.counter
  }),
)
vi.mock('../../../src-main/worker/counter-thread', () => ({ startCounterThread }))

const logger = vi.hoisted(() => ({ error: vi.fn(), warn: vi.fn(), info: vi.fn() }))
vi.mock('../../../src-main/infra/log/logger', () => ({ createLogger: () => logger }))

// The host port serves the worker Electron's safeStorage.
const safeStorage = vi.hoisted(() => ({
  encryptString: vi.fn((text: string) => Buffer.from(`sealed:${text}`)),
  decryptString: vi.fn((blob: Buffer) => blob.toString().replace(/^sealed:/, '')),
}))

type Window = FakeEmitter & {
  options: { webPreferences: Record<string, unknown> }
  loadURL: ReturnType<typeof vi.fn>
  focus: ReturnType<typeof vi.fn>
}

async function launch(argv: string[] = [], env: Record<string, string> = {}) {
  vi.resetModules()
  state.order = []
  state.windows = []
  state.ready = undefined
  electron.listeners.clear()
  vi.clearAllMocks()
  const saved = { argv: process.argv, env: { ...process.env } }
  process.argv = ['electron', 'out/main/index.js', ...argv]
  Object.assign(process.env, env)
  try {
    await import('../../../src-main/app/main')
  } finally {
    process.argv = saved.argv
    process.env = saved.env
  }
}

async function becomeReady() {
  state.ready?.()
  await vi.waitFor(() => expect(state.windows).toHaveLength(1))
  const window = state.windows[0] as Window
  await vi.waitFor(() => expect(window.loadURL).toHaveBeenCalled())
  return window
}

const emitApp = (event: string, ...args: unknown[]) => {
  for (const listener of electron.listeners.get(event) ?? []) listener(...args)
}

describe('main: before ready', () => {
  beforeEach(() => {
    state.gotLock = true
  })

  it('a second instance quits at once, registering nothing', async () => {
    state.gotLock = false
    await launch()
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
  })

  it('enables the sandbox and registers app:// as privileged before ready, without bypassCSP', async () => {
    await launch()
    expect(state.order).toEqual(['enableSandbox', 'registerSchemesAsPrivileged'])
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })
})

describe('main: on ready', () => {
  it('starts the counter thread, serves app://, relays the IPC, opens the app page', async () => {
    await launch(['--kiosk'])
    const window = await becomeReady()
    expect(startCounterThread).toHaveBeenCalledWith({
      // The worker's entry is built beside index.js.
      entry: expect.stringMatching(/[\\/]counter-worker\.js$/),
      start: {
        dataDir: '/user-data',
        version: '9.9.9',
        mode: 'kiosk',
        demo: true,
        clock: { kind: 'system' },
        // Secrets at rest are wrapped by the OS keychain in the app.
        keyProtection: 'Electron safeStorage',
      },
      host: expect.objectContaining({ keyProtection: 'Electron safeStorage' }),
      logger,
      onCrash: expect.any(Function),
      onConfigured: expect.any(Function),
    })
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(electron.ipcMain.handle.mock.calls.length).toBeGreaterThan(0)
    expect(window.options).toMatchObject({
      kiosk: true,
      webPreferences: { sandbox: true, contextIsolation: true },
    })
    expect(String(window.options.webPreferences.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/)
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null)
    expect(window.loadURL).toHaveBeenCalledWith('app://sportello/index.html')
  })

  it('desk mode keeps the menu; --no-demo turns demo off', async () => {
    await launch(['--desk', '--no-demo'])
    const window = await becomeReady()
    expect(startCounterThread).toHaveBeenCalledWith(
      expect.objectContaining({ start: expect.objectContaining({ mode: 'desk', demo: false }) }),
    )
    expect(window.options).not.toHaveProperty('kiosk')
    expect(electron.Menu.setApplicationMenu).not.toHaveBeenCalled()
  })

  it('guards every webContents created, not only the window', async () => {
    await launch()
    const contents = new FakeWebContents()
    emitApp('web-contents-created', {}, contents)
    expect(contents.listeners.get('will-navigate')).toHaveLength(1)
    expect(contents.windowOpenHandler?.({})).toEqual({ action: 'deny' })
  })

  it('a second instance focuses the first window', async () => {
    await launch()
    const window = await becomeReady()
    emitApp('second-instance')
    expect(window.focus).toHaveBeenCalled()
  })

  it('closes the counter before quitting', async () => {
    await launch()
    await becomeReady()
    const event = { preventDefault: vi.fn() }
    emitApp('will-quit', event)
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled())
    expect(state.counter?.close).toHaveBeenCalledTimes(1)
    const again = { preventDefault: vi.fn() }
    emitApp('will-quit', again)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })

  it('a failed start shows an error, logs it and exits', async () => {
    startCounterThread.mockRejectedValueOnce(new Error('disk full'))
    await launch()
    state.ready?.()
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1))
    expect(electron.dialog.showErrorBox).toHaveBeenCalled()
    expect(logger.error).toHaveBeenCalledWith({ err: new Error('disk full') }, 'startup failed')
  })

  it('relays a trusted IPC call to the counter thread', async () => {
    await launch()
    const window = await becomeReady()
    void window
    const calls = electron.ipcMain.handle.mock.calls as unknown as [
      string,
      (event: unknown, payload: unknown) => Promise<unknown>,
    ][]
    const [, handler] = calls.find(([channel]) => channel === 'app:info')!
    const mainFrame = { url: 'app://sportello/index.html', origin: 'app://sportello', parent: null }
    const event = { sender: { id: 7, mainFrame }, senderFrame: mainFrame }
    await expect(handler(event, {})).resolves.toEqual({ ok: true, value: 'from the worker' })
    expect(state.counter?.invoke).toHaveBeenCalledWith(
      'app:info',
      {},
      { transport: 'electron-ipc', connectionId: 'webcontents-7' },
    )
  })

  it("the end of a customer's visit wipes the window's storage, cache, history and the clipboard", async () => {
    await launch()
    await becomeReady()
    const calls = electron.ipcMain.handle.mock.calls as unknown as [
      string,
      (event: unknown, payload: unknown) => Promise<unknown>,
    ][]
    const handlerOf = (name: string) => calls.find(([channel]) => channel === name)![1]
    const mainFrame = { url: 'app://sportello/index.html', origin: 'app://sportello', parent: null }
    const sender = {
      id: 7,
      mainFrame,
      session: { clearStorageData: vi.fn(async () => {}), clearCache: vi.fn(async () => {}) },
      navigationHistory: { clear: vi.fn() },
    }
    const event = { sender, senderFrame: mainFrame }

    // Any other call leaves the window as it is.
    await handlerOf('app:info')(event, {})
    expect(sender.session.clearStorageData).not.toHaveBeenCalled()
    expect(electron.clipboard.clear).not.toHaveBeenCalled()

    await handlerOf('session:end-visit')(event, { reason: 'idle' })
    expect(sender.session.clearStorageData).toHaveBeenCalledOnce()
    expect(sender.session.clearCache).toHaveBeenCalledOnce()
    expect(sender.navigationHistory.clear).toHaveBeenCalledOnce()
    expect(electron.clipboard.clear).toHaveBeenCalledOnce()

    // A refused end (main answered an error) wipes nothing more.
    state.counter!.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL' } })
    await handlerOf('customers:end-service')(event, {})
    expect(sender.session.clearStorageData).toHaveBeenCalledOnce()
    await handlerOf('customers:end-service')(event, {})
    expect(sender.session.clearStorageData).toHaveBeenCalledTimes(2)
  })

  it('Stampa prints the window that asked, silently at a kiosk, at 300 dpi, after main said so', async () => {
    await launch()
    await becomeReady()
    const calls = electron.ipcMain.handle.mock.calls as unknown as [
      string,
      (event: unknown, payload: unknown) => Promise<unknown>,
    ][]
    const handlerOf = (name: string) => calls.find(([channel]) => channel === name)![1]
    const mainFrame = { url: 'app://sportello/index.html', origin: 'app://sportello', parent: null }
    const print = vi.fn((_options: unknown, done: (success: boolean, reason: string) => void) =>
      done(true, ''),
    )
    const event = { sender: { id: 8, mainFrame, print }, senderFrame: mainFrame }
    const input = { documentId: 1 }

    state.counter!.invoke.mockResolvedValueOnce({
      ok: true,
      value: { silent: true, byShell: true },
    })
    expect(await handlerOf('documents:print')(event, input)).toEqual({
      ok: true,
      value: { silent: true, byShell: true },
    })
    expect(print).toHaveBeenCalledOnce()
    expect(print.mock.calls[0]![0]).toMatchObject({
      silent: true,
      margins: { marginType: 'none' },
      dpi: { horizontal: 300, vertical: 300 },
    })
    // A desk: the system dialog.
    state.counter!.invoke.mockResolvedValueOnce({
      ok: true,
      value: { silent: false, byShell: true },
    })
    await handlerOf('documents:print')(event, input)
    expect(print.mock.calls[1]![0]).toMatchObject({ silent: false })
    // Refused by main (not the customer's document): nothing is printed.
    state.counter!.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'NOT_FOUND' } })
    await handlerOf('documents:print')(event, input)
    expect(print).toHaveBeenCalledTimes(2)
  })

  it('a kiosk: its window refuses to close until main answered Chiudi Sportello ok, then the app quits', async () => {
    await launch(['--kiosk'])
    const window = await becomeReady()
    const calls = electron.ipcMain.handle.mock.calls as unknown as [
      string,
      (event: unknown, payload: unknown) => Promise<unknown>,
    ][]
    const handlerOf = (name: string) => calls.find(([channel]) => channel === name)![1]
    const mainFrame = { url: 'app://sportello/index.html', origin: 'app://sportello', parent: null }
    const contents = (window as unknown as { webContents: { id?: number } }).webContents
    contents.id = 7
    const event = { sender: { id: 7, mainFrame }, senderFrame: mainFrame }
    const altF4 = { preventDefault: vi.fn() }
    ;(window as unknown as { webContents: FakeWebContents }).webContents.emit(
      'before-input-event',
      altF4,
      {
        type: 'keyDown',
        key: 'F4',
        code: 'F4',
        alt: true,
        control: false,
        meta: false,
        shift: false,
      },
    )
    expect(altF4.preventDefault).toHaveBeenCalled()

    const close = () => {
      const closing = { preventDefault: vi.fn() }
      window.emit('close', closing)
      return closing.preventDefault.mock.calls.length === 0
    }
    expect(close()).toBe(false)
    // Main refused (no PIN typed on this screen): still locked, nothing quits.
    state.counter!.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'KIOSK_NOT_UNLOCKED' },
    })
    await handlerOf('kiosk:exit')(event, {})
    expect(close()).toBe(false)
    await new Promise((resolve) => setImmediate(resolve))
    expect(electron.app.quit).not.toHaveBeenCalled()

    state.counter!.invoke.mockResolvedValueOnce({ ok: true, value: { byShell: true } })
    await expect(handlerOf('kiosk:exit')(event, {})).resolves.toEqual({
      ok: true,
      value: { byShell: true },
    })
    // The answer goes back first; then the app quits, and the window may close.
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled())
    expect(close()).toBe(true)
  })

  it('a kiosk: a quit of the program (system shutdown, service stop) closes it; a close of the window alone does not', async () => {
    await launch(['--kiosk'])
    const window = await becomeReady()
    const close = () => {
      const closing = { preventDefault: vi.fn() }
      window.emit('close', closing)
      return closing.preventDefault.mock.calls.length === 0
    }
    expect(close()).toBe(false)
    emitApp('before-quit', { preventDefault: vi.fn() })
    expect(close()).toBe(true)
  })

  it('a kiosk whose counter worker keeps dying relaunches the whole app; a desk does not', async () => {
    for (const mode of ['--desk', '--kiosk'] as const) {
      await launch([mode])
      await becomeReady()
      const { onCrash } = startCounterThread.mock.calls[0]![0] as unknown as {
        onCrash: () => void
      }
      for (let i = 0; i < 4; i++) onCrash()
      expect(electron.app.relaunch).not.toHaveBeenCalled()
      onCrash()
      if (mode === '--desk') expect(electron.app.relaunch).not.toHaveBeenCalled()
      else {
        expect(electron.app.relaunch).toHaveBeenCalledOnce()
        expect(electron.app.exit).toHaveBeenCalledWith(75)
      }
    }
  })

  it('a desk window closes as any window does', async () => {
    await launch(['--desk'])
    const window = await becomeReady()
    const closing = { preventDefault: vi.fn() }
    window.emit('close', closing)
    expect(closing.preventDefault).not.toHaveBeenCalled()
  })

  it('relaunches when the first-run setup is stored: the window follows the new mode', async () => {
    await launch()
    await becomeReady()
    const { onConfigured } = startCounterThread.mock.calls[0]![0] as unknown as {
      onConfigured: () => void
    }
    expect(electron.app.relaunch).not.toHaveBeenCalled()
    onConfigured()
    expect(electron.app.relaunch).toHaveBeenCalledTimes(1)
    expect(electron.app.quit).toHaveBeenCalled()
  })

  it('serves the worker safeStorage over the host port', async () => {
    await launch()
    await becomeReady()
    const { host } = startCounterThread.mock.calls[0]![0] as unknown as {
      host: {
        'keys.protect': (key: Uint8Array) => Promise<Uint8Array>
        'keys.unprotect': (blob: Uint8Array) => Promise<Uint8Array>
      }
    }
    const key = new Uint8Array([1, 2, 3])
    const sealed = await host['keys.protect'](key)
    expect(safeStorage.encryptString).toHaveBeenCalledWith('AQID')
    expect(Buffer.from(await host['keys.unprotect'](sealed))).toEqual(Buffer.from(key))
  })
})
