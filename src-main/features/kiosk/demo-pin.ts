// Demo mode's exit PIN: published in the README, so it exists only on a demo replica. A demo start
// gives a kiosk without a PIN this one; a start without demo mode deletes it (as it disables the
// demo operators), leaving a kiosk that says it has no PIN until the first-run setup sets one.
import type { Knex } from 'knex'
import type { PasswordHasher } from '../../infra/crypto/password-hash'
import { deleteExitPin, readExitPin, writeExitPin } from './exit-pin'

/** Published (README, "Demo data and demo operators"): never on real data. */
export const DEMO_KIOSK_PIN = '246810'

export async function ensureDemoExitPin(db: Knex, hasher: PasswordHasher, at: Date) {
  if (await readExitPin(db)) return false
  await writeExitPin(db, { hash: await hasher.hash(DEMO_KIOSK_PIN), demo: true }, at)
  return true
}

export async function retireDemoExitPin(db: Knex): Promise<boolean> {
  const stored = await readExitPin(db)
  if (!stored?.demo) return false
  await deleteExitPin(db)
  return true
}
