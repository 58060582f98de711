// Sealed bytes (ID scans): a round trip, and every way a sealed file must fail to open.
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { openSecretBox, unprotectedKeys } from '../../../src-main/infra/crypto/secret-box'
import { tempDir } from '../../support/temp-db'

let dir: ReturnType<typeof tempDir>
afterEach(() => dir?.dispose())

const openBox = async () => {
  dir = tempDir()
  return openSecretBox(dir.dir, unprotectedKeys)
}

describe('secret box: sealed bytes', () => {
  it('gives back the same bytes, across a restart, and never the same ciphertext twice', async () => {
    const box = await openBox()
    const scan = randomBytes(200_000)
    const sealed = box.sealBytes(scan, 'request:42:front')
    expect(sealed[0]).toBe(0x01)
    expect(sealed.length).toBe(1 + 12 + 16 + scan.length)
    expect(sealed.includes(scan.subarray(0, 64))).toBe(false)
    expect(box.sealBytes(scan, 'request:42:front').equals(sealed)).toBe(false)
    const again = await openSecretBox(dir.dir, unprotectedKeys)
    expect(again.openBytes(sealed, 'request:42:front').equals(scan)).toBe(true)
    expect(box.openBytes(box.sealBytes(Buffer.alloc(0), 'r'), 'r').length).toBe(0)
  })

  it('refuses a tampered byte anywhere: version, IV, tag or body', async () => {
    const box = await openBox()
    const sealed = box.sealBytes(Buffer.from('front of an ID card'), 'request:42')
    for (const index of [0, 1, 12, 13, 28, 29, sealed.length - 1]) {
      const tampered = Buffer.from(sealed)
      tampered[index] = tampered[index]! ^ 0x01
      expect(() => box.openBytes(tampered, 'request:42'), `byte ${index}`).toThrow(/secret box/)
    }
    expect(() => box.openBytes(sealed.subarray(0, sealed.length - 1), 'request:42')).toThrow()
    expect(() => box.openBytes(sealed.subarray(0, 20), 'request:42')).toThrow(/unknown format/)
  })

  it('refuses another record: a scan moved to another request does not open there', async () => {
    const box = await openBox()
    const sealed = box.sealBytes(Buffer.from('front of an ID card'), 'request:42')
    expect(() => box.openBytes(sealed, 'request:43')).toThrow(/another record/)
    expect(() => box.openBytes(sealed, '')).toThrow()
    expect(() => box.sealBytes(Buffer.from('x'), '')).toThrow(/record/)
  })

  it('opens nothing under another data key', async () => {
    const box = await openBox()
    const sealed = box.sealBytes(Buffer.from('x'), 'request:1')
    const other = tempDir()
    try {
      const stranger = await openSecretBox(other.dir, unprotectedKeys)
      expect(() => stranger.openBytes(sealed, 'request:1')).toThrow()
    } finally {
      other.dispose()
    }
  })

  it('keeps the string API as it was', async () => {
    const box = await openBox()
    expect(box.open(box.seal('smtp-password'))).toBe('smtp-password')
    expect(box.seal('x').startsWith('v1.')).toBe(true)
  })
})
