// The installation's own settings: its mode (kiosk or desk) and its office (the name on its
// screens, the portal its mails link to). Written by the first-run setup, then by an admin.
import type { AppMode, OfficeSettings } from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'
import { readSetting, writeSetting } from './settings-repo'

export const MODE_KEY = 'mode'
export const OFFICE_KEY = 'office'

/** The stored mode; none on an installation that was never set up. */
export const readStoredMode = (db: Db): Promise<AppMode | undefined> =>
  readSetting<AppMode>(db, MODE_KEY)

export const writeStoredMode = (db: Db, mode: AppMode, at: Date): Promise<void> =>
  writeSetting(db, MODE_KEY, mode, at)

export async function readOfficeSettings(db: Db): Promise<OfficeSettings> {
  const stored = await readSetting<Partial<OfficeSettings>>(db, OFFICE_KEY)
  return { officeName: stored?.officeName ?? '', portalUrl: stored?.portalUrl ?? '' }
}

export const writeOfficeSettings = (db: Db, office: OfficeSettings, at: Date): Promise<void> =>
  writeSetting(db, OFFICE_KEY, office, at)

/** The portal address mails link to, or undefined: then they carry the code alone. */
export async function portalAddress(db: Db): Promise<string | undefined> {
  return (await readOfficeSettings(db)).portalUrl || undefined
}
