// Runs in: Electron main. Carries `window.sportello` calls from ipcMain to the registry, after
// checking who sent them: only the app's own main frame, in the app origin, may call.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channels, fail, type Channel, type Result } from '../../src-shared/ipc'
import type { Connection, Registry } from '../ipc/registry'
import { ELECTRON_TRANSPORT } from '../ipc/transports'
import { appOrigin, isAppUrl } from './app-origin'

export type FrameLike = {
  readonly url: string
  readonly origin?: string
  readonly parent: unknown
  readonly detached?: boolean
}

/**
 * The sender must be a live frame, the main frame of its webContents (no iframe, no child
 * window's subframe), showing an app:// page of the app origin.
 */
export function checkSender(
  frame: FrameLike | null | undefined,
  mainFrame: FrameLike | null | undefined,
): boolean {
  try {
    if (frame === null || frame === undefined || mainFrame === null || mainFrame === undefined)
      return false
    if (frame !== mainFrame || frame.parent !== null || frame.detached === true) return false
    return isAppUrl(frame.url) && frame.origin === appOrigin
  } catch {
    // A disposed frame throws on access.
    return false
  }
}

/**
 * Which renderer connection a call came from: one webContents is one connection (its ids are
 * never reused while the app runs). The registry resolves the session from it, in main only.
 */
export function connectionFor(event: IpcMainInvokeEvent): Connection {
  return { transport: ELECTRON_TRANSPORT, connectionId: `webcontents-${event.sender.id}` }
}

/** A foreign sender never gets the app's connection id (and so never its session). */
function foreignConnection(event: IpcMainInvokeEvent): Connection {
  let id = 'unknown'
  try {
    id = String(event.sender.id)
  } catch {
    // no webContents to name
  }
  return { transport: ELECTRON_TRANSPORT, connectionId: `foreign-${id}` }
}

function senderIsTrusted(event: IpcMainInvokeEvent): boolean {
  try {
    return checkSender(event.senderFrame, event.sender.mainFrame)
  } catch {
    return false
  }
}

/**
 * One `ipcMain.handle` per contract channel. Returns a function that removes them. `afterSuccess`
 * runs, before the answer goes back, after every call main answered ok (the shell's part of
 * ending a customer's visit, screen-wipe.ts; the customer display's window, customer-window.ts).
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  registry: Registry,
  options: {
    identify?: (event: IpcMainInvokeEvent) => Connection
    afterSuccess?: (channel: Channel, event: IpcMainInvokeEvent, value: unknown) => Promise<void>
  } = {},
): () => void {
  const identify = options.identify ?? connectionFor
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      try {
        if (!senderIsTrusted(event)) {
          return await registry.reject(channel, foreignConnection(event), {
            code: 'FOREIGN_SENDER',
          })
        }
        const result = await registry.invoke(channel, payload, identify(event))
        if (result.ok) await options.afterSuccess?.(channel, event, result.value)
        return result
      } catch {
        // Never let an exception (and its message) cross to the renderer.
        return fail('INTERNAL')
      }
    })
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
}
