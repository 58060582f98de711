// The kiosk's operator exit PIN at rest: its scrypt hash (the KDF of passwords, never the PIN)
// in the settings' key-value store, marked when it is demo mode's published one.
import { deleteSetting, readSetting, writeSetting } from '../settings'
import type { Db } from '../../infra/db/open-database'

const PIN_KEY = 'kiosk.exitPin'

export type StoredExitPin = { hash: string; demo: boolean }

export async function readExitPin(db: Db): Promise<StoredExitPin | undefined> {
  return readSetting<StoredExitPin>(db, PIN_KEY)
}

export async function writeExitPin(db: Db, pin: StoredExitPin, at: Date): Promise<void> {
  await writeSetting(db, PIN_KEY, pin, at)
}

export async function deleteExitPin(db: Db): Promise<void> {
  await deleteSetting(db, PIN_KEY)
}
