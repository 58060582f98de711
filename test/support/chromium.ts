// Finds a Chromium for the browser suite: CHROMIUM_PATH, Debian's, or Playwright's own install.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    safe(() => chromium.executablePath()),
  ]
  const found = candidates.find((path): path is string => !!path && existsSync(path))
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian: `apt-get install -y chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium/Chrome executable.',
    )
  }
  return found
}

function safe(get: () => string): string | undefined {
  try {
    return get()
  } catch {
    return undefined
  }
}

/** Flags that let Chromium run here: no sandbox as root, no network chatter on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
