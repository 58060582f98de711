// Randomness as a collaborator (CSPRNG by default), so tests can make ids predictable if needed.
import { randomBytes, randomInt, randomUUID } from 'node:crypto'

export type Random = {
  uuid(): string
  /** `bytes` random bytes, base64url-encoded: 16 bytes = 128 bits. */
  token(bytes?: number): string
  int(minInclusive: number, maxExclusive: number): number
}

export const cryptoRandom: Random = {
  uuid: () => randomUUID(),
  token: (bytes = 32) => randomBytes(bytes).toString('base64url'),
  int: (min, max) => randomInt(min, max),
}
