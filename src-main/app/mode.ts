// Runs in: Electron main (pure). Launch options read from the command line and the environment.
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
