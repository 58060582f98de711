// How long a customer's screen may stay untouched before its visit (kiosk) or service (desk)
// ends: an admin's setting, read live by every screen (app:info) and by the sessions in main.
import {
  DEFAULT_SESSION_TIMEOUTS,
  sessionTimeoutsSchema,
  type SessionTimeouts,
} from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'
import { readSetting, writeSetting } from './settings-repo'

export const TIMEOUTS_KEY = 'session-timeouts'

export async function readSessionTimeouts(db: Db): Promise<SessionTimeouts> {
  const parsed = sessionTimeoutsSchema.safeParse(await readSetting<unknown>(db, TIMEOUTS_KEY))
  return parsed.success ? parsed.data : DEFAULT_SESSION_TIMEOUTS
}

export const writeSessionTimeouts = (db: Db, timeouts: SessionTimeouts, at: Date): Promise<void> =>
  writeSetting(db, TIMEOUTS_KEY, timeouts, at)
