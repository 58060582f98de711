// Playwright fixtures: each test gets its own copy of the demo replica behind a browser host.
// Each host runs the counter in its worker thread, as the app does, from the build under test
// (out/main, beside the renderer it serves). Options: `clockAt` gives the hosts a clock the test
// moves by hand (`clock.advance(ms)` moves every host's worker); a test
// that asks for `deskHost` / `deskPage` also gets a second counter in desk mode on the SAME data
// directory (two counters on one SQLite file, as in an office: WAL and busy_timeout make it
// work), with an operator's browser window of its own. Each browser context carries the host's
// key cookie, as a browser that opened the printed URL (`host.url`, with `?k=`) does: so
// `page.goto('/')` against the bare origin loads the page, and the bridge calls with the key.
import { rmSync } from 'node:fs'
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'
import type { AppMode } from '../../src-shared/ipc'
import { manualClock } from '../../src-main/infra/clock/clock'
import { silentLogger } from '../../src-main/infra/log/logger'
import { builtCounterWorker, startBrowserHost, type BrowserHost } from '../support/browser-host'
import { copyOfDemoData, demoTemplateDir } from '../support/demo-template'

/** The test's clock: moving it moves the clock of every counter worker that follows it. */
export type ManualClock = ReturnType<typeof manualClock> & {
  follow(host: Pick<BrowserHost, 'setClock'>): void
}

function sharedManualClock(at: string): ManualClock {
  const clock = manualClock(at)
  const hosts: Pick<BrowserHost, 'setClock'>[] = []
  // Posted to the workers at once: a call the test makes next reaches them after it.
  const tell = () => hosts.forEach((host) => host.setClock(clock.now()))
  return {
    now: clock.now,
    set: (to) => (clock.set(to), tell()),
    advance: (ms) => (clock.advance(ms), tell()),
    follow: (host) => void hosts.push(host),
  }
}

/** What a browser that opened `host.url` keeps: the key cookie for the host's origin. */
async function openedBy(context: BrowserContext, host: BrowserHost): Promise<void> {
  await context.addCookies([
    { ...host.keyCookie, url: host.origin, httpOnly: true, sameSite: 'Strict' },
  ])
}

/** An operator's monitor. */
export const deskScreen = { viewport: { width: 1280, height: 800 } } as const

type Options = {
  mode: AppMode
  /** Start the hosts on a hand-moved clock at this instant; `null`: the real clock. */
  clockAt: string | null
}

type Fixtures = {
  dataDir: string
  clock: ManualClock | null
  host: BrowserHost
  deskHost: BrowserHost
  deskPage: Page
}

export const test = base.extend<Options & Fixtures>({
  mode: ['kiosk', { option: true }],
  clockAt: [null, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = copyOfDemoData(await demoTemplateDir())
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  clock: async ({ clockAt }, use) => use(clockAt === null ? null : sharedManualClock(clockAt)),
  host: async ({ mode, dataDir, clock }, use) => {
    const host = await startBrowserHost({
      dataDir,
      mode,
      worker: builtCounterWorker,
      logger: silentLogger,
      clockAt: clock?.now().toISOString(),
    })
    clock?.follow(host)
    await use(host)
    await host.close()
  },
  deskHost: async ({ host, dataDir, clock }, use) => {
    // After `host`, so that the first counter has migrated and seeded the file.
    void host
    const desk = await startBrowserHost({
      dataDir,
      mode: 'desk',
      worker: builtCounterWorker,
      logger: silentLogger,
      clockAt: clock?.now().toISOString(),
    })
    clock?.follow(desk)
    await use(desk)
    await desk.close()
  },
  deskPage: async ({ browser, deskHost }, use) => {
    const context = await browser.newContext({
      ...deskScreen,
      locale: 'it-IT',
      reducedMotion: 'reduce',
      baseURL: deskHost.origin,
    })
    await openedBy(context, deskHost)
    const page = await context.newPage()
    await use(page)
    await context.close()
  },
  context: async ({ context, host }, use) => {
    await openedBy(context, host)
    await use(context)
  },
  baseURL: async ({ host }, use) => use(host.origin),
})

export { expect }
