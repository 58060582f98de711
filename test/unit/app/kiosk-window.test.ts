// The locked kiosk's window (issue #15 point 1), against a mocked Electron: which keys do
// nothing, a close without the exit PIN, full screen left, a crashed or hung page, a worker that
// keeps dying.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  attachKioskGuards,
  CRASH_WINDOW_MS,
  isEscapeShortcut,
  recoveryDelayMs,
  UNRESPONSIVE_GRACE_MS,
  workerCrashWatch,
  type KeyInput,
  type KioskWindowLike,
} from '../../../src-main/app/kiosk-window'
import { FakeEmitter, FakeWebContents, fakeEvent } from './electron-fakes'

const key = (spec: string): KeyInput => {
  const parts = spec.split('+')
  const name = parts.pop()!
  return {
    key: name === 'Space' ? ' ' : name,
    code: name === 'Space' ? 'Space' : name.length === 1 ? `Key${name.toUpperCase()}` : name,
    control: parts.includes('Ctrl'),
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
    meta: parts.includes('Meta'),
  }
}

describe('isEscapeShortcut', () => {
  it.each([
    ['Alt+F4', 'closes the window'],
    ['Ctrl+w', 'closes the window'],
    ['Ctrl+W', 'closes the window (caps lock)'],
    ['Ctrl+q', 'quits'],
    ['Meta+q', 'quits (macOS)'],
    ['Ctrl+Shift+W', 'closes every window'],
    ['Ctrl+Shift+Q', 'quits'],
    ['F11', 'leaves full screen'],
    ['Ctrl+r', 'reloads'],
    ['Ctrl+Shift+R', 'reloads without cache'],
    ['F5', 'reloads'],
    ['Ctrl+F5', 'reloads'],
    ['Ctrl+Shift+I', 'devtools'],
    ['Ctrl+Shift+J', 'devtools console'],
    ['Ctrl+Shift+C', 'devtools inspector'],
    ['Meta+Alt+i', 'devtools (macOS)'],
    ['F12', 'devtools'],
    ['Ctrl+p', 'prints the screen'],
    ['Ctrl+n', 'a new window'],
    ['Ctrl+t', 'a new tab'],
    ['Ctrl+o', 'opens a file'],
    ['Ctrl+s', 'saves the page'],
    ['Ctrl+u', 'view source'],
    ['Ctrl+m', 'minimises'],
    ['Meta+h', 'hides the app (macOS)'],
    ['Alt+Tab', 'switches program'],
    ['Alt+Escape', 'switches program'],
    ['Alt+Space', 'the window menu'],
    ['Ctrl+Escape', 'the Start menu'],
    ['Meta', 'the Windows / Command key'],
    ['Alt+ArrowLeft', 'history back'],
    ['Alt+ArrowRight', 'history forward'],
    ['BrowserBack', 'a keyboard’s back key'],
    ['BrowserRefresh', 'a keyboard’s reload key'],
    ['Ctrl+Alt+Delete', 'the OS takes it; the page never acts on it'],
  ])('%s (%s) does nothing', (spec) => {
    expect(isEscapeShortcut(key(spec))).toBe(true)
  })

  it.each([
    ['a', 'typing'],
    ['Shift+A', 'a capital'],
    ['Alt+e', 'AltGr / Option accents'],
    ['Ctrl+Alt+e', 'AltGr+e: € on an Italian keyboard'],
    ['Ctrl+c', 'copy'],
    ['Ctrl+v', 'paste'],
    ['Ctrl+x', 'cut'],
    ['Ctrl+z', 'undo'],
    ['Ctrl+a', 'select all'],
    ['Ctrl+f', 'the viewer’s find'],
    ['Escape', 'closes a dialog'],
    ['Tab', 'the next field'],
    ['Shift+Tab', 'the previous field'],
    ['Enter', 'submits'],
    ['Backspace', 'deletes'],
    ['ArrowLeft', 'moves the caret'],
    ['PageDown', 'the viewer’s next page'],
    ['Ctrl+Alt+Shift+K', 'the operator’s way to the PIN prompt'],
  ])('%s (%s) still works', (spec) => {
    expect(isEscapeShortcut(key(spec))).toBe(false)
  })
})

describe('recoveryDelayMs', () => {
  it('waits 1 s after a crash, doubling with each one in a row, at most a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(recoveryDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ])
  })
})

class FakeKioskWindow extends FakeEmitter {
  readonly webContents = Object.assign(new FakeWebContents(), {
    forcefullyCrashRenderer: vi.fn(),
  })
  readonly loadURL = vi.fn(async () => undefined)
  readonly setKiosk = vi.fn()
  readonly setFullScreen = vi.fn()
  fullScreen = true
  destroyed = false
  isFullScreen = () => this.fullScreen
  isDestroyed = () => this.destroyed
}

describe('attachKioskGuards', () => {
  let window: FakeKioskWindow
  let authorised: boolean
  let clock: number
  const log = { warn: vi.fn(), error: vi.fn() }
  beforeEach(() => {
    vi.useFakeTimers()
    clock = 0
    authorised = false
    window = new FakeKioskWindow()
    log.warn.mockClear()
    log.error.mockClear()
    attachKioskGuards(window as unknown as KioskWindowLike, {
      entryUrl: 'app://sportello/index.html',
      exitAuthorised: () => authorised,
      log,
      now: () => clock,
    })
  })
  afterEach(() => vi.useRealTimers())

  it('swallows the escape keys before the page or Chromium sees them, and only those', () => {
    const altF4 = fakeEvent()
    window.webContents.emit('before-input-event', altF4, { type: 'keyDown', ...key('Alt+F4') })
    expect(altF4.preventDefault).toHaveBeenCalled()
    const typing = fakeEvent()
    window.webContents.emit('before-input-event', typing, { type: 'keyDown', ...key('a') })
    expect(typing.preventDefault).not.toHaveBeenCalled()
  })

  it('refuses a close until the exit PIN authorised it; a Windows log-off always closes', () => {
    const refused = fakeEvent()
    window.emit('close', refused)
    expect(refused.preventDefault).toHaveBeenCalled()
    authorised = true
    const allowed = fakeEvent()
    window.emit('close', allowed)
    expect(allowed.preventDefault).not.toHaveBeenCalled()

    authorised = false
    window.emit('session-end', fakeEvent())
    const shutdown = fakeEvent()
    window.emit('close', shutdown)
    expect(shutdown.preventDefault).not.toHaveBeenCalled()
  })

  it('goes back to kiosk full screen whenever something leaves it', () => {
    window.fullScreen = false
    window.emit('leave-full-screen')
    expect(window.setKiosk).toHaveBeenCalledWith(true)
    expect(window.setFullScreen).toHaveBeenCalledWith(true)
    window.emit('leave-html-full-screen')
    expect(window.setKiosk).toHaveBeenCalledTimes(2)
  })

  it('a crashed page comes back at the home page, later after each crash in a row; a clean exit does not', async () => {
    window.webContents.emit('render-process-gone', fakeEvent(), {
      reason: 'clean-exit',
      exitCode: 0,
    })
    await vi.advanceTimersByTimeAsync(120_000)
    expect(window.loadURL).not.toHaveBeenCalled()

    const crash = () =>
      window.webContents.emit('render-process-gone', fakeEvent(), {
        reason: 'crashed',
        exitCode: 11,
      })
    crash()
    await vi.advanceTimersByTimeAsync(999)
    expect(window.loadURL).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(window.loadURL).toHaveBeenCalledWith('app://sportello/index.html')
    expect(log.error).toHaveBeenCalledWith(
      expect.objectContaining({ reason: 'crashed', recentCrashes: 1, delayMs: 1000 }),
      expect.any(String),
    )

    // A crash loop: each reload waits twice as long, never a spin.
    for (let i = 0; i < 8; i++) {
      clock += 1000
      crash()
    }
    expect(log.error).toHaveBeenLastCalledWith(
      expect.objectContaining({ recentCrashes: 9, delayMs: 60_000 }),
      expect.any(String),
    )
    await vi.advanceTimersByTimeAsync(59_999)
    expect(window.loadURL).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(window.loadURL).toHaveBeenCalledTimes(2)

    // Crashes older than the window are forgotten.
    clock += CRASH_WINDOW_MS
    crash()
    expect(log.error).toHaveBeenLastCalledWith(
      expect.objectContaining({ recentCrashes: 1, delayMs: 1000 }),
      expect.any(String),
    )
  })

  it('a page hung past its grace time has its renderer restarted; one that recovers does not', async () => {
    window.webContents.emit('unresponsive')
    await vi.advanceTimersByTimeAsync(UNRESPONSIVE_GRACE_MS - 1)
    window.webContents.emit('responsive')
    await vi.advanceTimersByTimeAsync(UNRESPONSIVE_GRACE_MS)
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled()

    window.webContents.emit('unresponsive')
    window.webContents.emit('unresponsive')
    await vi.advanceTimersByTimeAsync(UNRESPONSIVE_GRACE_MS)
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce()
  })
})

describe('workerCrashWatch', () => {
  it('relaunches the app at the 5th worker crash within ten minutes, not before', () => {
    let clock = 0
    const relaunch = vi.fn()
    const crashed = workerCrashWatch(relaunch, () => clock)
    for (let i = 0; i < 4; i++) {
      clock += 60_000
      expect(crashed()).toBe(false)
    }
    clock += CRASH_WINDOW_MS
    expect(crashed()).toBe(false)
    for (let i = 0; i < 3; i++) crashed()
    expect(relaunch).not.toHaveBeenCalled()
    expect(crashed()).toBe(true)
    expect(relaunch).toHaveBeenCalledOnce()
  })
})
