// Playwright fixtures: each test gets its own copy of the demo replica behind a browser host.
import { rmSync } from 'node:fs'
import { test as base, expect } from '@playwright/test'
import type { AppMode } from '../../src-shared/ipc'
import { silentLogger } from '../../src-main/infra/log/logger'
import { startBrowserHost, type BrowserHost } from '../support/browser-host'
import { copyOfDemoData, demoTemplateDir } from '../support/demo-template'

type Fixtures = { mode: AppMode; host: BrowserHost }

export const test = base.extend<Fixtures>({
  mode: ['kiosk', { option: true }],
  host: async ({ mode }, use) => {
    const dataDir = copyOfDemoData(await demoTemplateDir())
    const host = await startBrowserHost({ dataDir, mode, logger: silentLogger })
    await use(host)
    await host.close()
    rmSync(dataDir, { recursive: true, force: true })
  },
  baseURL: async ({ host }, use) => use(host.url),
})

export { expect }
