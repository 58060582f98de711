import type { HandlersFor } from '../../ipc/registry'
import type { KioskLock } from './kiosk-lock'

export function kioskHandlers({
  kiosk,
}: {
  kiosk: KioskLock
}): HandlersFor<
  | 'kiosk:lock-status'
  | 'kiosk:unlock'
  | 'kiosk:unlock-admin'
  | 'kiosk:exit'
  | 'kiosk:change-pin'
  | 'kiosk:lock'
> {
  return {
    'kiosk:lock-status': () => kiosk.status(),
    'kiosk:unlock': (input, caller) => kiosk.unlock(input.pin, caller),
    'kiosk:unlock-admin': (input, caller) => kiosk.unlockAsAdmin(input, caller),
    'kiosk:exit': (_input, caller) => kiosk.exit(caller),
    'kiosk:change-pin': (input, caller) => kiosk.changePin(input, caller),
    'kiosk:lock': (_input, caller) => kiosk.lock(caller),
  }
}
