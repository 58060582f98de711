// Browser side of the test transport: builds `window.sportello` exactly as the Electron preload
// does, but carries each call over HTTP to the browser host instead of ipcRenderer. The host
// hands the page, in <meta name="sportello-host">, the run's key and a connection id it issued
// (one per tab, kept across reloads, as one webContents is one connection in Electron); every
// call carries both.
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
// A reload of this tab stays the same connection, as a reload keeps its webContents in the app
// (so a signed-in operator stays signed in, and main's per-connection limits hold); a new tab
// gets the id its load was issued. The id is held in memory and written to sessionStorage at
// load and again as the page goes: the end of a visit clears sessionStorage before it reloads.
const STORED = 'sportello-host-connection'
const connectionId = sessionStorage.getItem(STORED) ?? meta?.dataset.connection ?? ''
const keepConnection = () => {
  try {
    sessionStorage.setItem(STORED, connectionId)
  } catch {
    // Storage refused: the next load is a new connection, as a new tab is.
  }
}
keepConnection()
window.addEventListener('pagehide', keepConnection)
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
