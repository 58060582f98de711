// One-time secrets: long tokens for links, short codes for typing at a kiosk, and the hashes
// that are all the database ever holds of them.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Random } from './random'

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex')

/** 32 bytes = 256 bits, url-safe: for links and session ids. */
export const newToken = (random: Random): string => random.token(32)

/** A short numeric code a customer can type on a touch screen. */
export function newCode(random: Random, digits = 6): string {
  return String(random.int(0, 10 ** digits)).padStart(digits, '0')
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
