// Runs in: Electron main. Deny by default: navigation away from app://sportello, new windows,
// <webview>, downloads, devices, and every permission but the ID camera (`media`, video only,
// main frame of the app origin). shell.openExternal is never used.
import type { Session, WebContents } from 'electron'
import { isAppUrl } from './app-origin'

export { isAppUrl } from './app-origin'

export function isPermissionAllowed(permission: unknown, origin: unknown): boolean {
  return permission === 'media' && isAppUrl(origin)
}

type MediaDetails = {
  isMainFrame?: boolean
  requestingUrl?: string
  securityOrigin?: string
  mediaTypes?: readonly string[]
  mediaType?: string
}

/** A permission request (`setPermissionRequestHandler`): camera only, from the app's main frame. */
export function isPermissionRequestAllowed(permission: unknown, details: MediaDetails): boolean {
  if (!isPermissionAllowed(permission, details.requestingUrl)) return false
  if (details.isMainFrame !== true) return false
  if (details.securityOrigin !== undefined && !isAppUrl(details.securityOrigin)) return false
  const types = details.mediaTypes ?? []
  return types.length > 0 && types.every((type) => type === 'video')
}

/** A permission check (`setPermissionCheckHandler`), e.g. before enumerateDevices. */
export function isPermissionCheckAllowed(
  permission: unknown,
  requestingOrigin: unknown,
  details: MediaDetails,
): boolean {
  if (!isPermissionAllowed(permission, requestingOrigin)) return false
  if (details.isMainFrame !== true) return false
  if (details.securityOrigin !== undefined && !isAppUrl(details.securityOrigin)) return false
  return details.mediaType !== 'audio'
}

const guarded = new WeakSet<object>()

export function attachNavigationGuards(contents: WebContents): void {
  if (guarded.has(contents)) return
  guarded.add(contents)
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  }
  contents.on('will-navigate', stayInApp)
  contents.on('will-frame-navigate', stayInApp)
  contents.on('will-redirect', stayInApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export function attachPermissionHandlers(session: Session): void {
  if (guarded.has(session)) return
  guarded.add(session)
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionRequestAllowed(permission, details))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionCheckAllowed(permission, requestingOrigin, details),
  )
  session.setDevicePermissionHandler(() => false)
  // A kiosk must not leave files behind in a Downloads folder.
  session.on('will-download', (event) => event.preventDefault())
}
