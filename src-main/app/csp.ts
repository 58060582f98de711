// Runs in: Electron main (app:// responses) and the browser test host. The one Content Security
// Policy of the UI, sent as a header on every app:// response.
//
// font-src 'self' serves the bundled Titillium Web font. pdf.js will need
// `worker-src 'self' blob:` when the document viewer lands: add it then, not before.
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
