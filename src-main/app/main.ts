// Runs in: Electron main. Lifecycle: single instance, app:// scheme, counter services, the IPC
// adapter, one window. Everything it wires is built and tested elsewhere in this folder.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Menu, app, dialog, ipcMain, protocol, type BrowserWindow } from 'electron'
import { startCounter, type Counter, type CounterOptions } from '../counter'
import { appEntryUrl, appScheme } from './app-origin'
import { appSchemePrivileges, registerAppProtocol } from './app-protocol'
import { registerIpcHandlers } from './ipc-adapter'
import { isDemoEnabled, parseModeFlag } from './mode'
import { safeStorageKeys } from './safe-storage-keys'
import { attachNavigationGuards } from './navigation-guards'
import { createMainWindow } from './window-factory'

// Built to out/main/index.js: the app root is two levels up (also inside app.asar). Not
// app.getAppPath(), which is out/main when Electron is launched with the script's path.
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

let mainWindow: BrowserWindow | undefined
let counter: Counter | undefined

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

type LaunchOptions = Pick<CounterOptions, 'mode' | 'demo'>

async function start(launch: LaunchOptions): Promise<void> {
  counter = await startCounter({
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    keyProtector: safeStorageKeys,
    ...launch,
  })
  registerAppProtocol(protocol, join(appRoot, 'out', 'renderer'))
  registerIpcHandlers(ipcMain, counter.registry)
  // The kiosk has no menu, and so no reload/quit/devtools accelerators.
  if (counter.info.mode === 'kiosk') Menu.setApplicationMenu(null)
  mainWindow = createMainWindow({
    mode: counter.info.mode,
    preloadPath: join(appRoot, 'out', 'preload', 'index.cjs'),
    isPackaged: app.isPackaged,
  })
  mainWindow.on('closed', () => {
    mainWindow = undefined
  })
  await mainWindow.loadURL(appEntryUrl)
}

function bootstrap(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.enableSandbox()
  const launch: LaunchOptions = {
    mode: parseModeFlag(process.argv),
    demo: isDemoEnabled(process.argv, process.env, app.isPackaged),
  }
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }])

  app.on('second-instance', focusMainWindow)
  // Any webContents, not only the factory's window, gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => attachNavigationGuards(contents))
  app.on('window-all-closed', () => app.quit())

  // Close the database before Electron exits: hold the quit once, resume when closed.
  let closing: Promise<void> | undefined
  let readyToQuit = false
  app.on('will-quit', (event) => {
    if (readyToQuit) return
    event.preventDefault()
    closing ??= (counter?.close() ?? Promise.resolve())
      .catch((err: unknown) => counter?.logger.error({ err }, 'could not close the counter'))
      .finally(() => {
        readyToQuit = true
        app.quit()
      })
  })

  app
    .whenReady()
    .then(() => start(launch))
    .catch((err: unknown) => {
      if (counter) counter.logger.error({ err }, 'startup failed')
      else console.error('Sportello: startup failed', err)
      dialog.showErrorBox('Sportello', 'Avvio non riuscito. Dettagli nel registro.')
      app.exit(1)
    })
}

bootstrap()
