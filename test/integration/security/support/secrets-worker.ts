// A counter worker entry for the secrets-in-logs test: the production worker (serveCounter, and
// so its own logger writing to stderr) plus one door that makes the next write of a table fail.
// Spawned by worker-log-host.ts; never import it.
import { serveCounter } from '../../../../src-main/worker/serve-counter'
import { privateCustomer } from '../../../support/counter-harness'

serveCounter({
  provoke: async (counter, args) => {
    const { table } = args as { table: string }
    await counter.db('replica_customers').insert(privateCustomer).onConflict().ignore()
    await counter.db.raw(
      `CREATE TRIGGER provoke_${table} BEFORE INSERT ON ${table} ` +
        `BEGIN SELECT RAISE(ABORT, 'provoked by the test'); END`,
    )
  },
})
