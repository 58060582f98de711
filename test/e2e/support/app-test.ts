// The `test` every Sportello browser test uses: the shared fixtures (a browser host per test, and
// on request a second one at a desk) plus guards that fail any test during which a page broke the
// Content Security Policy or threw an uncaught error. The CSP is the one the app ships with; a
// violation means a style or script the app relies on is silently blocked in production.
import type { Page } from '@playwright/test'
import { deskScreen, test as base, expect } from '../fixtures'

export type CspViolation = { directive: string; blocked: string; sample: string; source: string }

type Guards = { cspViolations: CspViolation[]; pageErrors: string[] }

declare global {
  interface Window {
    __sportelloCspViolation?: (violation: CspViolation) => void
  }
}

/** Starts recording what a page does wrong: CSP violations and uncaught errors. */
async function watch(page: Page): Promise<Guards> {
  const guards: Guards = { cspViolations: [], pageErrors: [] }
  await page.exposeFunction('__sportelloCspViolation', (violation: CspViolation) => {
    guards.cspViolations.push(violation)
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
      guards.cspViolations.push({
        directive: 'console',
        blocked: '',
        sample: message.text(),
        source: '',
      })
    }
  })
  page.on('pageerror', (error) => guards.pageErrors.push(error.message))
  return guards
}

function expectClean(guards: Guards, which: string): void {
  expect(guards.cspViolations, `Content Security Policy violations (${which})`).toEqual([])
  expect(guards.pageErrors, `uncaught errors in the page (${which})`).toEqual([])
}

export const test = base.extend<Guards & { pageGuards: Guards }>({
  pageGuards: [
    async ({ page }, use) => {
      const guards = await watch(page)
      await use(guards)
      expectClean(guards, 'main page')
    },
    { auto: true },
  ],
  cspViolations: async ({ pageGuards }, use) => use(pageGuards.cspViolations),
  pageErrors: async ({ pageGuards }, use) => use(pageGuards.pageErrors),
  deskPage: async ({ deskPage }, use) => {
    const guards = await watch(deskPage)
    await use(deskPage)
    expectClean(guards, 'desk page')
  },
})

export { expect }

/** A kiosk as they stand in offices: a portrait touch screen, 1080 × 1920. */
export const kioskScreen = { viewport: { width: 1080, height: 1920 }, hasTouch: true } as const

export { deskScreen }
