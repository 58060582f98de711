// The OTP's countdown on the secure channel screen: "Potrai chiederne un altro tra m:ss" counts
// whole seconds down to the OTP's expiry and stops at 0, when RIGENERA OTP opens.
import { describe, expect, it } from 'vitest'
import {
  minutesSeconds,
  secondsUntil,
} from '../../../src-renderer/features/secure-channel/components/use-countdown'

const sentAt = Date.parse('2026-11-23T09:00:00.000Z')
const expiresAt = '2026-11-23T09:05:00.000Z'

describe('the OTP countdown', () => {
  it('starts at 5:00 and counts whole seconds, rounding a part second up', () => {
    expect(minutesSeconds(secondsUntil(expiresAt, sentAt))).toBe('5:00')
    expect(minutesSeconds(secondsUntil(expiresAt, sentAt + 1))).toBe('5:00')
    expect(minutesSeconds(secondsUntil(expiresAt, sentAt + 1000))).toBe('4:59')
    expect(minutesSeconds(secondsUntil(expiresAt, sentAt + 4 * 60_000 + 51_000))).toBe('0:09')
  })

  it('ends at 0 at the expiry and stays there', () => {
    expect(secondsUntil(expiresAt, sentAt + 5 * 60_000 - 1)).toBe(1)
    expect(secondsUntil(expiresAt, sentAt + 5 * 60_000)).toBe(0)
    expect(secondsUntil(expiresAt, sentAt + 60 * 60_000)).toBe(0)
  })

  it('is 0 without an OTP', () => {
    expect(secondsUntil(null, sentAt)).toBe(0)
  })
})
