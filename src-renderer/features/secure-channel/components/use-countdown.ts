// The seconds left until an instant, ticking once a second while there are any: the OTP's
// "Potrai chiederne un altro tra m:ss". Reads Date.now(), so a test's page.clock moves it.
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue'

export function useCountdown(until: Ref<string | null>) {
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | undefined

  const secondsLeft = computed(() =>
    until.value === null ? 0 : Math.max(0, Math.ceil((Date.parse(until.value) - now.value) / 1000)),
  )
  /** "4:59": minutes and two-digit seconds. */
  const shown = computed(() => {
    const s = secondsLeft.value
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
  })

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
