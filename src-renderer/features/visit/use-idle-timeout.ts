// The idle timeout of a customer's visit (kiosk) or service (desk), on the page's own timers (so a
// test's fake clock drives it). While `active`, any touch, key, wheel or typing starts the
// timeout again, and tells main now and then (main ends an untouched session itself, a little
// later than the screen does). IDLE_WARNING_SECONDS before the end the warning shows; a key closes
// it at once, a touch through its own click (so that the finger lifting never lands on the page
// below); at 0 `onExpire` ends the visit.
import { computed, onScopeDispose, ref, watch, type Ref } from 'vue'
import { IDLE_WARNING_SECONDS } from '../../../src-shared/ipc'
import {
  MAIN_TOUCH_INTERVAL_MS,
  createIdleTimer,
  pageClock,
  type IdleClock,
  type IdlePhase,
} from './idle-timer'

const activityEvents = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'input'] as const
/** While the warning shows, these only start the touch: its click answers it. */
const pointerEvents: readonly string[] = ['pointerdown', 'touchstart', 'wheel']

export type IdleTimeoutOptions = {
  active: Ref<boolean>
  timeoutSeconds: Ref<number>
  onExpire(): void
  /** Tells main the screen is in use (refreshes the session's last use). */
  touchMain(): void
  clock?: IdleClock
}

export function useIdleTimeout(options: IdleTimeoutOptions) {
  const clock = options.clock ?? pageClock
  const phase = ref<IdlePhase>('off')
  const secondsLeft = ref(0)
  const timeoutMs = () => options.timeoutSeconds.value * 1000
  const timer = createIdleTimer({
    timeoutMs: timeoutMs(),
    warningMs: IDLE_WARNING_SECONDS * 1000,
    clock,
    onChange: (snapshot) => {
      phase.value = snapshot.phase
      secondsLeft.value = snapshot.secondsLeft
    },
    onExpire: () => {
      listen(false)
      options.onExpire()
    },
  })
  let lastTouch = 0

  function touchMain(): void {
    const now = clock.now()
    if (now - lastTouch < MAIN_TOUCH_INTERVAL_MS) return
    lastTouch = now
    options.touchMain()
  }

  /** A sign of life: the timeout starts again (and the warning, if open, closes). */
  function keepVisit(): void {
    if (!options.active.value) return
    timer.reset(timeoutMs())
    touchMain()
  }

  function onActivity(event: Event): void {
    if (phase.value === 'warning' && pointerEvents.includes(event.type)) return
    keepVisit()
  }

  let listening = false
  function listen(on: boolean): void {
    if (on === listening) return
    listening = on
    for (const type of activityEvents) {
      if (on) window.addEventListener(type, onActivity, { capture: true, passive: true })
      else window.removeEventListener(type, onActivity, { capture: true })
    }
  }

  watch(
    options.active,
    (active) => {
      listen(active)
      if (active) {
        // The visit just began with a call to main (a page, a sign-in): no need to tell it.
        lastTouch = clock.now()
        timer.reset(timeoutMs())
      } else timer.stop()
    },
    { immediate: true },
  )
  watch(options.timeoutSeconds, () => {
    if (options.active.value) timer.reset(timeoutMs())
  })

  onScopeDispose(() => {
    listen(false)
    timer.stop()
  })

  return {
    warning: computed(() => phase.value === 'warning'),
    secondsLeft,
    /** "Continua" (or any touch on the warning). */
    continueVisit: keepVisit,
  }
}
