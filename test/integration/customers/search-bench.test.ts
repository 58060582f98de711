// The customer-search benchmark runs (tiny size): every key kind is searched through the registry
// and the bare statement, and finds what it was given. No timing is asserted here.
import { describe, expect, it } from 'vitest'
import { runCustomerSearchBench } from '../../../bench/customer-search.bench'

describe('bench/customer-search.bench.ts', () => {
  it('builds a cached replica and reports each key kind', async () => {
    const figures = await runCustomerSearchBench(2_000, 5)
    expect(figures.map((f) => f.kind)).toEqual([
      'name (two parts)',
      'codice cliente',
      'codice fiscale',
      'partita IVA',
      'email part',
      'phone "333 123 4567"',
      'phone "+39…"',
    ])
    for (const f of figures) expect(f.appP50).toBeGreaterThan(0)
  }, 60_000)
})
