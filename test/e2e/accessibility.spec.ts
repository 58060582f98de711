// axe-core finds no WCAG 2.2 A/AA violation on the screens built so far, in both modes and
// both languages.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { deskScreen, expect, kioskScreen, test } from './support/app-test'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  const summary = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(' ')),
  }))
  expect(summary).toEqual([])
}

async function openStatus(page: Page): Promise<void> {
  await page.goto('/#/stato')
  await expect(page.getByTestId('stat-value').first()).toBeVisible()
}

test.describe('kiosk', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('start page', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoViolations(page)
  })

  test('start page with a coming-soon notice open', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Registrati', exact: true }).tap({ force: true })
    await expect(page.getByRole('alert')).toBeVisible()
    await expectNoViolations(page)
  })

  test('status', async ({ page }) => {
    await openStatus(page)
    await expectNoViolations(page)
  })

  test('status in English', async ({ page }) => {
    await openStatus(page)
    await page.getByRole('button', { name: 'English', exact: true }).tap()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Counter status')
    await expectNoViolations(page)
  })

  test('page not found', async ({ page }) => {
    await page.goto('/#/non-esiste')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoViolations(page)
  })
})

test.describe('desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('start page', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoViolations(page)
  })

  test('status', async ({ page }) => {
    await openStatus(page)
    await expectNoViolations(page)
  })
})
