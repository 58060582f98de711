import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  openSecretBox,
  unprotectedKeys,
  type KeyProtector,
} from '../../../src-main/infra/crypto/secret-box'
import { tempDir } from '../../support/temp-db'

let dir: ReturnType<typeof tempDir>
afterEach(() => dir?.dispose())

describe('secret box', () => {
  it('seals and opens, never the same ciphertext twice, with the key kept across restarts', async () => {
    dir = tempDir()
    const box = await openSecretBox(dir.dir, unprotectedKeys)
    const a = box.seal('smtp-password-è€')
    expect(a).not.toContain('smtp-password')
    expect(box.seal('smtp-password-è€')).not.toBe(a)
    expect((await openSecretBox(dir.dir, unprotectedKeys)).open(a)).toBe('smtp-password-è€')
    expect(statSync(join(dir.dir, 'keys', 'data-key.bin')).mode & 0o077).toBe(0)
  })

  it('refuses a tampered ciphertext', async () => {
    dir = tempDir()
    const box = await openSecretBox(dir.dir, unprotectedKeys)
    const [v, iv, tag, body] = box.seal('segreto').split('.')
    const flipped = Buffer.from(body!, 'base64url')
    flipped[0] = flipped[0]! ^ 1
    expect(() => box.open([v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow()
  })

  it('stores the data key only in the protected form', async () => {
    dir = tempDir()
    const xor: KeyProtector = {
      name: 'test',
      protect: async (k) => Buffer.from(k.map((b) => b ^ 0xaa)),
      unprotect: async (k) => Buffer.from(k.map((b) => b ^ 0xaa)),
    }
    const sealed = (await openSecretBox(dir.dir, xor)).seal('x')
    const onDisk = readFileSync(join(dir.dir, 'keys', 'data-key.bin'))
    const plain = await openSecretBox(dir.dir, unprotectedKeys)
    expect(() => plain.open(sealed)).toThrow()
    expect((await openSecretBox(dir.dir, xor)).open(sealed)).toBe('x')
    expect(onDisk.length).toBe(32)
  })
})
