// Real SQLite files in a temp directory, removed after the test.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Knex } from 'knex'
import { openDatabase } from '../../src-main/infra/db/open-database'

export type TempDb = { db: Knex; dir: string; file: string; dispose(): Promise<void> }

export function tempDir(prefix = 'sportello-test-'): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) }
}

export function openTempDb(): TempDb {
  const { dir, dispose } = tempDir()
  const file = join(dir, 'sportello.sqlite')
  const db = openDatabase({ filename: file })
  return {
    db,
    dir,
    file,
    async dispose() {
      await db.destroy()
      dispose()
    },
  }
}
