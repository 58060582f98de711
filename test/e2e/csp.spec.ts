// The app works under its real Content Security Policy: walking every screen, in both modes and
// both languages, the browser blocks nothing and the page holds no <style> element (PrimeVue's
// runtime styles are replaced by a static file). The guards in support/app-test.ts fail the test
// on any securitypolicyviolation event or CSP console error.
import type { Page } from '@playwright/test'
import { appViolations, expect, test } from './support/app-test'

async function expectNoInlineStyleElements(page: Page): Promise<void> {
  expect(await page.locator('style').count(), '<style> elements in the page').toBe(0)
}

async function walkEveryScreen(page: Page): Promise<void> {
  for (const language of ['Italiano', 'English'] as const) {
    await page.goto('/')
    await page.getByRole('button', { name: language, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoInlineStyleElements(page)

    await page.goto('/#/stato')
    await expect(page.getByTestId('stat-value').first()).toBeVisible()
    await page.getByRole('button', { name: language, exact: true }).click()
    // Refreshing shows the buttons' loading spinner, another PrimeVue icon.
    await page.getByRole('button', { name: /^(Aggiorna|Refresh)$/ }).click()
    await expect(page.getByTestId('stat-value').first()).toBeVisible()
    await expectNoInlineStyleElements(page)

    await page.goto('/#/non-esiste')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoInlineStyleElements(page)
  }
}

test.describe('kiosk', () => {
  test.use({ mode: 'kiosk' })

  test('no CSP violation on any screen', async ({ page, cspViolations }) => {
    await walkEveryScreen(page)
    // The coming-soon notice (a PrimeVue Toast) too.
    await page.goto('/')
    // force: Playwright will not click an aria-disabled control; a customer's finger will.
    await page.getByRole('button', { name: 'Registrati', exact: true }).click({ force: true })
    await expect(page.getByRole('alert')).toBeVisible()
    await expectNoInlineStyleElements(page)
    expect(appViolations(cspViolations)).toEqual([])
  })

  test('the served policy is the strict one', async ({ page }) => {
    const response = await page.goto('/')
    const policy = response?.headers()['content-security-policy'] ?? ''
    expect(policy).toContain("style-src 'self'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
  })
})

test.describe('desk', () => {
  test.use({ mode: 'desk' })

  test('no CSP violation on any screen', async ({ page, cspViolations }) => {
    await walkEveryScreen(page)
    expect(appViolations(cspViolations)).toEqual([])
  })
})
