// `npm start` without the Electron binary: it runs Electron's own installer, and when that cannot
// download, it stops with what to do instead. The "mirror" is a real HTTP server on 127.0.0.1
// that answers 404, so the installer's download is observed and fails at once, on any machine.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const electronInstalled = existsSync(resolve(root, 'node_modules/electron/path.txt'))
if (electronInstalled) console.log('[start.test] skipped: the Electron binary is installed here')

describe.skipIf(electronInstalled)('npm start without the Electron binary', () => {
  const requested: string[] = []
  const mirror = createServer((req, res) => {
    requested.push(req.url ?? '')
    res.writeHead(404).end()
  })
  let mirrorUrl = ''
  beforeAll(async () => {
    await new Promise<void>((done) => mirror.listen(0, '127.0.0.1', done))
    mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`
  })
  afterAll(() => new Promise<void>((done) => mirror.close(() => done())))

  it('tries install-electron, then says how to get Electron or use the browser', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: {
        ...process.env,
        ELECTRON_MIRROR: mirrorUrl,
        electron_config_cache: resolve(root, '.cache', 'electron-start-test'),
      },
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const code = await new Promise<number | null>((done) => child.on('exit', done))

    expect(code).toBe(1)
    expect(requested.some((url) => /electron-v\d+\.\d+\.\d+-.*\.zip$/.test(url))).toBe(true)
    expect(output).toContain('installing the Electron binary')
    expect(output).toContain('npx install-electron')
    expect(output).toContain('npm run start:browser')
    // It stopped before building: nothing else ran.
    expect(output).not.toContain('electron-vite build')
  })
})
