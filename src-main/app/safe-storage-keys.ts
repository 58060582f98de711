// Runs in: Electron main. The data key of the secret box, wrapped by the OS keychain.
import { safeStorage } from 'electron'
import type { KeyProtector } from '../infra/crypto/secret-box'

export const safeStorageKeys: KeyProtector = {
  name: 'Electron safeStorage',
  protect: (key) => safeStorage.encryptString(key.toString('base64')),
  unprotect: (blob) => Buffer.from(safeStorage.decryptString(blob), 'base64'),
}
