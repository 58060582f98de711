// The app works under its real Content Security Policy: walking every screen, in both modes and
// both languages, the browser blocks nothing and the page holds no <style> element (PrimeVue's
// runtime styles are replaced by a static file). The guards in support/app-test.ts fail the test
// on any securitypolicyviolation event or CSP console error.
import type { Page } from '@playwright/test'
import { OperatorSignInPage } from './pages/desk-tools'
import { expect, test } from './support/app-test'

async function expectNoInlineStyleElements(page: Page): Promise<void> {
  expect(await page.locator('style').count(), '<style> elements in the page').toBe(0)
}

async function walkEveryScreen(page: Page): Promise<void> {
  for (const language of ['Italiano', 'English'] as const) {
    await page.goto('/')
    await page.getByRole('button', { name: language, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoInlineStyleElements(page)

    await page.goto('/#/non-esiste')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoInlineStyleElements(page)
  }
}

/** The customer flows' first screens (kiosk) or the desk's tools, visited in the current language. */
async function walk(page: Page, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await page.goto(`/#/${path}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoInlineStyleElements(page)
  }
}

test.describe('kiosk', () => {
  test.use({ mode: 'kiosk' })

  test('no CSP violation on any screen', async ({ page, cspViolations }) => {
    await walkEveryScreen(page)
    await walk(page, [
      'registrati',
      'conferma',
      'accedi',
      'password-dimenticata',
      'nuova-password',
      'reset-login',
      'stato-richiesta',
    ])
    await expectNoInlineStyleElements(page)
    expect(cspViolations).toEqual([])
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
    const signIn = new OperatorSignInPage(page)
    await signIn.open()
    await expectNoInlineStyleElements(page)
    await signIn.signInAs('admin')
    for (const language of ['English', 'Italiano'] as const) {
      await signIn.shell.chooseLanguage(language)
      await walk(page, [
        '',
        'stato',
        'non-esiste',
        'registrati',
        'conferma',
        'password-dimenticata',
        'sblocca-account',
        'posta-inviata',
        'registro-attivita',
        'posta-non-consegnata',
        'cambia-password',
        'impostazioni-posta',
        'operatori',
        'schermo-cliente',
      ])
      // Refreshing the status shows the buttons' loading spinner, another PrimeVue icon.
      await page.goto('/#/stato')
      await expect(page.getByTestId('stat-value').first()).toBeVisible()
      await page.getByRole('button', { name: /^(Aggiorna|Refresh)$/ }).click()
      await expect(page.getByTestId('stat-value').first()).toBeVisible()
      await expectNoInlineStyleElements(page)
      await page.goto('/#/operatori')
      // Dialogs too (PrimeVue's Dialog must not write a <style> either).
      await page.getByRole('button', { name: /^(Nuovo operatore|New operator)$/ }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectNoInlineStyleElements(page)
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toHaveCount(0)
    }
    expect(cspViolations).toEqual([])
  })
})
