// The main-thread stall benchmark runs (tiny size): no timing is asserted here.
import { describe, expect, it } from 'vitest'
import { formatStallBench, runStallBench } from '../../../bench/main-thread-stall.bench'

describe('bench/main-thread-stall.bench.ts', () => {
  it('seeds, signs in and writes in the worker and in-process, and reports its figures', async () => {
    const result = await runStallBench({ customers: 2, rows: 50, rounds: 1, callsPerRound: 5 })
    expect(result.worker.phaseMs.seed).toBeGreaterThan(0)
    expect(result.inProcess.phaseMs.writes).toBeGreaterThan(0)
    expect(result.roundTrip.ratio).toBeGreaterThan(0)
    const lines = formatStallBench(result)
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(
      /^main-thread stall, counter in its worker .* p99 [\d.]+ ms, max [\d.]+ ms/,
    )
    expect(lines[2]).toMatch(/^ipc round trip app:info: .* = [\d.]+×/)
  })
})
