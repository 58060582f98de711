// Asks main again and again while a screen waits for something another screen does (the
// customer typing, the operator asking): one call at a time, stopped with the component.
import { onBeforeUnmount } from 'vue'

export function usePolling(tick: () => Promise<void>, intervalMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let running = false
  let stopped = true

  async function run(): Promise<void> {
    if (stopped || running) return
    running = true
    try {
      await tick()
    } finally {
      running = false
      if (!stopped) timer = setTimeout(() => void run(), intervalMs)
    }
  }

  function start(): void {
    if (!stopped) return
    stopped = false
    void run()
  }

  function stop(): void {
    stopped = true
    clearTimeout(timer)
  }

  /** Asks now (after an action of this screen), then on the usual beat. */
  function now(): void {
    if (stopped) return
    clearTimeout(timer)
    void run()
  }

  onBeforeUnmount(stop)
  return { start, stop, now }
}
