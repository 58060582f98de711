// The stand-in hash a sign-in checks when there is no such subject: no password opens it, and
// checking it costs one derivation with the hasher's own parameters, like a real hash.
import type * as NodeCrypto from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { createPasswordHasher } from '../../../src-main/infra/crypto/password-hash'

/** The options of every scrypt derivation the hasher runs. */
const derivations = vi.hoisted(() => [] as unknown[])
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeCrypto>()
  const scrypt = ((...args: Parameters<typeof actual.scrypt>) => {
    derivations.push(args[3])
    return (actual.scrypt as (...a: unknown[]) => void)(...args)
  }) as typeof actual.scrypt
  return { ...actual, scrypt, default: { ...actual, scrypt } }
})

const params = { N: 2 ** 10, r: 8, p: 1 }

describe('the stand-in hash', () => {
  it('has the shape and the parameters of a real hash, and a fresh salt each time', async () => {
    const hasher = createPasswordHasher(params)
    const real = await hasher.hash('Qualsiasi-Cosa-26!')
    const [a, b] = [hasher.standIn(), hasher.standIn()]
    const shape = (h: string) => h.split('$').map((part, i) => (i < 4 ? part : part.length))
    expect(shape(a)).toEqual(shape(real))
    expect(a).not.toBe(b)
    expect(hasher.needsRehash(a)).toBe(false)
  })

  it('opens for no password, and costs one scrypt derivation to check', async () => {
    const hasher = createPasswordHasher(params)
    derivations.length = 0
    const standIn = hasher.standIn()
    expect(derivations).toHaveLength(0)
    for (const guess of ['', 'password', 'Qualsiasi-Cosa-26!'])
      expect(await hasher.verify(guess, standIn)).toBe(false)
    expect(derivations).toHaveLength(3)
    expect(derivations[0]).toMatchObject(params)
  })
})
