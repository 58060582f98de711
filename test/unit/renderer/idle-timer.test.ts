// The idle timeout's clock work: the warning at (timeout − warning), a whole-second countdown,
// the end exactly once, a reset that closes the warning, and ticks that come late.
import { describe, expect, it } from 'vitest'
import {
  createIdleTimer,
  passesAnnouncedSecond,
  type IdleClock,
  type IdleSnapshot,
} from '../../../src-renderer/features/visit/idle-timer'

/** A hand-moved clock with timers, as the page's are under a fake clock. */
function fakeClock() {
  let now = 0
  let nextId = 1
  const timers = new Map<number, { at: number; callback: () => void }>()
  const clock: IdleClock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      const id = nextId++
      timers.set(id, { at: now + ms, callback })
      return id
    },
    clearTimeout: (id) => void timers.delete(id as number),
  }
  /** Moves time on, firing each timer due on the way at its own time. */
  function advance(ms: number): void {
    const until = now + ms
    for (;;) {
      const due = [...timers.entries()]
        .filter(([, t]) => t.at <= until)
        .sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      timers.delete(due[0])
      now = due[1].at
      due[1].callback()
    }
    now = until
  }
  /** Jumps time on and fires what is due once, late (a throttled page, a fast-forward). */
  function jump(ms: number): void {
    now += ms
    const due = [...timers.entries()].filter(([, t]) => t.at <= now)
    for (const [id, timer] of due) {
      timers.delete(id)
      timer.callback()
    }
  }
  return { clock, advance, jump, pending: () => timers.size }
}

function timer(timeoutMs = 120_000, warningMs = 30_000) {
  const fake = fakeClock()
  const seen: IdleSnapshot[] = []
  let expired = 0
  const idle = createIdleTimer({
    timeoutMs,
    warningMs,
    clock: fake.clock,
    onChange: (snapshot) => seen.push(snapshot),
    onExpire: () => expired++,
  })
  return { ...fake, idle, seen, expired: () => expired }
}

describe('the idle timer', () => {
  it('runs quietly until the warning, counts whole seconds down, and ends once', () => {
    const t = timer()
    t.idle.reset()
    expect(t.idle.snapshot.phase).toBe('running')
    t.advance(89_999)
    expect(t.idle.snapshot.phase).toBe('running')
    t.advance(1)
    expect(t.idle.snapshot).toEqual({ phase: 'warning', secondsLeft: 30 })
    t.advance(1000)
    expect(t.idle.snapshot).toEqual({ phase: 'warning', secondsLeft: 29 })
    t.advance(28_000)
    expect(t.idle.snapshot).toEqual({ phase: 'warning', secondsLeft: 1 })
    expect(t.expired()).toBe(0)
    t.advance(1000)
    expect(t.idle.snapshot.phase).toBe('off')
    expect(t.expired()).toBe(1)
    t.advance(600_000)
    expect(t.expired()).toBe(1)
    expect(t.pending()).toBe(0)
    const warnings = t.seen.filter((s) => s.phase === 'warning').map((s) => s.secondsLeft)
    expect(warnings).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i))
  })

  it('starts again from a reset, which closes an open warning', () => {
    const t = timer()
    t.idle.reset()
    t.advance(100_000)
    expect(t.idle.snapshot.phase).toBe('warning')
    t.idle.reset()
    expect(t.idle.snapshot.phase).toBe('running')
    t.advance(89_000)
    expect(t.idle.snapshot.phase).toBe('running')
    t.advance(31_000)
    expect(t.expired()).toBe(1)
  })

  it('lands right when a tick comes late: the seconds are read off the clock', () => {
    const t = timer()
    t.idle.reset()
    t.jump(95_500)
    expect(t.idle.snapshot).toEqual({ phase: 'warning', secondsLeft: 25 })
    t.jump(10_000)
    expect(t.idle.snapshot).toEqual({ phase: 'warning', secondsLeft: 15 })
    // Long past the deadline: the end, once.
    t.jump(120_000)
    expect(t.expired()).toBe(1)
  })

  it('is silent once stopped, and a new timeout applies from the next reset', () => {
    const t = timer()
    t.idle.reset()
    t.idle.stop()
    expect(t.idle.snapshot.phase).toBe('off')
    t.advance(600_000)
    expect(t.expired()).toBe(0)
    t.idle.reset(60_000)
    t.advance(30_000)
    expect(t.idle.snapshot).toEqual({ phase: 'warning', secondsLeft: 30 })
    t.advance(30_000)
    expect(t.expired()).toBe(1)
  })

  it('warns at once when the timeout is no longer than the warning', () => {
    const t = timer(20_000, 30_000)
    t.idle.reset()
    expect(t.idle.snapshot).toEqual({ phase: 'warning', secondsLeft: 20 })
  })
})

describe('the countdown a screen reader hears', () => {
  it('speaks at 20, 10 and 5 seconds, not every second', () => {
    const spoken = []
    for (let s = 30; s > 0; s--) if (passesAnnouncedSecond(s + 1, s)) spoken.push(s)
    expect(spoken).toEqual([30, 20, 10, 5])
    // The dialog itself is announced as it opens at 30: the first tick after it is silent.
    expect(passesAnnouncedSecond(30, 29)).toBe(false)
  })

  it('still speaks when seconds are skipped past a mark', () => {
    expect(passesAnnouncedSecond(23, 18)).toBe(true)
    expect(passesAnnouncedSecond(19, 11)).toBe(false)
  })
})
