// `npm run start:browser` on a port already in use: one line that says what to do, exit code 1,
// no stack trace, and no counter started (it is asked before the demo data would be made).
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')

describe('start:browser on a port in use', () => {
  const taken = createServer()
  let port = 0
  const dataDir = mkdtempSync(join(tmpdir(), 'sportello-port-'))
  beforeAll(async () => {
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done))
    port = (taken.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise<void>((done) => taken.close(() => done()))
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('says so in one line and exits 1', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-browser.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), SPORTELLO_DATA_DIR: dataDir },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise<number | null>((done) => child.on('exit', done))
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([
      `Port ${port} is in use (another Sportello?). Stop it, or choose another port: PORT=${port + 1} npm run start:browser`,
    ])
    expect(stdout).toBe('')
    // Nothing was started: no database in the data directory.
    expect(readdirSync(dataDir)).toEqual([])
  })
})
