// The exit PIN's rules (src-shared/domain/kiosk-pin.ts): 6 to 8 digits, and none anyone would try
// first.
import { describe, expect, it } from 'vitest'
import { isGuessablePin, KIOSK_PIN_PATTERN } from '../../../src-shared/domain/kiosk-pin'

describe('the exit PIN', () => {
  it.each(['583920', '2468101', '90417253'])('%s is a PIN', (pin) => {
    expect(KIOSK_PIN_PATTERN.test(pin)).toBe(true)
    expect(isGuessablePin(pin)).toBe(false)
  })

  it.each(['12345', '123456789', '58392a', ' 583920', '５８３９２０'])('%s is not', (pin) => {
    expect(KIOSK_PIN_PATTERN.test(pin)).toBe(false)
  })

  it.each([
    ['000000', 'one digit'],
    ['99999999', 'one digit'],
    ['123456', 'a run up'],
    ['345678', 'a run up'],
    ['890123', 'a run up, round the dial'],
    ['987654', 'a run down'],
    ['121212', 'a pair repeated'],
    ['123123', 'three repeated'],
    ['12341234', 'four repeated'],
  ])('%s is refused (%s)', (pin) => {
    expect(isGuessablePin(pin)).toBe(true)
  })

  it('the demo PIN is not a guessable one either', () => {
    expect(isGuessablePin('246810')).toBe(false)
  })
})
