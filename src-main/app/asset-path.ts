// Runs in: Electron main (app:// handler) and the browser test host. Maps an app:// URL to a file
// under the renderer's build folder, or refuses. Pure: it never touches the file system.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { appOrigin } from './app-origin'

export type AssetResolution = { ok: true; path: string } | { ok: false; status: 400 | 403 | 404 }

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  // pdf.js CMaps and standard fonts
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
}

/** Only files with a known type are served; `contentTypeFor` is total for the resolver's output. */
export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

const maxUrlLength = 2048
const maxDepth = 12
// After one decoding: a plain file name. No leading dot (so no `.`, `..`, dotfiles), no `/`, `\`,
// `%` (double encoding), `:` (drive letters, streams), NUL or other control characters.
const safeSegment = /^[A-Za-z0-9_@+~-][A-Za-z0-9._@+~-]{0,254}$/
// Windows device names resolve to devices wherever they appear.
const deviceName = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i

/** `path` is strictly below `root` (both absolute, already resolved; no realpath). */
export function isInsideRoot(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

const refuse = (status: 400 | 403 | 404): AssetResolution => ({ ok: false, status })

export function resolveAppAsset(rootDir: string, requestUrl: string): AssetResolution {
  if (typeof requestUrl !== 'string' || requestUrl.length > maxUrlLength) return refuse(400)
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(requestUrl)) return refuse(400)
  // The exact origin followed by a path: other schemes and hosts, userinfo, ports, uppercase and
  // look-alikes (`app://sportello.evil`, `app://sportello@evil`) all stop here.
  const prefix = `${appOrigin}/`
  if (!requestUrl.startsWith(prefix)) return refuse(403)

  // Work on the raw path, before any URL parser normalises `..` away: a request that needed
  // normalising is not one the app makes.
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? ''
  const rawSegments = rawPath === '' ? ['index.html'] : rawPath.split('/')
  if (rawSegments.length > maxDepth) return refuse(404)

  const segments: string[] = []
  for (const raw of rawSegments) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return refuse(400)
    }
    if (!safeSegment.test(segment)) return refuse(403)
    if (deviceName.test(segment)) return refuse(404)
    segments.push(segment)
  }

  const root = resolve(rootDir)
  const path = resolve(root, ...segments)
  // Second line of defence: the segment rule above already keeps every path inside.
  if (!isInsideRoot(root, path)) return refuse(403)
  if (!Object.hasOwn(contentTypes, extname(path).toLowerCase())) return refuse(404)
  return { ok: true, path }
}
