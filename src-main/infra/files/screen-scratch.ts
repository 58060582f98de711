// Temporary files a screen's customer makes (a generated PDF, a print spool file, a captured
// image): one folder per screen connection under <dataDir>/tmp, readable by this user only, and
// removed with everything in it when the customer's visit or service ends. A counter that
// stopped mid-visit (a crash, a power cut) removes what was left at its next start.
import { createHash } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

export type ScreenScratch = ReturnType<typeof createScreenScratch>

export const scratchRoot = (dataDir: string): string => join(dataDir, 'tmp')

export function createScreenScratch(dataDir: string) {
  const root = scratchRoot(dataDir)
  // A folder's name never carries the connection id itself.
  const folderOf = (connectionId: string) =>
    join(root, createHash('sha256').update(connectionId).digest('hex').slice(0, 24))

  return {
    /** The screen's folder, made on first use. */
    dirFor(connectionId: string): string {
      const dir = folderOf(connectionId)
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      return dir
    },
    /** Removes the screen's folder and everything in it. */
    wipe(connectionId: string): void {
      rmSync(folderOf(connectionId), { recursive: true, force: true })
    },
    /** Removes every screen's folder (at start: nothing of an interrupted visit survives). */
    wipeAll(): void {
      rmSync(root, { recursive: true, force: true })
    },
  }
}
