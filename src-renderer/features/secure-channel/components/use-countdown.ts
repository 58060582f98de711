// The seconds left until an instant, ticking once a second while there are any: the OTP's
// "Potrai chiederne un altro tra m:ss". Reads Date.now(), so a test's page.clock moves it.
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue'

/** Whole seconds from `nowMs` until the instant `until`, never below 0; 0 without one. */
export function secondsUntil(until: string | null, nowMs: number): number {
  return until === null ? 0 : Math.max(0, Math.ceil((Date.parse(until) - nowMs) / 1000))
}

/** 299 → "4:59": minutes and two-digit seconds. */
export function minutesSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

export function useCountdown(until: Ref<string | null>) {
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | undefined

  const secondsLeft = computed(() => secondsUntil(until.value, now.value))
  const shown = computed(() => minutesSeconds(secondsLeft.value))

  function stop(): void {
    clearInterval(timer)
    timer = undefined
  }
  watch(
    until,
    () => {
      now.value = Date.now()
      stop()
      if (secondsLeft.value > 0)
        timer = setInterval(() => {
          now.value = Date.now()
          if (secondsLeft.value === 0) stop()
        }, 1000)
    },
    { immediate: true },
  )
  onBeforeUnmount(stop)

  return { secondsLeft, shown }
}
