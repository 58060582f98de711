// Secrets at rest (SMTP password, outbox codes; ID scans as bytes, each bound to its record):
// AES-256-GCM under one data key. The data key lives in the data directory wrapped by a
// KeyProtector: Electron's safeStorage in the app (OS keychain / DPAPI / libsecret), so a copied
// data directory alone opens nothing. Plain Node (tests, the browser host) has no keychain: there
// the key file is stored unwrapped, readable by its owner only, and the log says so.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export type KeyProtector = {
  /** Shown in logs: which protection the data key has. */
  name: string
  /**
   * Asynchronous: in the app the counter runs in a worker thread and asks Electron's main thread,
   * which alone can reach safeStorage (src-main/worker/host-port.ts).
   */
  protect(key: Buffer): Promise<Buffer>
  unprotect(blob: Buffer): Promise<Buffer>
}

/** No keychain (plain Node): the key is kept as is, in a file only its owner can read. */
export const unprotectedKeys: KeyProtector = {
  name: 'none (file permissions only)',
  protect: async (key) => key,
  unprotect: async (blob) => blob,
}

export type SecretBox = {
  seal(plain: string): string
  open(sealed: string): string
  /**
   * Files (ID scans): version byte, 12-byte IV, 16-byte tag, body. `aad` names the record the
   * bytes belong to (a request's id): authenticated, not stored, so a sealed scan copied to
   * another record never opens there. Throws on a tampered byte or another `aad`.
   */
  sealBytes(plain: Buffer, aad: string): Buffer
  openBytes(sealed: Buffer, aad: string): Buffer
}

const VERSION = 'v1'
const BYTES_VERSION = 0x01
const IV_LENGTH = 12
const TAG_LENGTH = 16
const BYTES_HEADER = 1 + IV_LENGTH + TAG_LENGTH

/** The record's name, with the format's version so that a v2 can never read a v1 body as its own. */
function bytesAad(aad: string): Buffer {
  if (aad.length === 0) throw new Error('secret box: sealed bytes need the record they belong to')
  return Buffer.concat([Buffer.from([BYTES_VERSION]), Buffer.from(aad, 'utf8')])
}

export async function openSecretBox(dataDir: string, protector: KeyProtector): Promise<SecretBox> {
  const key = await loadOrCreateDataKey(join(dataDir, 'keys'), protector)
  return {
    seal(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return [VERSION, iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.')
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.')
      if (version !== VERSION || !iv || !tag || body === undefined)
        throw new Error('secret box: unknown format')
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8')
    },
    sealBytes(plain, aad) {
      const iv = randomBytes(IV_LENGTH)
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH })
      cipher.setAAD(bytesAad(aad))
      const body = Buffer.concat([cipher.update(plain), cipher.final()])
      return Buffer.concat([Buffer.from([BYTES_VERSION]), iv, cipher.getAuthTag(), body])
    },
    openBytes(sealed, aad) {
      if (sealed.length < BYTES_HEADER || sealed[0] !== BYTES_VERSION)
        throw new Error('secret box: unknown format')
      const iv = sealed.subarray(1, 1 + IV_LENGTH)
      const tag = sealed.subarray(1 + IV_LENGTH, BYTES_HEADER)
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH })
      decipher.setAAD(bytesAad(aad))
      decipher.setAuthTag(tag)
      const plain = decipher.update(sealed.subarray(BYTES_HEADER))
      try {
        decipher.final()
      } catch {
        // Nothing of an unauthenticated body leaves this function.
        plain.fill(0)
        throw new Error('secret box: the sealed bytes were altered or belong to another record')
      }
      return plain
    },
  }
}

async function loadOrCreateDataKey(dir: string, protector: KeyProtector): Promise<Buffer> {
  const file = join(dir, 'data-key.bin')
  if (existsSync(file)) {
    const key = await protector.unprotect(readFileSync(file))
    if (key.length !== 32) throw new Error('secret box: the data key is damaged')
    return key
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const key = randomBytes(32)
  // Written aside, then renamed: a crash never leaves half a key behind.
  const staging = `${file}.${process.pid}.tmp`
  writeFileSync(staging, await protector.protect(key), { mode: 0o600 })
  chmodSync(staging, 0o600)
  renameSync(staging, file)
  return key
}
