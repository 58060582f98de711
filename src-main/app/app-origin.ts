// Runs in: Electron main (pure). What counts as "the app": app://sportello, nothing that only
// looks like it.
export const appScheme = 'app'
export const appHost = 'sportello'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

/**
 * True only for URLs in the app origin, compared as strings the way Chromium writes them: it
 * canonicalises standard schemes (lowercase, no userinfo, no default port, spaces and control
 * characters percent-encoded), so a genuine app URL never needs normalising. Anything else —
 * `app://sportello.evil`, `app://sportello@evil`, `app://sportello:1`, `APP://SPORTELLO`,
 * a backslash, a leading space — is refused rather than normalised.
 */
export function isAppUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 4096) return false
  if (!value.startsWith(appOrigin)) return false
  // The authority must end right after the host: no `.evil`, `@evil`, `:port`, `%2f@evil`.
  const next = value.charAt(appOrigin.length)
  if (next !== '' && next !== '/' && next !== '?' && next !== '#') return false
  // eslint-disable-next-line no-control-regex
  return !/[\\\u0000-\u0020\u007f]/.test(value)
}
