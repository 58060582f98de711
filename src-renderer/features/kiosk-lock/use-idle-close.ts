// A dialog of the operator's exit that closes itself when left untouched (a PIN prompt opened by
// chance, an unlocked panel walked away from): any key, touch or typing inside it starts the wait
// again.
import { onScopeDispose } from 'vue'

export function useIdleClose(onIdle: () => void, idleMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = () => {
    clearTimeout(timer)
    timer = undefined
  }
  const restart = () => {
    stop()
    timer = setTimeout(onIdle, idleMs)
  }
  onScopeDispose(stop)
  return { restart, stop }
}
