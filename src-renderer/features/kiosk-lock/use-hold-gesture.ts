// The hidden gesture that opens the operator's PIN prompt at a kiosk: a finger (or the mouse)
// held HOLD_MS on a small corner target, without sliding off it. A customer's tap, swipe or
// scroll never lasts that long there; on a touch screen the long press opens no menu.
import { onScopeDispose } from 'vue'

export const HOLD_MS = 3000

export function useHoldGesture(onHeld: () => void, holdMs = HOLD_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pointer: number | undefined

  function cancel(): void {
    clearTimeout(timer)
    timer = undefined
    pointer = undefined
  }

  function start(event: PointerEvent): void {
    // One finger; a second one (a pinch) is not the gesture.
    if (pointer !== undefined) return cancel()
    if (event.pointerType === 'mouse' && event.button !== 0) return
    pointer = event.pointerId
    timer = setTimeout(() => {
      cancel()
      onHeld()
    }, holdMs)
  }

  function end(event: PointerEvent): void {
    if (event.pointerId === pointer) cancel()
  }

  onScopeDispose(cancel)

  return {
    onPointerdown: start,
    onPointerup: end,
    onPointercancel: end,
    onPointerleave: end,
    onContextmenu: (event: Event) => event.preventDefault(),
  }
}

/** The keyboard's way for an operator with a keyboard: Ctrl+Alt+Shift+K. */
export function isPromptShortcut(event: KeyboardEvent): boolean {
  return event.ctrlKey && event.altKey && event.shiftKey && !event.metaKey && event.code === 'KeyK'
}
