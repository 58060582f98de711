// Runs in: Electron main. The only place that creates a BrowserWindow (a lint rule says so), so
// every window gets the same locked-down webPreferences and the same guards.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type Rectangle,
  type WebPreferences,
} from 'electron'
import type { CounterMode } from '../../src-shared/ipc'
import { attachNavigationGuards, attachPermissionHandlers } from './navigation-guards'

export type MainWindowOptions = { mode: CounterMode; preloadPath: string; isPackaged: boolean }

// Bundled into out/main/index.js, and run from src-main/app in the tests: two levels below the
// project root either way (as main.ts's appRoot).
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The window's icon (title bar and task switcher on Linux and Windows; macOS takes the bundle's).
 * Packaged, it is an extraResources file (electron-builder.yml), outside app.asar: the window
 * loads it with nativeImage, and an icon path inside the archive is a known failure in packaged
 * builds. In development it is the generated PNG under resources/icons.
 */
export function windowIconPath(isPackaged: boolean): string {
  return isPackaged
    ? join(process.resourcesPath, 'icons', '256x256.png')
    : join(projectRoot, 'resources', 'icons', 'png', '256x256.png')
}

export function buildWebPreferences(options: {
  preloadPath: string
  isPackaged: boolean
}): WebPreferences {
  return {
    preload: options.preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    devTools: !options.isPackaged,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  }
}

export function buildWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  const kiosk = options.mode === 'kiosk'
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: '#ffffff',
    title: 'Sportello',
    icon: windowIconPath(options.isPackaged),
    autoHideMenuBar: kiosk,
    // `fullscreen: false` would disable the macOS fullscreen button at the desk: set only in kiosk.
    ...(kiosk ? { kiosk: true, fullscreen: true } : {}),
    webPreferences: buildWebPreferences(options),
  }
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(options))
  attachNavigationGuards(window.webContents)
  attachPermissionHandlers(window.webContents.session)
  window.once('ready-to-show', () => window.show())
  return window
}

/**
 * The customer display: full screen on the monitor that faces the customer (`bounds`), with no
 * way out for the customer (kiosk), and the same locked-down page settings as the main window.
 */
export function buildCustomerWindowOptions(
  options: Omit<MainWindowOptions, 'mode'> & { bounds: Rectangle },
): BrowserWindowConstructorOptions {
  const { x, y, width, height } = options.bounds
  return {
    x,
    y,
    width,
    height,
    show: false,
    backgroundColor: '#ffffff',
    title: 'Sportello — schermo cliente',
    icon: windowIconPath(options.isPackaged),
    autoHideMenuBar: true,
    kiosk: true,
    fullscreen: true,
    webPreferences: buildWebPreferences(options),
  }
}

export function createCustomerWindow(
  options: Omit<MainWindowOptions, 'mode'> & { bounds: Rectangle },
): BrowserWindow {
  const window = new BrowserWindow(buildCustomerWindowOptions(options))
  attachNavigationGuards(window.webContents)
  attachPermissionHandlers(window.webContents.session)
  window.once('ready-to-show', () => window.show())
  return window
}
