import { describe, expect, it } from 'vitest'
import {
  formatDateTime,
  formatTime,
  nextDay,
  startOfDayIn,
} from '../../../src-renderer/ui/format/dates'
import { formatBytes, formatCount } from '../../../src-renderer/ui/format/numbers'

describe('formatCount', () => {
  it('groups thousands the Italian way, also for four digits', () => {
    expect(formatCount(1234, 'it')).toBe('1.234')
    expect(formatCount(5_432_100, 'it')).toBe('5.432.100')
    expect(formatCount(312, 'it')).toBe('312')
  })

  it('groups thousands the English way', () => {
    expect(formatCount(1234, 'en')).toBe('1,234')
  })
})

describe('formatBytes', () => {
  it('uses decimal units and the Italian decimal comma', () => {
    expect(formatBytes(12_345_678, 'it')).toBe('12,3 MB')
    expect(formatBytes(1_500_000_000, 'it')).toBe('1,5 GB')
    expect(formatBytes(999, 'it')).toBe('999 byte')
    expect(formatBytes(4_096, 'it')).toBe('4,1 kB')
  })

  it('uses the English decimal point', () => {
    expect(formatBytes(12_345_678, 'en')).toBe('12.3 MB')
  })

  it('never shows a negative size', () => {
    expect(formatBytes(-5, 'en')).toBe('0 byte')
  })
})

describe('dates on the office clock', () => {
  const at = '2026-12-01T13:35:00.000Z'

  it('writes English dates the British way and Italian ones the Italian way', () => {
    expect(formatDateTime(at, 'en', 'Europe/Rome')).toBe('1 December 2026, 14:35')
    expect(formatDateTime(at, 'it', 'Europe/Rome')).toBe('1 dicembre 2026, 14:35')
  })

  it('shows the time of the office zone, not of the machine', () => {
    expect(formatTime(at, 'en', 'Europe/London')).toBe('13:35')
    expect(formatTime(at, 'it', 'UTC')).toBe('13:35')
    expect(formatTime('2026-07-01T22:30:00.000Z', 'it', 'Europe/Rome')).toBe('00:30')
  })

  it('finds the instant a day starts in the zone, also on the days the clocks change', () => {
    expect(startOfDayIn('2026-12-01', 'Europe/Rome')).toBe('2026-11-30T23:00:00.000Z')
    expect(startOfDayIn('2026-07-01', 'Europe/Rome')).toBe('2026-06-30T22:00:00.000Z')
    expect(startOfDayIn('2026-03-29', 'Europe/Rome')).toBe('2026-03-28T23:00:00.000Z')
    expect(startOfDayIn('2026-10-25', 'Europe/Rome')).toBe('2026-10-24T22:00:00.000Z')
    expect(startOfDayIn('2026-12-01', 'UTC')).toBe('2026-12-01T00:00:00.000Z')
    expect(startOfDayIn('not a day', 'UTC')).toBeNull()
  })

  it('steps to the next day across months', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
    expect(nextDay('2028-02-28')).toBe('2028-02-29')
  })
})
