// The `test` every Sportello browser test uses: the shared fixtures (a browser host per test)
// plus guards that fail any test during which the page broke the Content Security Policy or
// threw an uncaught error. The CSP is the one the app ships with; a violation means a style or
// script the app relies on is silently blocked in production.
import { test as base, expect } from '../fixtures'

export type CspViolation = { directive: string; blocked: string; sample: string; source: string }

type Guards = { cspViolations: CspViolation[]; pageErrors: string[] }

declare global {
  interface Window {
    __sportelloCspViolation?: (violation: CspViolation) => void
  }
}

export const test = base.extend<Guards>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: CspViolation[] = []
      await page.exposeFunction('__sportelloCspViolation', (violation: CspViolation) => {
        violations.push(violation)
      })
      // Init scripts run before the page's own scripts and are not subject to its CSP.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__sportelloCspViolation?.({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            sample: event.sample,
            source: `${event.sourceFile}:${event.lineNumber}`,
          })
        })
      })
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          violations.push({ directive: 'console', blocked: '', sample: message.text(), source: '' })
        }
      })
      await use(violations)
      expect(violations, 'Content Security Policy violations').toEqual([])
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'uncaught errors in the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** A kiosk as they stand in offices: a portrait touch screen, 1080 × 1920. */
export const kioskScreen = { viewport: { width: 1080, height: 1920 }, hasTouch: true } as const

/** An operator's monitor. */
export const deskScreen = { viewport: { width: 1280, height: 800 } } as const
