// Password hashing with scrypt. The hash string carries its own parameters, so a rise in policy
// can be detected (`needsRehash`) and old hashes keep verifying. node:crypto's async scrypt runs
// on libuv's thread pool, never on the main process's event loop.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

export type ScryptParams = { N: number; r: number; p: number }

/** SECURITY.md: N=2^17, r=8, p=1. */
export const currentParams: ScryptParams = { N: 2 ** 17, r: 8, p: 1 }

const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r }
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )
}

export async function hashPassword(password: string, params = currentParams): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, params)
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`
}

function parse(hash: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = hash.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  if (![N, r, p].every(Number.isSafeInteger)) return null
  return {
    params: { N, r, p },
    salt: Buffer.from(parts[4]!, 'base64'),
    key: Buffer.from(parts[5]!, 'base64'),
  }
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parsed = parse(hash)
  if (!parsed) return false
  const key = await derive(password, parsed.salt, parsed.params)
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key)
}

export function needsRehash(hash: string, params = currentParams): boolean {
  const parsed = parse(hash)
  return (
    !parsed ||
    parsed.params.N < params.N ||
    parsed.params.r < params.r ||
    parsed.params.p < params.p
  )
}

/** The hasher as a collaborator: production uses `currentParams`; tests may pass cheaper ones. */
export type PasswordHasher = {
  hash(password: string): Promise<string>
  verify(password: string, hash: string): Promise<boolean>
  needsRehash(hash: string): boolean
  /**
   * A hash that no password opens (a random key under a random salt) and that costs exactly one
   * derivation to check: what a sign-in verifies against when there is no such subject. Made
   * without running scrypt.
   */
  standIn(): string
}

export function createPasswordHasher(params: ScryptParams = currentParams): PasswordHasher {
  return {
    hash: (password) => hashPassword(password, params),
    verify: verifyPassword,
    needsRehash: (hash) => needsRehash(hash, params),
    standIn: () =>
      `scrypt$${params.N}$${params.r}$${params.p}$${randomBytes(16).toString('base64')}$${randomBytes(KEY_LENGTH).toString('base64')}`,
  }
}
