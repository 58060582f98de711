// Run as its own process (its stderr is what the test reads): starts the counter thread on
// secrets-worker.ts with the worker logging at `info`, makes the account row fail, registers, and
// prints the answer on stdout.
import { fileURLToPath } from 'node:url'
import { silentLogger } from '../../../../src-main/infra/log/logger'
import { startCounterThread } from '../../../../src-main/worker/counter-thread'
import { configureDataDir } from '../../../support/configured-data-dir'

const [dataDir, payload] = process.argv.slice(2)
await configureDataDir(dataDir!, 'kiosk')
const thread = await startCounterThread({
  entry: fileURLToPath(new URL('./secrets-worker.ts', import.meta.url)),
  execArgv: ['--import', 'tsx'],
  start: {
    dataDir: dataDir!,
    version: 'test',
    mode: 'kiosk',
    demo: false,
    clock: { kind: 'system' },
    logLevel: 'info',
  },
  logger: silentLogger,
})
await thread.door('provoke', { table: 'counter_accounts' })
const result = await thread.invoke('accounts:register', JSON.parse(payload!), {
  transport: 'test',
  connectionId: 'kiosk',
})
process.stdout.write(JSON.stringify(result))
await thread.close()
