// Runs in: Electron main. Serves the built renderer (out/renderer) on app://sportello/ — never
// file:// — with the CSP and nosniff on every response, errors included.
import { readFile, stat } from 'node:fs/promises'
import type { Protocol } from 'electron'
import { appScheme } from './app-origin'
import { contentTypeFor, resolveAppAsset } from './asset-path'
import { contentSecurityPolicy } from './csp'

export { contentTypeFor, resolveAppAsset } from './asset-path'

/** Options for `protocol.registerSchemesAsPrivileged`, before `ready`. No `bypassCSP`, no `corsEnabled`. */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true } as const

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: securityHeaders })
}

export function createAppProtocolHandler(
  rendererDir: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405)
    const asset = resolveAppAsset(rendererDir, request.url)
    if (!asset.ok) return refusal(asset.status)
    try {
      const info = await stat(asset.path)
      if (!info.isFile()) return refusal(404)
      const body = request.method === 'HEAD' ? null : await readFile(asset.path)
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders, 'content-type': contentTypeFor(asset.path) },
      })
    } catch (err) {
      const code = (err as NodeJS.ErrnoException | null)?.code
      return refusal(code === 'ENOENT' || code === 'ENOTDIR' ? 404 : 500)
    }
  }
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, createAppProtocolHandler(rendererDir))
}
