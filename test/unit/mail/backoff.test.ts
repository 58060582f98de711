// Exponential backoff with full jitter, as the outbox schedules retries.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backoffDelayMs } from '../../../src-main/infra/outbox/outbox'

const policy = { baseDelayMs: 2_000, maxDelayMs: 30 * 60_000 }
const cap = (attempts: number) =>
  Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempts - 1))

describe('backoffDelayMs', () => {
  it('draws within [1, min(max, base·2^(n-1))] for any attempt and any draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempts, u) => {
          const delay = backoffDelayMs(attempts, policy, {
            int: (min, max) => min + Math.floor(u * (max - min)),
          })
          expect(delay).toBeGreaterThanOrEqual(1)
          expect(delay).toBeLessThanOrEqual(cap(Math.min(attempts, 40)))
        },
      ),
    )
  })

  it('doubles its ceiling from the base to the maximum', () => {
    const top = { int: (_min: number, max: number) => max - 1 }
    expect([1, 2, 3, 4, 10, 11, 12, 50].map((n) => backoffDelayMs(n, policy, top))).toEqual([
      2_000, 4_000, 8_000, 16_000, 1_024_000, 1_800_000, 1_800_000, 1_800_000,
    ])
    expect(backoffDelayMs(3, policy, { int: (min) => min })).toBe(1)
  })
})
