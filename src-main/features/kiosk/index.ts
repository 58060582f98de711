// The locked kiosk's operator exit: the exit PIN (hashed, in settings; throttled by credentials'
// gate), the screens it unlocked, demo mode's published PIN. Owns no table.
export { createKioskLock, exitPinToStore, UNLOCK_WINDOW_MS, type KioskLock } from './kiosk-lock'
export { kioskHandlers } from './kiosk-handlers'
export { DEMO_KIOSK_PIN, ensureDemoExitPin, retireDemoExitPin } from './demo-pin'
