// Runs in: Electron main. The shell's part of ending a customer's visit (kiosk) or service
// (desk): what only Electron can reach of the window that asked — its session partition's
// storage and cache, its navigation history — and the system clipboard. The counter ends the
// session and removes the screen's temporary files; the page clears its own storage and reloads.
import type { Channel } from '../../src-shared/ipc'
import type { Clipboard, WebContents } from 'electron'

/** Calls whose success ends a customer's visit or service on the window that made them. */
export const visitEndingChannels: ReadonlySet<Channel> = new Set<Channel>([
  'session:end-visit',
  'customers:end-service',
  'session:logout',
])

export type WipeableContents = Pick<WebContents, 'session' | 'navigationHistory'>

export async function wipeScreen(
  contents: WipeableContents,
  clipboard: Pick<Clipboard, 'clear'>,
): Promise<void> {
  // Local storage, IndexedDB, Cache Storage, cookies, service workers: every storage of the
  // window's partition (its session storage the page clears itself, before it reloads).
  await contents.session.clearStorageData()
  await contents.session.clearCache()
  // Back (a mouse's side button, Alt+Left) must not return to a customer's page.
  contents.navigationHistory.clear()
  clipboard.clear()
}
