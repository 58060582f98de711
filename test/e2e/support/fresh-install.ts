// A freshly installed counter: an empty data directory, no demo data, no mode asked for. Its
// first screen is the first-run setup (SetupPage).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { builtCounterWorker, startBrowserHost } from '../../support/browser-host'
import { test } from './app-test'

export const freshInstall = test.extend({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'sportello-fresh-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  host: async ({ dataDir }, use) => {
    const host = await startBrowserHost({
      dataDir,
      demo: false,
      worker: builtCounterWorker,
      logger: silentLogger,
    })
    await use(host)
    await host.close()
  },
})
