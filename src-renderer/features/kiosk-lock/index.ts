// The locked kiosk's operator exit: the hidden gesture, the PIN prompt, the operator's panel; and
// the PIN's field (also the first-run setup's, for a kiosk).
import './kiosk-lock.css'

export { default as KioskLock } from './components/KioskLock.vue'
export { default as PinField } from './components/PinField.vue'
