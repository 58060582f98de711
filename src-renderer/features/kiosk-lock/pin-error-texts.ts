// The exit PIN's refusals in the operator's words: "PIN errato", "Troppi tentativi: riprova alle
// HH:MM" (main's CHECKS_LOCKED; DEVICE_LOCKED when the whole screen waits).
import type { ErrorTexts } from '../../i18n/use-error-message'

export const pinErrorTexts: ErrorTexts = {
  INVALID_CREDENTIALS: 'kioskLock.prompt.wrongPin',
  CHECKS_LOCKED: 'kioskLock.prompt.locked',
  DEVICE_LOCKED: 'kioskLock.prompt.locked',
  ACCOUNT_LOCKED: 'kioskLock.prompt.locked',
}

/** The same, where an admin's username and password were typed (a kiosk with no PIN yet). */
export const adminErrorTexts: ErrorTexts = {
  ...pinErrorTexts,
  INVALID_CREDENTIALS: 'kioskLock.prompt.wrongAdmin',
}
