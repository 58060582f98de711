// Runs in: Electron main. The data key of the secret box, wrapped by the OS keychain. The counter
// runs in a worker thread, which cannot reach safeStorage: it asks for these over the host port
// (src-main/worker/host-port.ts).
import { safeStorage } from 'electron'
import type { KeyProtector } from '../infra/crypto/secret-box'

export const safeStorageKeys: KeyProtector = {
  name: 'Electron safeStorage',
  protect: async (key) => safeStorage.encryptString(key.toString('base64')),
  unprotect: async (blob) => Buffer.from(safeStorage.decryptString(blob), 'base64'),
}
