// Runs in: Electron main (pure). What counts as "the app": app://sportello, nothing that only
// looks like it.
export const appScheme = 'app'
export const appHost = 'sportello'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

/**
 * True only for URLs in the app origin, written the way Chromium writes them (it canonicalises
 * standard schemes: lowercase, no userinfo, no default port). Anything else — other hosts,
 * `app://sportello.evil`, `app://sportello@evil`, a port, a backslash, uppercase — is refused
 * rather than normalised: a genuine app URL never needs normalising.
 */
export function isAppUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 4096) return false
  if (!value.startsWith(appOrigin)) return false
  const next = value.charAt(appOrigin.length)
  if (next !== '' && next !== '/' && next !== '?' && next !== '#') return false
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u0020\u007f]/.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return (
    url.protocol === `${appScheme}:` &&
    url.hostname === appHost &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  )
}
