// The typed protocol between the counter's worker thread (counter-worker.ts) and the thread that
// spawned it (counter-thread.ts: Electron's main thread in the app, the browser host in tests).
// Everything here crosses `postMessage`, so it is structured-clone data only: no functions, no
// class instances (a Buffer arrives as a plain Uint8Array).
//
// The host port is the small set of things only the spawning thread can do: in the app,
// Electron's main thread alone reaches safeStorage (and later printing and dialogs); the worker
// asks for them by name and never imports electron. A new host service is one entry in
// `HostMethods`, one implementation in the host's `HostPort`, one caller in the worker.
import type { AppError, CounterInfo, AppMode, Result } from '../../src-shared/ipc'
import type { DemoProgress } from '../features/demo'
import type { KeyProtector } from '../infra/crypto/secret-box'
import type { Connection } from '../ipc/registry'

/** Which clock the counter runs on: the system's, or one the host moves (tests). */
export type ClockSpec = { kind: 'system' } | { kind: 'manual'; at: string }

/** How the worker starts the counter (its `workerData`): serialisable `CounterOptions`. */
export type CounterStart = {
  /** Default data directory (Electron's userData); SPORTELLO_DATA_DIR overrides it. */
  dataDir: string
  version: string
  mode?: AppMode
  demo: boolean
  clock: ClockSpec
  /** pino level of the worker's own logger (stderr); `silent` in tests. */
  logLevel?: string
  /** Name of the host's key protection (e.g. "Electron safeStorage"); none: plain Node. */
  keyProtection?: string
}

/** What the host serves to the worker. Arguments and answers are structured-clone data. */
export type HostMethods = {
  /** Wraps the secret box's data key (Electron safeStorage). */
  'keys.protect': (key: Uint8Array) => Promise<Uint8Array>
  'keys.unprotect': (blob: Uint8Array) => Promise<Uint8Array>
}
export type HostMethod = keyof HostMethods

/** The host's side: the methods it can serve, and the name of its key protection. */
export type HostPort = Partial<HostMethods> & { keyProtection?: string }

/** A host port serving a KeyProtector (Electron's safeStorage in the app). */
export function keysHostPort(protector: KeyProtector): HostPort {
  return {
    keyProtection: protector.name,
    'keys.protect': async (key) => protector.protect(Buffer.from(key)),
    'keys.unprotect': async (blob) => protector.unprotect(Buffer.from(blob)),
  }
}

/** Host → worker. */
export type ToWorker =
  | { type: 'invoke'; id: number; channel: unknown; payload: unknown; connection: Connection }
  | { type: 'reject'; id: number; channel: unknown; connection: Connection; error: AppError }
  | { type: 'host-reply'; id: number; ok: true; value: unknown }
  | { type: 'host-reply'; id: number; ok: false; message: string }
  /** Moves a manual clock (tests); ignored on the system clock. */
  | { type: 'clock'; at: string }
  /** A door the worker entry opened (bench, tests); the production entry opens none. */
  | { type: 'door'; id: number; name: string; args: unknown }
  | { type: 'close' }

/** Worker → host. */
export type FromWorker =
  | { type: 'ready'; info: CounterInfo; dataDir: string }
  | { type: 'reply'; id: number; result: Result<unknown> }
  | { type: 'door-reply'; id: number; ok: true; value: unknown }
  | { type: 'door-reply'; id: number; ok: false; message: string }
  | {
      [M in HostMethod]: {
        type: 'host-call'
        id: number
        method: M
        args: Parameters<HostMethods[M]>
      }
    }[HostMethod]
  | { type: 'demo-progress'; progress: DemoProgress }
  /** The first-run setup was stored (after its answer went): the host starts the counter again. */
  | { type: 'configured' }

/** A Buffer again, from what structured clone made of one. */
export const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
