// The outbox benchmark runs (tiny size, no timing asserted: PERFORMANCE.md).
import { describe, expect, it } from 'vitest'
import { runOutboxBench } from '../../../bench/outbox.bench'

describe('bench/outbox.bench.ts', () => {
  it('runs on a tiny size and loses nothing', async () => {
    const result = await runOutboxBench({ count: 20, rounds: 1 })
    expect(result).toMatchObject({ count: 20, lost: 0, duplicates: 0 })
    expect(result.mailsPerSecond).toBeGreaterThan(0)
  })
})
