// Browser side of the test transport: builds `window.sportello` exactly as the Electron preload
// does, but carries each call over HTTP to the browser host instead of ipcRenderer.
/// <reference lib="dom" />
import { createBridge } from '../../src-shared/ipc/bridge'
import type { Result } from '../../src-shared/ipc/result'

declare global {
  interface Window {
    sportello: ReturnType<typeof createBridge>
  }
}

// One connection per page load, as one webContents is one connection in Electron.
const connectionId = crypto.randomUUID()

window.sportello = createBridge(async (channel, input) => {
  const response = await fetch('/__host/ipc', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sportello-connection': connectionId },
    body: JSON.stringify({ channel, input }),
  })
  return (await response.json()) as Result<unknown>
})
