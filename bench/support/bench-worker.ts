// A counter worker entry for benchmarks and tests: the production worker (serveCounter) plus
// doors the production entry never opens — seed the demo replica, write a burst of rows, crash.
// Spawn it with `benchWorker` (bench/support/bench-thread.ts); never import it.
import { serveCounter } from '../../src-main/worker/serve-counter'
import { seedDemo, writeRows } from './counter-work'

serveCounter({
  'seed-demo': async (counter, args) =>
    seedDemo(counter.db, (args as { customers: number }).customers),
  'write-rows': async (counter, args) => writeRows(counter.db, (args as { count: number }).count),
  now: async (_counter, _args, { clock }) => clock.now().toISOString(),
  /** An uncaught exception in the worker, a turn after answering. */
  crash: async () => {
    setTimeout(() => {
      throw new Error('bench worker: crash on request')
    })
  },
})
