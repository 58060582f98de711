// Starts a counter thread on the bench worker entry (bench-worker.ts), run from source through tsx.
import { fileURLToPath } from 'node:url'
import { silentLogger } from '../../src-main/infra/log/logger'
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

export function startBenchThread(
  start: Partial<CounterStart> & { dataDir: string },
  options: Partial<CounterThreadOptions> = {},
): Promise<CounterThread> {
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
