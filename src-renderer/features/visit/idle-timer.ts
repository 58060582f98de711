// The clock work of the idle timeout, in plain TypeScript (unit-tested without a page): a deadline
// that every sign of life pushes back, a warning phase before it counting whole seconds down, and
// the end. Each step is worked out from the clock's `now()`, never by counting ticks, so a tick
// that comes late (a busy page, a throttled timer, a test's fast-forward) still lands right.

export type IdlePhase = 'off' | 'running' | 'warning'

export type IdleSnapshot = { phase: IdlePhase; secondsLeft: number }

/** Time and timers; the page's by default, so that a test's fake clock drives them. */
export type IdleClock = {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const pageClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
}

export type IdleTimerOptions = {
  timeoutMs: number
  /** How long before the end the warning shows (IDLE_WARNING_SECONDS). */
  warningMs: number
  clock?: IdleClock
  /** The phase or the warning's whole seconds changed. */
  onChange?(snapshot: IdleSnapshot): void
  /** The deadline passed untouched: the visit ends. Called once; the timer is then off. */
  onExpire(): void
}

export type IdleTimer = ReturnType<typeof createIdleTimer>

export function createIdleTimer(options: IdleTimerOptions) {
  const clock = options.clock ?? pageClock
  let timeoutMs = options.timeoutMs
  let deadline = 0
  let handle: unknown
  let snapshot: IdleSnapshot = { phase: 'off', secondsLeft: 0 }

  function show(next: IdleSnapshot): void {
    if (next.phase === snapshot.phase && next.secondsLeft === snapshot.secondsLeft) return
    snapshot = next
    options.onChange?.(snapshot)
  }

  function cancel(): void {
    if (handle !== undefined) clock.clearTimeout(handle)
    handle = undefined
  }

  function wakeIn(ms: number): void {
    cancel()
    handle = clock.setTimeout(step, Math.max(1, ms))
  }

  /** Works out the phase from the clock and sleeps until it next changes. */
  function step(): void {
    handle = undefined
    const left = deadline - clock.now()
    if (left <= 0) {
      show({ phase: 'off', secondsLeft: 0 })
      options.onExpire()
      return
    }
    if (left > options.warningMs) {
      show({ phase: 'running', secondsLeft: Math.ceil(left / 1000) })
      wakeIn(left - options.warningMs)
      return
    }
    const seconds = Math.ceil(left / 1000)
    show({ phase: 'warning', secondsLeft: seconds })
    // The next whole second of the countdown (or the end, after the last one).
    wakeIn(left - (seconds - 1) * 1000)
  }

  return {
    /** Starts (or starts again) a full timeout from now; also closes a warning. */
    reset(nextTimeoutMs: number = timeoutMs): void {
      timeoutMs = nextTimeoutMs
      deadline = clock.now() + timeoutMs
      // The pending tick goes: one chain of ticks only, or the end would come twice.
      cancel()
      step()
    },
    stop(): void {
      cancel()
      show({ phase: 'off', secondsLeft: 0 })
    },
    get snapshot(): IdleSnapshot {
      return snapshot
    },
  }
}

/** The seconds at which a screen reader hears the countdown (politely), besides the opening. */
export const ANNOUNCED_SECONDS = [30, 20, 10, 5] as const

/** Whether going from `previous` to `next` seconds left passes one of ANNOUNCED_SECONDS. */
export function passesAnnouncedSecond(previous: number, next: number): boolean {
  return ANNOUNCED_SECONDS.some((mark) => next <= mark && mark < previous)
}

/** A sign of life tells main at most this often (each call refreshes the session's last use). */
export const MAIN_TOUCH_INTERVAL_MS = 20_000
