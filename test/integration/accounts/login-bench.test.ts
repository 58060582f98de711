// The login benchmark runs (tiny size, cheap hashing): no timing is asserted here.
import { describe, expect, it } from 'vitest'
import { runLoginBench } from '../../../bench/login.bench'
import { FAST_SCRYPT } from '../../support/counter-harness'

describe('bench/login.bench.ts', () => {
  it('logs in through the registry and reports its figures', async () => {
    const result = await runLoginBench(1, FAST_SCRYPT)
    expect(result.rounds).toBe(1)
    expect(result.loginMs).toBeGreaterThan(0)
    expect(result.bareVerifyMs).toBeGreaterThan(0)
  })
})
