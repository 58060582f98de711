import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { FakeEmitter, FakeWebContents, fakeEvent } from './electron-fakes'

const created = vi.hoisted(() => [] as unknown[])
const root = resolve(import.meta.dirname, '../../..')
// Electron sets process.resourcesPath (the folder holding app.asar); plain Node has none.
const resourcesPath = '/opt/Sportello/resources'
beforeAll(() => {
  Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true })
})
afterAll(() => {
  Reflect.deleteProperty(process, 'resourcesPath')
})

vi.mock('electron', () => ({
  BrowserWindow: class extends FakeEmitter {
    readonly webContents = new FakeWebContents()
    readonly show = vi.fn()
    constructor(readonly options: Record<string, unknown>) {
      super()
      created.push(this)
    }
  },
}))

const { buildWebPreferences, buildWindowOptions, createMainWindow, windowIconPath } =
  await import('../../../src-main/app/window-factory')

type CreatedWindow = FakeEmitter & {
  options: Record<string, unknown>
  webContents: FakeWebContents
  show: ReturnType<typeof vi.fn>
}

const lockedDown = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
}

describe('buildWebPreferences', () => {
  it('is locked down, with devtools in development', () => {
    expect(
      buildWebPreferences({ preloadPath: '/app/out/preload/index.cjs', isPackaged: false }),
    ).toEqual({
      ...lockedDown,
      preload: '/app/out/preload/index.cjs',
      devTools: true,
    })
  })

  it('has no devtools in a packaged build', () => {
    expect(buildWebPreferences({ preloadPath: '/p.cjs', isPackaged: true })).toEqual({
      ...lockedDown,
      preload: '/p.cjs',
      devTools: false,
    })
  })

  it('sets nothing that loosens Electron defaults', () => {
    const prefs = buildWebPreferences({ preloadPath: '/p.cjs', isPackaged: true }) as Record<
      string,
      unknown
    >
    for (const key of [
      'enableBlinkFeatures',
      'experimentalFeatures',
      'partition',
      'additionalArguments',
    ]) {
      expect(prefs[key], key).toBeUndefined()
    }
  })
})

describe('buildWindowOptions', () => {
  it('kiosk mode: kiosk and fullscreen', () => {
    const options = buildWindowOptions({ mode: 'kiosk', preloadPath: '/p.cjs', isPackaged: true })
    expect(options.kiosk).toBe(true)
    expect(options.fullscreen).toBe(true)
    expect(options.webPreferences).toMatchObject(lockedDown)
  })

  it('desk mode: an ordinary window', () => {
    const options = buildWindowOptions({ mode: 'desk', preloadPath: '/p.cjs', isPackaged: true })
    expect(options.kiosk).toBeUndefined()
    expect(options.fullscreen).toBeUndefined()
    expect(options.webPreferences).toMatchObject(lockedDown)
  })

  it('gives the window the app icon: the generated 256 px PNG in development', async () => {
    const icon = buildWindowOptions({ mode: 'desk', preloadPath: '/p.cjs', isPackaged: false }).icon
    expect(icon).toBe(join(root, 'resources/icons/png/256x256.png'))
    expect(icon).toBe(windowIconPath(false))
    expect(existsSync(String(icon))).toBe(true)
    expect(await sharp(String(icon)).metadata()).toMatchObject({
      format: 'png',
      width: 256,
      height: 256,
    })
  })

  it('packaged: the icon beside app.asar, where extraResources puts it, not inside the archive', () => {
    for (const mode of ['kiosk', 'desk'] as const) {
      expect(buildWindowOptions({ mode, preloadPath: '/p.cjs', isPackaged: true }).icon).toBe(
        join(resourcesPath, 'icons', '256x256.png'),
      )
    }
  })

  it('shows the window only when it has painted', () => {
    expect(
      buildWindowOptions({ mode: 'desk', preloadPath: '/p.cjs', isPackaged: false }).show,
    ).toBe(false)
  })
})

describe('createMainWindow', () => {
  it('builds the window from those options and attaches the guards', () => {
    createMainWindow({ mode: 'kiosk', preloadPath: '/p.cjs', isPackaged: true })
    const window = created.at(-1) as CreatedWindow
    expect(window.options).toEqual(
      buildWindowOptions({ mode: 'kiosk', preloadPath: '/p.cjs', isPackaged: true }),
    )

    const navigation = fakeEvent({ url: 'https://example.org/' })
    window.webContents.emit('will-navigate', navigation, navigation.url)
    expect(navigation.preventDefault).toHaveBeenCalled()
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    })
    const webview = fakeEvent()
    window.webContents.emit('will-attach-webview', webview, {}, {})
    expect(webview.preventDefault).toHaveBeenCalled()

    const session = window.webContents.session
    const callback = vi.fn()
    session.permissionRequestHandler?.({}, 'geolocation', callback, {
      isMainFrame: true,
      requestingUrl: 'app://sportello/index.html',
    })
    expect(callback).toHaveBeenCalledWith(false)
    expect(session.permissionCheckHandler).not.toBeNull()

    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalled()
  })
})
