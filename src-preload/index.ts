// Runs in: Electron preload (sandboxed, bundled to CJS). Exposes `window.sportello` — one named
// function per contract channel — and nothing else: never ipcRenderer, never a generic invoke.
import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from '../src-shared/ipc/bridge'

contextBridge.exposeInMainWorld(
  'sportello',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
)
