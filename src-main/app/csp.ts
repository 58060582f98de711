// Runs in: Electron main (app:// responses) and the browser test host. The one Content Security
// Policy of the UI, sent as a header on every app:// response.
//
// font-src 'self' serves the bundled Titillium Web font. pdf.js's worker is a file of the app's
// own (bundled, `?url`): with no worker-src, CSP falls back to script-src 'self', which allows
// it and nothing else. The camera's picture is a MediaStream, no URL: no media-src either.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
