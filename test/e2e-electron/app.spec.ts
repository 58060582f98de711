// Runs in: Playwright, project `electron`. The real Electron shell around the real app: what the
// page can and cannot reach, the app:// protocol and its CSP, navigation and new windows.
// Skips, saying why, where the Electron binary is absent.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'

const root = resolve(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)

// Not require('electron'): with the binary missing, that starts a download.
function electronBinary(): string | undefined {
  const pkgDir = dirname(require.resolve('electron/package.json'))
  const pathTxt = join(pkgDir, 'path.txt')
  if (!existsSync(pathTxt)) return undefined
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkgDir, 'dist')
  const binary = join(dist, readFileSync(pathTxt, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

const executablePath = electronBinary()
const skipReason = !executablePath
  ? 'Electron binary not present (cannot be downloaded on this machine): node_modules/electron/path.txt ' +
    'or its dist/ is missing. Where GitHub is reachable run `npx install-electron`, or `npm start` once.'
  : undefined
if (skipReason) console.log(`[e2e-electron] skipped: ${skipReason}`)
test.skip(skipReason !== undefined, skipReason)

async function launch(mode: 'kiosk' | 'desk') {
  const dataDir = mkdtempSync(join(tmpdir(), 'sportello-electron-'))
  const app = await _electron.launch({
    executablePath,
    cwd: root,
    // As root (CI containers) Chromium refuses to start with its OS sandbox; the renderer
    // sandbox (`sandbox: true`) is unaffected by this switch.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), 'out/main/index.js', `--${mode}`],
    env: { ...process.env, SPORTELLO_DATA_DIR: dataDir },
  })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return { app, page, dataDir }
}

test.describe.configure({ mode: 'serial' })

test.describe('Electron shell, desk mode', () => {
  let app: ElectronApplication
  let page: Page
  let dataDir: string

  test.beforeAll(async () => {
    ;({ app, page, dataDir } = await launch('desk'))
  })
  test.afterAll(async () => {
    await app?.close()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  test('loads the UI from app://sportello, in one window', async () => {
    // Electron offers no public getter for webPreferences: the unit tests pin them, and the tests
    // below check what they mean from inside the page.
    expect(page.url()).toMatch(/^app:\/\/sportello\//)
    expect(app.windows()).toHaveLength(1)
  })

  test('the page has no Node and no ipcRenderer, only window.sportello', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
      ipcRenderer: 'ipcRenderer' in window,
      domains: Object.keys((window as unknown as { sportello: object }).sportello).sort(),
    }))
    expect(globals).toMatchObject({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: false,
    })
    expect(globals.domains).toContain('app')
  })

  test('window.sportello.app.info answers through the IPC adapter', async () => {
    const info = await page.evaluate(() =>
      (
        window as unknown as { sportello: { app: { info(i: object): Promise<unknown> } } }
      ).sportello.app.info({}),
    )
    expect(info).toMatchObject({ ok: true, value: { mode: 'desk' } })
  })

  test('app:// sends the CSP, refuses traversal, and eval is blocked', async () => {
    const answer = await page.evaluate(async () => {
      const index = await fetch('/index.html')
      const traversal = await fetch('/..%2f..%2fpackage.json')
      let evalBlocked = false
      try {
        eval('1')
      } catch {
        evalBlocked = true
      }
      return {
        csp: index.headers.get('content-security-policy'),
        traversal: traversal.status,
        evalBlocked,
      }
    })
    expect(answer.csp).toContain("default-src 'none'")
    expect(answer.traversal).toBe(403)
    expect(answer.evalBlocked).toBe(true)
  })

  test('navigation away and new windows are blocked', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.org/'
    })
    await page.waitForTimeout(500)
    expect(page.url()).toMatch(/^app:\/\/sportello\//)
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true)
    expect(app.windows()).toHaveLength(1)
  })

  test('screenshot', async () => {
    const path = test.info().outputPath('electron-desk.png')
    await page.screenshot({ path })
    await test.info().attach('electron-desk', { path, contentType: 'image/png' })
  })
})

test('kiosk mode opens a kiosk window', async () => {
  const { app, page, dataDir } = await launch('kiosk')
  try {
    expect(
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isKiosk()),
    ).toBe(true)
    const path = test.info().outputPath('electron-kiosk.png')
    await page.screenshot({ path })
  } finally {
    await app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
