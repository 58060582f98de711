// Stand-ins for the bits of Electron the shell touches, recording what was registered so tests
// can call the listeners the way Electron would.
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }
  /** Calls every listener of `event`; returns the event object so preventDefault can be checked. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
}

export function fakeEvent<T extends object>(fields: T = {} as T) {
  return { preventDefault: vi.fn(), ...fields }
}

export class FakeSession extends FakeEmitter {
  permissionRequestHandler: Listener | null = null
  permissionCheckHandler: Listener | null = null
  devicePermissionHandler: Listener | null = null
  setPermissionRequestHandler(handler: Listener | null) {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: Listener | null) {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: Listener | null) {
    this.devicePermissionHandler = handler
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: Listener | null = null
  readonly session = new FakeSession()
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler
  }
}
