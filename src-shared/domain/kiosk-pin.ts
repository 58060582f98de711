// The kiosk's operator exit PIN (issue #15): what a PIN may be, as main and the screens judge it.
// 6 to 8 digits: typed on a numeric keypad at a standing kiosk, long enough that the throttle's
// 5 tries (then minutes of lock) leave a guesser about one chance in 200,000.

export const KIOSK_PIN_MIN_DIGITS = 6
export const KIOSK_PIN_MAX_DIGITS = 8
export const KIOSK_PIN_PATTERN = /^\d{6,8}$/

/**
 * A PIN anyone would try first: one digit repeated (000000), a run up or down (123456, 987654),
 * or a short group repeated (121212, 123123). Refused when a PIN is chosen; never asked of a
 * PIN being checked.
 */
export function isGuessablePin(pin: string): boolean {
  if (!KIOSK_PIN_PATTERN.test(pin)) return false
  const digits = [...pin].map(Number)
  const steps = new Set(digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10))
  if (steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(9))) return true
  for (const size of [2, 3, 4]) {
    if (pin.length % size !== 0) continue
    const unit = pin.slice(0, size)
    if (unit.repeat(pin.length / size) === pin) return true
  }
  return false
}
