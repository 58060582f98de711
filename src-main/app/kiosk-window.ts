// Runs in: Electron main. The locked kiosk's window (issue #15 point 1): the keys that would
// leave or break the app do nothing, the window closes only after the operator's exit PIN
// (`kiosk:exit`) or when the program itself quits (main.ts: a shutdown, a service stop), full screen comes back if anything leaves it, and a crashed or hung page comes
// back by itself, with a backoff so that a crash loop never spins. What Electron cannot stop (the
// operating system's own keys: Alt+Tab, the Windows key, Ctrl+Alt+Del, edge swipes) is the
// operating system's to lock down: README, "Kiosk lock-down".
import type { BrowserWindow, Input, RenderProcessGoneDetails } from 'electron'

export type KeyInput = Pick<Input, 'key' | 'code' | 'alt' | 'control' | 'meta' | 'shift'>

/** Keys that act on the program whatever the modifiers: full screen, reload, devtools. */
const PROGRAM_KEYS = new Set(['F5', 'F11', 'F12'])
/**
 * Ctrl / Cmd + these leave, reload or print the app, or open what a kiosk must not (devtools,
 * a new window, open / save a file, view source, history, downloads, the address).
 */
const COMMAND_LETTERS = new Set(['w', 'q', 'r', 'p', 'n', 't', 'o', 's', 'u', 'h', 'j', 'm', 'l'])
/** With Shift as well: devtools (I, J, C), the same letters' other forms (Ctrl+Shift+W, R...). */
const COMMAND_SHIFT_LETTERS = new Set(['i', 'j', 'c', 'w', 'q', 'r', 'n', 't', 'delete'])
/** Media and browser keys of some keyboards: back, forward, reload, home, search. */
const BROWSER_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'BrowserStop',
  'BrowserFavorites',
])

/**
 * Whether a key press would leave or break the locked kiosk: Alt+F4, Ctrl+W / Ctrl+Q /
 * Ctrl+Shift+W, F11, reload (Ctrl+R, F5, Ctrl+Shift+R), devtools (F12, Ctrl+Shift+I), print
 * (Ctrl+P), history (Alt+←/→), and, as far as they reach the page at all, the system's own:
 * Alt+Tab, Alt+Esc, Alt+Space, Ctrl+Esc and the Windows / Command key. Plain Escape is the page's
 * (it closes dialogs); it cannot leave the kiosk's full screen, which comes back anyway.
 * Ctrl+F stays: the document viewer's search.
 */
export function isEscapeShortcut(input: KeyInput): boolean {
  const key = input.key ?? ''
  const lower = key.toLowerCase()
  const command = input.control || input.meta
  if (PROGRAM_KEYS.has(key) || BROWSER_KEYS.has(key)) return true
  // The Windows / Command / Super key alone (the Start menu, the dock): the OS's, but the page
  // gets no use of it either.
  if (key === 'Meta' || key === 'OS' || key === 'Super') return true
  if (input.alt && !command) {
    if (['F4', 'Tab', 'Escape', ' ', 'ArrowLeft', 'ArrowRight', 'Home'].includes(key)) return true
    if (input.code === 'Space') return true
  }
  if (command) {
    if (key === 'Escape' || key === 'Tab' || key === 'F4') return true
    if (input.shift && COMMAND_SHIFT_LETTERS.has(lower)) return true
    if (!input.shift && !input.alt && COMMAND_LETTERS.has(lower)) return true
    // Cmd+Option+I / J / C: macOS's devtools.
    // (Option changes the key's character: the physical key is in `code`.)
    if (input.meta && input.alt && ['KeyI', 'KeyJ', 'KeyC'].includes(input.code)) return true
    // Ctrl+Alt+Delete / Ctrl+Alt+Backspace: the OS takes them first; the page never acts on them.
    if (input.alt && (key === 'Delete' || key === 'Backspace')) return true
  }
  return false
}

/** How long a page may hang ('unresponsive') before it is restarted. */
export const UNRESPONSIVE_GRACE_MS = 15_000
/** Crashes counted for the backoff within this long; older ones are forgotten. */
export const CRASH_WINDOW_MS = 10 * 60_000

/**
 * The wait before reloading after the n-th crash within CRASH_WINDOW_MS: 1 s, doubling, at most
 * a minute. A kiosk never gives up on its page, but a page that crashes at once is reloaded
 * once a minute, not in a loop.
 */
export function recoveryDelayMs(recentCrashes: number): number {
  return Math.min(1000 * 2 ** Math.max(0, recentCrashes - 1), 60_000)
}

export type KioskWindowLike = Pick<
  BrowserWindow,
  'on' | 'isDestroyed' | 'loadURL' | 'setKiosk' | 'setFullScreen' | 'isFullScreen'
> & {
  readonly webContents: Pick<BrowserWindow['webContents'], 'on' | 'forcefullyCrashRenderer'>
}

export type KioskGuardOptions = {
  /** The app's page, loaded again after a crash (the home screen: nothing of the last visit). */
  entryUrl: string
  /** The operator typed the exit PIN and chose Chiudi Sportello: the window may close. */
  exitAuthorised(): boolean
  log: {
    warn(fields: Record<string, unknown>, message: string): void
    error(fields: Record<string, unknown>, message: string): void
  }
  now?: () => number
}

/** The locked kiosk's guards on its window; returns what it keeps, for tests. */
export function attachKioskGuards(window: KioskWindowLike, options: KioskGuardOptions) {
  const { entryUrl, log } = options
  const now = options.now ?? Date.now
  const contents = window.webContents
  let crashes: number[] = []
  let reloadTimer: ReturnType<typeof setTimeout> | undefined
  let hangTimer: ReturnType<typeof setTimeout> | undefined

  contents.on('before-input-event', (event, input) => {
    if (isEscapeShortcut(input)) event.preventDefault()
  })

  // Windows logging off or shutting down: the kiosk's window never holds the system up.
  let sessionEnding = false
  window.on('session-end', () => {
    sessionEnding = true
  })
  window.on('close', (event) => {
    if (options.exitAuthorised() || sessionEnding) return
    event.preventDefault()
    log.warn({}, 'kiosk: a close without the exit PIN was refused')
  })

  // Whatever left full screen (a system gesture, the page's fullscreen API): back at once.
  const backToKiosk = () => {
    if (window.isDestroyed() || options.exitAuthorised()) return
    window.setKiosk(true)
    if (!window.isFullScreen()) window.setFullScreen(true)
  }
  window.on('leave-full-screen', backToKiosk)
  window.on('leave-html-full-screen', backToKiosk)

  const reloadLater = (why: Record<string, unknown>) => {
    const at = now()
    crashes = [...crashes.filter((t) => at - t < CRASH_WINDOW_MS), at]
    const delayMs = recoveryDelayMs(crashes.length)
    log.error({ ...why, recentCrashes: crashes.length, delayMs }, 'kiosk: page gone, reloading')
    clearTimeout(reloadTimer)
    reloadTimer = setTimeout(() => {
      reloadTimer = undefined
      if (window.isDestroyed()) return
      window.loadURL(entryUrl).catch((err: unknown) => {
        log.error({ err }, 'kiosk: reload failed')
        reloadLater({ reason: 'reload-failed' })
      })
    }, delayMs)
  }

  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    clearTimeout(hangTimer)
    hangTimer = undefined
    if (details.reason === 'clean-exit') return
    reloadLater({ reason: details.reason, exitCode: details.exitCode })
  })

  // A hung page gets a grace time (a long print layout, a big PDF); then its renderer is ended,
  // which 'render-process-gone' above reloads (a reload right after, in a new process).
  contents.on('unresponsive', () => {
    if (hangTimer) return
    log.warn({ graceMs: UNRESPONSIVE_GRACE_MS }, 'kiosk: page unresponsive')
    hangTimer = setTimeout(() => {
      hangTimer = undefined
      if (window.isDestroyed()) return
      log.error({}, 'kiosk: page still unresponsive, restarting its renderer')
      contents.forcefullyCrashRenderer()
    }, UNRESPONSIVE_GRACE_MS)
  })
  contents.on('responsive', () => {
    clearTimeout(hangTimer)
    hangTimer = undefined
  })

  return {
    dispose() {
      clearTimeout(reloadTimer)
      clearTimeout(hangTimer)
    },
  }
}

/** Worker crashes within CRASH_WINDOW_MS after which a kiosk relaunches the whole app. */
export const WORKER_CRASHES_BEFORE_RELAUNCH = 5

/**
 * The counter's worker died (counter-thread.ts logs it and starts a new one after a backoff; the
 * page says "Il servizio si è riavviato"). When that keeps happening, a kiosk starts the whole
 * app again: a fresh process, and the operating system's supervisor (README) if even that fails.
 */
export function workerCrashWatch(relaunch: () => void, now: () => number = Date.now) {
  let crashes: number[] = []
  return () => {
    const at = now()
    crashes = [...crashes.filter((t) => at - t < CRASH_WINDOW_MS), at]
    if (crashes.length < WORKER_CRASHES_BEFORE_RELAUNCH) return false
    crashes = []
    relaunch()
    return true
  }
}
