// The hot-read benchmark runs (tiny size): the repositories find the rows the bare statements
// find. No timing is asserted here.
import { describe, expect, it } from 'vitest'
import { runHotReadBench } from '../../../bench/hot-read.bench'

describe('bench/hot-read.bench.ts', () => {
  it('reads a customer and a session both ways and reports the figures', async () => {
    const figures = await runHotReadBench(1, 20)
    expect(figures.map((f) => f.name)).toEqual([
      'customer by codice cliente',
      'session by secret hash',
    ])
    for (const f of figures) expect(f.repoUs).toBeGreaterThan(0)
  })
})
