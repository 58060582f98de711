// Screenshots of each screen for docs/screenshots. They are rewritten only on request
// (UPDATE_SCREENSHOTS=1 npx playwright test screenshots), so ordinary test runs leave the docs
// untouched; otherwise the pictures go to test-results for a look.
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { deskScreen, expect, kioskScreen, test } from './support/app-test'

const update = process.env.UPDATE_SCREENSHOTS === '1'
const docsDir = resolve(import.meta.dirname, '../../docs/screenshots')

async function save(page: Page, name: string): Promise<void> {
  // Let the web fonts settle so the pictures show Titillium Web, not a fallback.
  await page.evaluate(() => document.fonts.ready)
  const path = update ? resolve(docsDir, name) : test.info().outputPath(name)
  await page.screenshot({ path, fullPage: false, animations: 'disabled' })
}

test.describe('kiosk', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('kiosk start page', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await save(page, 'kiosk-home.png')
  })

  test('kiosk status', async ({ page }) => {
    await page.goto('/#/stato')
    await expect(page.getByTestId('stat-value').first()).toBeVisible()
    await save(page, 'kiosk-status.png')
  })

  test('kiosk coming-soon notice', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Le mie bollette', exact: true }).tap({ force: true })
    await expect(page.getByRole('alert')).toBeVisible()
    await save(page, 'kiosk-coming-soon.png')
  })
})

test.describe('desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('desk start page', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await save(page, 'desk-home.png')
  })

  test('status in Italian and English', async ({ page }) => {
    await page.goto('/#/stato')
    await expect(page.getByTestId('stat-value').first()).toBeVisible()
    await save(page, 'status-it.png')
    await page.getByRole('button', { name: 'English', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Counter status')
    await save(page, 'status-en.png')
  })
})
