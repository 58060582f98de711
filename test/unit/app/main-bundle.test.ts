// The main build emits two entries: index.js (Electron's main thread: windows, protocol, guards,
// the IPC relay) and counter-worker.js (the counter's worker thread). Builds them in memory with
// the project's electron.vite.config.ts and checks what each one loads: the main thread never
// carries SQLite, knex or the mail stack; the worker never imports electron. And the built worker
// starts and serves under plain Node (Electron's binary cannot run here; its Node can).
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { resolveConfig } from 'electron-vite'
import { build, type Rolldown } from 'vite'
import { describe, expect, it, vi } from 'vitest'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { startCounterThread } from '../../../src-main/worker/counter-thread'
import { tempDir } from '../../support/temp-db'

vi.mock('electron', () => ({}))

const root = resolve(import.meta.dirname, '../../..')

async function buildMain(outDir?: string): Promise<Rolldown.OutputChunk[]> {
  const { config } = await resolveConfig(
    { root, configFile: resolve(root, 'electron.vite.config.ts'), logLevel: 'silent' },
    'build',
    'production',
  )
  const main = config?.main
  if (!main) throw new Error('electron.vite.config.ts has no main entry')
  const result = await build({
    ...main,
    logLevel: 'silent',
    build: { ...main.build, ...(outDir ? { outDir, emptyOutDir: true } : { write: false }) },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
  return outputs
    .flatMap((out) => out.output)
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk')
}

/** Every module a chunk loads, following its imports of other chunks. */
function loadedBy(chunks: Rolldown.OutputChunk[], fileName: string): Set<string> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const seen = new Set<string>()
  const modules = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    const chunk = byName.get(name)
    if (!chunk) return
    for (const imported of [...chunk.imports, ...chunk.dynamicImports]) {
      if (byName.has(imported)) visit(imported)
      else modules.add(imported)
    }
  }
  visit(fileName)
  return modules
}

describe('main bundle', () => {
  it('has the worker as its own entry; only the worker loads the counter, only main electron', async () => {
    const chunks = await buildMain()
    const entries = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName)
    expect(entries.sort()).toEqual(['counter-worker.js', 'index.js'])

    const main = loadedBy(chunks, 'index.js')
    expect(main).toContain('electron')
    expect(main).toContain('node:worker_threads')
    for (const heavy of ['better-sqlite3', 'knex', 'smtp-server', 'nodemailer', 'pdf-lib'])
      expect(main, heavy).not.toContain(heavy)

    const worker = loadedBy(chunks, 'counter-worker.js')
    expect(worker).toContain('knex')
    expect(worker).not.toContain('electron')
  }, 60_000)

  it('the built worker starts the counter and answers through the counter thread', async () => {
    // Inside the project, so that the bundle's bare imports resolve to node_modules.
    const outDir = resolve(root, '.cache/main-bundle-test', String(process.pid))
    const data = tempDir()
    try {
      await buildMain(outDir)
      const thread = await startCounterThread({
        entry: join(outDir, 'counter-worker.js'),
        start: {
          dataDir: data.dir,
          version: 'built',
          demo: false,
          clock: { kind: 'system' },
          logLevel: 'silent',
        },
        logger: silentLogger,
      })
      try {
        expect(thread.info).toEqual({ mode: 'setup', version: 'built', demo: false })
        const result = await thread.invoke('app:info', {}, { transport: 't', connectionId: 'c' })
        expect(result.ok).toBe(true)
      } finally {
        await thread.close()
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true })
      data.dispose()
    }
  }, 60_000)
})
