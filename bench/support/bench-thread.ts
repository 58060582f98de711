// Starts a counter thread on the bench worker entry (bench-worker.ts), run from source through tsx.
import { fileURLToPath } from 'node:url'
import { silentLogger } from '../../src-main/infra/log/logger'
import { configureDataDir } from '../../test/support/configured-data-dir'
import type { CounterStart } from '../../src-main/worker/host-port'
import {
  startCounterThread,
  type CounterThread,
  type CounterThreadOptions,
} from '../../src-main/worker/counter-thread'

export const benchWorker = {
  entry: fileURLToPath(new URL('./bench-worker.ts', import.meta.url)),
  execArgv: ['--import', 'tsx'],
}

/** A counter thread on a configured installation (a desk unless `start.mode` says otherwise). */
export async function startBenchThread(
  start: Partial<CounterStart> & { dataDir: string },
  options: Partial<CounterThreadOptions> = {},
): Promise<CounterThread> {
  await configureDataDir(start.dataDir, start.mode ?? 'desk')
  return startCounterThread({
    ...benchWorker,
    start: {
      version: 'bench',
      mode: 'desk',
      demo: false,
      clock: { kind: 'system' },
      logLevel: 'silent',
      ...start,
    },
    logger: silentLogger,
    ...options,
  })
}
