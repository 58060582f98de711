// A seeded demo data directory built once per source version and copied for each browser test,
// so every test starts from the same replica without paying for seeding again. Seeded by the
// counter's worker thread, as the app seeds it on first start.
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openDatabase } from '../../src-main/infra/db/open-database'
import { databaseFile } from '../../src-main/infra/files/data-dir'
import { silentLogger } from '../../src-main/infra/log/logger'
import { startCounterThread } from '../../src-main/worker/counter-thread'
import { counterWorkerSource } from './browser-host'

const root = resolve(import.meta.dirname, '../..')
// Everything the seeding runs through (the generator, the owners' repositories it writes with,
// the schema) and its fixed inputs: a change to any of them seeds a new template.
const inputs = ['src-main', 'src-shared', 'resources/demo']

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort()
}

function sourceHash(): string {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap((dir) => filesUnder(resolve(root, dir)))) {
    hash.update(file).update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

/** Path of a seeded data directory, made if missing. */
export async function demoTemplateDir(): Promise<string> {
  const dir = resolve(root, '.cache/demo-template', sourceHash())
  if (existsSync(join(dir, 'sportello.sqlite'))) return dir
  const staging = `${dir}.staging-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  const counter = await startCounterThread({
    ...counterWorkerSource,
    start: {
      dataDir: staging,
      version: 'template',
      demo: true,
      clock: { kind: 'system' },
      logLevel: 'silent',
    },
    logger: silentLogger,
  })
  const seeded = counter.dataDir
  await counter.close()
  // One file to copy: whatever the WAL still holds goes into the database.
  const db = openDatabase({ filename: databaseFile(seeded) })
  await db.raw('PRAGMA wal_checkpoint(TRUNCATE)')
  await db.destroy()
  try {
    renameSync(staging, dir)
  } catch (err) {
    // Another process built the same template meanwhile: theirs is as good as ours.
    if (!existsSync(join(dir, 'sportello.sqlite'))) throw err
    rmSync(staging, { recursive: true, force: true })
  }
  return dir
}

/** A fresh copy of the template for one test. */
export function copyOfDemoData(templateDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sportello-e2e-'))
  cpSync(join(templateDir, 'sportello.sqlite'), join(dir, 'sportello.sqlite'))
  return dir
}
