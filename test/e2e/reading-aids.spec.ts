// The kiosk's reading aids, in the footer: Testo grande makes every text a quarter larger and
// the page reflows; Alto contrasto turns the page black on white with a deeper blue. Both are
// the customer's for one visit: the next customer finds the kiosk as it was.
import type { Page } from '@playwright/test'
import { AppShell, press } from './pages/app-shell'
import { deskScreen, expect, kioskScreen, test } from './support/app-test'
import { expectNoViolations } from './support/axe'

function aid(page: Page, name: RegExp) {
  return page.getByRole('contentinfo').getByRole('button', { name })
}
const largeText = (page: Page) => aid(page, /^(Testo grande|Large text)$/)
const highContrast = (page: Page) => aid(page, /^(Alto contrasto|High contrast)$/)

const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

test.describe('kiosk', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('Testo grande makes every text larger, and the page still fits the screen', async ({
    page,
  }) => {
    await page.goto('/#/registrati')
    const shell = new AppShell(page)
    await expect(shell.heading()).toBeVisible()
    const before = {
      heading: await fontSize(page, 'main h1'),
      label: await fontSize(page, 'main label'),
    }
    await expect(largeText(page)).toHaveAttribute('aria-pressed', 'false')
    await press(largeText(page))
    await expect(largeText(page)).toHaveAttribute('aria-pressed', 'true')
    expect(await fontSize(page, 'main h1')).toBeGreaterThanOrEqual(before.heading * 1.2)
    expect(await fontSize(page, 'main label')).toBeGreaterThanOrEqual(before.label * 1.2)
    // Reflowed, not cut: nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      kioskScreen.viewport.width,
    )
    await expectNoViolations(page, 'REGISTRATI with large text')
    await page.screenshot({ path: test.info().outputPath('large-text.png') })
  })

  test('Alto contrasto turns the page black on white, and both aids end with the visit', async ({
    page,
  }) => {
    await page.goto('/')
    await press(highContrast(page))
    await expect(highContrast(page)).toHaveAttribute('aria-pressed', 'true')
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('main p')!).color,
      page: getComputedStyle(document.body).backgroundColor,
    }))
    expect(colours.text).toBe('rgb(0, 0, 0)')
    await expectNoViolations(page, 'start page in high contrast')
    await press(largeText(page))
    await press(page.getByRole('link', { name: /^Registrati/ }))
    await expect(new AppShell(page).heading()).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high')
    await expectNoViolations(page, 'REGISTRATI in high contrast with large text')
    await page.screenshot({ path: test.info().outputPath('high-contrast.png') })
    // Torna all'inizio ends the visit: the next customer gets the ordinary screen.
    await press(new AppShell(page).footerHomeButton)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('html')).not.toHaveAttribute('data-contrast', /.+/)
    await expect(page.locator('html')).not.toHaveAttribute('data-text', /.+/)
    await expect(highContrast(page)).toHaveAttribute('aria-pressed', 'false')
  })
})

test.describe('desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('an operator’s screen has no reading aids (the browser’s zoom serves)', async ({ page }) => {
    await page.goto('/')
    await expect(new AppShell(page).heading()).toBeVisible()
    await expect(page.getByRole('button', { name: /^(Testo grande|Large text)$/ })).toHaveCount(0)
  })
})
