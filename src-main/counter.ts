// The counter's main-process services, assembled. Runs in plain Node: the Electron shell
// (src-main/app) and the browser test host (test/support) both start it and serve its registry.
import type { Knex } from 'knex'
import type { AppInfo, AppMode } from '../src-shared/ipc'
import { type Clock, systemClock } from './infra/clock/clock'
import { cryptoRandom, type Random } from './infra/crypto/random'
import { databaseFile, resolveDataDir } from './infra/files/data-dir'
import { migrateToLatest, openDatabase } from './infra/db/open-database'
import { createLogger, type Logger } from './infra/log/logger'
import { createRegistry, type Handlers, type Registry } from './ipc/registry'
import { createAuditLog } from './features/audit/audit-log'
import { readSetting } from './features/settings/settings-repo'
import { systemHandlers } from './features/system/system-handlers'
import { ensureDemoData, type DemoProgress } from './features/demo/seed-demo'

export type CounterOptions = {
  /** Default data directory (Electron's userData); SPORTELLO_DATA_DIR overrides it. */
  dataDir: string
  version: string
  /** Forced mode (`--kiosk` / `--desk`); otherwise the stored setting, otherwise desk. */
  mode?: AppMode
  /** Demo mode: fills an empty replica with demo data and creates the demo operators. */
  demo: boolean
  nativeBinding?: string
  clock?: Clock
  random?: Random
  logger?: Logger
  onDemoProgress?: (progress: DemoProgress) => void
}

export type Counter = {
  db: Knex
  registry: Registry
  info: AppInfo
  dataDir: string
  logger: Logger
  close(): Promise<void>
}

export async function startCounter(options: CounterOptions): Promise<Counter> {
  const clock = options.clock ?? systemClock
  const random = options.random ?? cryptoRandom
  const logger = options.logger ?? createLogger()
  const dataDir = resolveDataDir(options.dataDir)
  const file = databaseFile(dataDir)

  const db = openDatabase({ filename: file, nativeBinding: options.nativeBinding })
  await migrateToLatest(db)
  if (options.demo) await ensureDemoData(db, { clock, random, onProgress: options.onDemoProgress })

  const mode = options.mode ?? (await readSetting<AppMode>(db, 'mode')) ?? 'desk'
  const info: AppInfo = { mode, version: options.version, demo: options.demo }
  const audit = createAuditLog({ clock, random })

  const handlers: Handlers = {
    ...systemHandlers({ db, info, dataDir, databaseFile: file }),
  }
  const registry = createRegistry({
    handlers,
    logger,
    onRejected: ({ channel, caller, error }) =>
      audit.record(db, {
        actorKind: caller.role === null ? 'anonymous' : caller.role === 'customer' ? 'customer' : 'operator',
        actorId: caller.actorId,
        action: 'ipc.rejected',
        outcome: 'rejected',
        detail: { channel, code: error.code, transport: caller.transport },
      }),
  })

  logger.info({ dataDir, mode, demo: options.demo }, 'counter started')
  return { db, registry, info, dataDir, logger, close: () => db.destroy() }
}
