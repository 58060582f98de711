// Runs in: Electron main (pure). Launch options read from the command line and the environment.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { AppMode } from '../../src-shared/ipc'

/**
 * `--kiosk` or `--desk`; neither: undefined (the stored setting decides). Both: kiosk, the more
 * locked-down of the two, since an ambiguous launch at a public counter should fail closed.
 */
export function parseModeFlag(argv: readonly string[]): AppMode | undefined {
  if (argv.includes('--kiosk')) return 'kiosk'
  if (argv.includes('--desk')) return 'desk'
  return undefined
}

/**
 * Demo mode (demo data, demo operators with documented passwords, demo mailbox). From a checkout
 * it is on unless `--no-demo` or SPORTELLO_DEMO=0; an installed (packaged) build has no default
 * accounts, so there it is off unless `--demo` or SPORTELLO_DEMO=1 asks for it.
 */
export function isDemoEnabled(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  isPackaged = false,
): boolean {
  if (argv.includes('--no-demo') || env.SPORTELLO_DEMO === '0') return false
  if (argv.includes('--demo') || env.SPORTELLO_DEMO === '1') return true
  return !isPackaged
}

/**
 * better-sqlite3's binding built for Electron's ABI (scripts/start.mjs builds it), kept apart
 * from the Node one the tests use. Undefined: better-sqlite3 finds its own. Packaged builds
 * always do (electron-builder rebuilt it): there an environment variable naming a native
 * module to load would undo the NODE_OPTIONS fuse.
 */
export function resolveNativeBinding(
  env: NodeJS.ProcessEnv,
  appRoot: string,
  isPackaged: boolean,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (isPackaged) return undefined
  const fromEnv = env.SPORTELLO_SQLITE_BINDING
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  const local = join(appRoot, '.electron-native', 'better_sqlite3.node')
  return exists(local) ? local : undefined
}
