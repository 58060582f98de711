// The one-time setup key of an unconfigured installation: written to a file in the data
// directory, readable by the machine's administrator only (0600), never logged. Typing it proves
// the person at the screen can read that directory; the setup then deletes it.
import { createHash, timingSafeEqual } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Random } from '../../infra/crypto/random'

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789' // no 0/O, 1/I: read off a screen, typed
const GROUPS = 5
const GROUP_LENGTH = 4

export const setupKeyFile = (dataDir: string): string => join(dataDir, 'setup-key.txt')

/** The key of this installation, made on its first unconfigured start and kept until setup ends. */
export function ensureSetupKey(dataDir: string, random: Random): string {
  const file = setupKeyFile(dataDir)
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').match(/[A-Z0-9-]{19,}/)?.[0]
    if (stored) return stored
  }
  const key = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[random.int(0, ALPHABET.length)]).join(''),
  ).join('-')
  writeFileSync(file, `Sportello: chiave di prima configurazione / first-run setup key\n${key}\n`, {
    mode: 0o600,
  })
  chmodSync(file, 0o600)
  return key
}

/** Compares a typed key (already without dashes, upper case) in constant time. */
export function isSetupKey(expected: string, typed: string): boolean {
  const digest = (text: string) =>
    createHash('sha256').update(text.replace(/-/g, '').toUpperCase()).digest()
  return timingSafeEqual(digest(expected), digest(typed))
}

export function removeSetupKey(dataDir: string): void {
  rmSync(setupKeyFile(dataDir), { force: true })
}
