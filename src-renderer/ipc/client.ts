// The renderer's only way to main: a typed wrapper around `window.sportello` (the bridge the
// preload exposes). Every call answers with a Result, also when the bridge is missing or the
// transport fails, so a screen only ever has to handle `ok` and translated error codes.
import type { AppError, Result, SportelloBridge } from '../../src-shared/ipc'

declare global {
  interface Window {
    sportello: SportelloBridge
  }
}

const unavailable: AppError = { code: 'SERVICE_UNAVAILABLE' }

let onRestart: (() => void) | undefined

/** Called when main answers COUNTER_RESTARTING: the shell shows "Il servizio si è riavviato". */
export function onCounterRestarting(listener: () => void): void {
  onRestart = listener
}

/**
 * Calls main through the bridge: `await invoke((main) => main.system.status({}))`.
 * Types flow from the contract; nothing about a channel is written twice.
 */
export async function invoke<T>(
  call: (main: SportelloBridge) => Promise<Result<T>>,
): Promise<Result<T>> {
  const bridge = (window as Partial<Window>).sportello
  if (!bridge) return { ok: false, error: unavailable }
  try {
    const result = await call(bridge)
    if (!result.ok && result.error.code === 'COUNTER_RESTARTING') onRestart?.()
    return result
  } catch {
    // The bridge itself never rejects; a rejection means the transport broke (main gone,
    // page reloading). Say "unavailable", which the screens offer to retry.
    return { ok: false, error: unavailable }
  }
}
