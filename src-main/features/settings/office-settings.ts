// The installation's own settings: its mode (kiosk or desk) and its office (the name on its
// screens, the portal its mails link to, the time zone of its clock). Written by the first-run setup, then by an admin.
import { DEFAULT_TIME_ZONE, type AppMode, type OfficeSettings } from '../../../src-shared/ipc'
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
  return {
    officeName: stored?.officeName ?? '',
    portalUrl: stored?.portalUrl ?? '',
    timeZone: stored?.timeZone ?? DEFAULT_TIME_ZONE,
  }
}

export const writeOfficeSettings = (db: Db, office: OfficeSettings, at: Date): Promise<void> =>
  writeSetting(db, OFFICE_KEY, office, at)

/** What a mail needs of the office: the portal its links open (none: the code alone), its clock. */
export async function officeForMail(db: Db): Promise<{ portal?: string; timeZone: string }> {
  const { portalUrl, timeZone } = await readOfficeSettings(db)
  return { ...(portalUrl ? { portal: portalUrl } : {}), timeZone }
}
