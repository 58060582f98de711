// Runs in: Electron main. Lifecycle: single instance, app:// scheme, the counter's worker thread,
// the IPC relay to it, one window. The counter itself (registry, services, SQLite, mail) runs in
// the worker (src-main/worker), so a query never freezes a window; this thread serves it the host
// port (safeStorage). Everything it wires is built and tested elsewhere.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  Menu,
  app,
  clipboard,
  dialog,
  ipcMain,
  protocol,
  screen,
  type BrowserWindow,
} from 'electron'
import { createLogger } from '../infra/log/logger'
import { KIOSK_EXIT_CHANNEL, exitByShell } from '../ipc/kiosk-exit'
import { keysHostPort, type CounterStart } from '../worker/host-port'
import { startCounterThread, type CounterThread } from '../worker/counter-thread'
import { appEntryUrl, appScheme } from './app-origin'
import { appSchemePrivileges, registerAppProtocol } from './app-protocol'
import { registerIpcHandlers } from './ipc-adapter'
import { isDemoEnabled, parseModeFlag } from './mode'
import { safeStorageKeys } from './safe-storage-keys'
import { visitEndingChannels, wipeScreen } from './screen-wipe'
import { printWindow } from './document-print'
import { attachNavigationGuards } from './navigation-guards'
import { createCustomerWindows } from './customer-window'
import { attachKioskGuards, workerCrashWatch } from './kiosk-window'
import { createCustomerWindow, createMainWindow } from './window-factory'

// Built to out/main/index.js: the app root is two levels up (also inside app.asar). Not
// app.getAppPath(), which is out/main when Electron is launched with the script's path.
const mainDir = dirname(fileURLToPath(import.meta.url))
const appRoot = resolve(mainDir, '../..')
/** The worker's entry, built beside index.js (electron.vite.config.ts). */
const counterWorkerEntry = join(mainDir, 'counter-worker.js')

const logger = createLogger()
let mainWindow: BrowserWindow | undefined
let counter: CounterThread | undefined
/** The kiosk's operator typed the exit PIN and chose Chiudi Sportello: its window may close. */
let exitAuthorised = false

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

type LaunchOptions = Pick<CounterStart, 'mode' | 'demo'>

async function start(launch: LaunchOptions): Promise<void> {
  const host = keysHostPort(safeStorageKeys)
  // A worker that keeps dying: a kiosk starts the whole app again (kiosk-window.ts).
  const workerCrashed = workerCrashWatch(() => {
    logger.error('kiosk: the counter keeps stopping, relaunching the app')
    exitAuthorised = true
    app.relaunch()
    // Not 0: a supervisor (README, "Kiosk lock-down") starts it again if the relaunch is lost.
    app.exit(75)
  })
  counter = await startCounterThread({
    entry: counterWorkerEntry,
    start: {
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
      clock: { kind: 'system' },
      keyProtection: host.keyProtection,
      ...launch,
    },
    host,
    logger,
    onCrash: () => {
      if (counter?.info.mode === 'kiosk') workerCrashed()
    },
    // The window's kind depends on the mode the setup stored: start the app again.
    onConfigured: () => {
      app.relaunch()
      app.quit()
    },
  })
  registerAppProtocol(protocol, join(appRoot, 'out', 'renderer'))
  const preloadPath = join(appRoot, 'out', 'preload', 'index.cjs')
  // A desk's second monitor, turned to the customer, shows the customer display (customer-window.ts).
  const customerWindows = createCustomerWindows({
    screen,
    operatorWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined),
    create: (bounds) => createCustomerWindow({ preloadPath, isPackaged: app.isPackaged, bounds }),
    entryUrl: appEntryUrl,
  })
  screen.on('display-removed', () => customerWindows.closeIfAlone())
  // The relay: each call is checked here (sender frame), then posted to the worker's registry.
  // A call that ends a customer's visit or service also wipes what Electron keeps of the window.
  registerIpcHandlers(ipcMain, counter, {
    afterSuccess: async (channel, event, value) => {
      if (visitEndingChannels.has(channel)) await wipeScreen(event.sender, clipboard)
      if (channel === 'display:pairing-code' && event.sender.id === mainWindow?.webContents.id)
        await customerWindows.pairWith((value as { code: string }).code)
      // Chiudi Sportello after the exit PIN: main said yes for this window; quit once answered.
      if (
        channel === KIOSK_EXIT_CHANNEL &&
        exitByShell(value) &&
        event.sender.id === mainWindow?.webContents.id
      ) {
        logger.warn('kiosk: closed by the operator (exit PIN)')
        exitAuthorised = true
        setImmediate(() => app.quit())
      }
      if (channel === 'documents:print')
        await printWindow(event.sender, value as { silent: boolean }, (reason) =>
          logger.warn({ reason }, 'print not handed to a printer'),
        )
    },
  })
  // The kiosk has no menu, and so no reload/quit/devtools accelerators.
  if (counter.info.mode === 'kiosk') Menu.setApplicationMenu(null)
  mainWindow = createMainWindow({
    mode: counter.info.mode,
    preloadPath,
    isPackaged: app.isPackaged,
  })
  if (counter.info.mode === 'kiosk')
    attachKioskGuards(mainWindow, {
      entryUrl: appEntryUrl,
      exitAuthorised: () => exitAuthorised,
      log: logger,
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
  // A quit asked of the program itself (the operating system's shutdown or service stop, a test
  // driver, Chiudi Sportello): the kiosk's window lets it through. A close of the window alone
  // (Alt+F4, the task bar, the window manager) is what it refuses (kiosk-window.ts).
  app.on('before-quit', () => {
    exitAuthorised = true
  })

  // Close the database before Electron exits: hold the quit once, resume when closed.
  let closing: Promise<void> | undefined
  let readyToQuit = false
  app.on('will-quit', (event) => {
    if (readyToQuit) return
    event.preventDefault()
    closing ??= (counter?.close() ?? Promise.resolve())
      .catch((err: unknown) => logger.error({ err }, 'could not close the counter'))
      .finally(() => {
        readyToQuit = true
        app.quit()
      })
  })

  app
    .whenReady()
    .then(() => start(launch))
    .catch((err: unknown) => {
      logger.error({ err }, 'startup failed')
      dialog.showErrorBox('Sportello', 'Avvio non riuscito. Dettagli nel registro.')
      app.exit(1)
    })
}

bootstrap()
