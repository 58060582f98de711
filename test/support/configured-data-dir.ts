// A data directory whose installation is already set up (as the first-run setup leaves it): a
// counter started on it without demo mode serves its mode instead of the setup. For tests and
// benchmarks of a configured counter; test/integration/setup covers the setup itself.
import { writeStoredMode, writeOfficeSettings } from '../../src-main/features/settings'
import { migrateToLatest, openDatabase } from '../../src-main/infra/db/open-database'
import { databaseFile, resolveDataDir } from '../../src-main/infra/files/data-dir'
import type { AppMode } from '../../src-shared/ipc'

export async function configureDataDir(dataDir: string, mode: AppMode): Promise<string> {
  const db = openDatabase({ filename: databaseFile(resolveDataDir(dataDir, {})) })
  try {
    await migrateToLatest(db)
    const now = new Date()
    await writeStoredMode(db, mode, now)
    await writeOfficeSettings(
      db,
      { officeName: 'Sportello di prova', portalUrl: '', timeZone: 'Europe/Rome' },
      now,
    )
  } finally {
    await db.destroy()
  }
  return dataDir
}
