import { describe, expect, it } from 'vitest'
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
