// Browser side of the test transport: builds `window.sportello` exactly as the Electron preload
// does, but carries each call over HTTP to the browser host instead of ipcRenderer. The host
// hands the page, in <meta name="sportello-host">, the run's key and this page load's connection
// id (one per load, as one webContents is one connection in Electron); every call carries both.
/// <reference lib="dom" />
import { createBridge } from '../../src-shared/ipc/bridge'
import type { Result } from '../../src-shared/ipc/result'

declare global {
  interface Window {
    sportello: ReturnType<typeof createBridge>
  }
}

const meta = document.querySelector<HTMLMetaElement>('meta[name="sportello-host"]')
const key = meta?.dataset.key ?? ''
const connectionId = meta?.dataset.connection ?? ''
// The app's own page holds nothing of the door.
meta?.remove()

window.sportello = createBridge(async (channel, input) => {
  const response = await fetch('/__host/ipc', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-sportello-host-key': key,
      'x-sportello-connection': connectionId,
    },
    body: JSON.stringify({ channel, input }),
  })
  return (await response.json()) as Result<unknown>
})
