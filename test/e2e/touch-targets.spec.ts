// Touch targets: every button and link is at least 44 × 44 px (the spec); on the kiosk the
// controls are sized for fingers of every age, at least 64 px.
import type { Page } from '@playwright/test'
import { expect, kioskScreen, deskScreen, test } from './support/app-test'

async function interactiveSizes(page: Page) {
  const targets = page.locator(
    'header a, header button, main a, main button, footer a, footer button, [role="button"]',
  )
  const sizes: { name: string; width: number; height: number }[] = []
  for (const target of await targets.all()) {
    if (!(await target.isVisible())) continue
    const box = await target.boundingBox()
    if (!box) continue
    const name = ((await target.getAttribute('aria-label')) ?? (await target.innerText())).trim()
    sizes.push({ name: name.split('\n')[0] ?? '', width: box.width, height: box.height })
  }
  return sizes
}

test.describe('kiosk', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  for (const screen of [
    { name: 'start page', path: '/' },
    { name: 'status', path: '/#/stato' },
  ]) {
    test(`every control on the ${screen.name} is at least 64 × 64 px`, async ({ page }) => {
      await page.goto(screen.path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      if (screen.path.includes('stato'))
        await expect(page.getByTestId('stat-value').first()).toBeVisible()
      const sizes = await interactiveSizes(page)
      expect(sizes.length).toBeGreaterThanOrEqual(screen.path === '/' ? 9 : 3)
      for (const size of sizes) {
        expect(size.width, `${size.name} width`).toBeGreaterThanOrEqual(64)
        expect(size.height, `${size.name} height`).toBeGreaterThanOrEqual(64)
      }
    })
  }
})

test.describe('kiosk notice', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('the close button of the coming-soon notice is at least 64 × 64 px', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Accedi', exact: true }).tap({ force: true })
    const close = page.getByRole('alert').getByRole('button', { name: 'Chiudi' })
    // The notice grows in with a short animation: measure it once it has settled.
    await expect
      .poll(async () => {
        const box = await close.boundingBox()
        return Math.min(box?.width ?? 0, box?.height ?? 0)
      })
      .toBeGreaterThanOrEqual(64)
  })
})

test.describe('desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('every control on the start page is at least 44 × 44 px', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const sizes = await interactiveSizes(page)
    expect(sizes.length).toBeGreaterThanOrEqual(3)
    for (const size of sizes) {
      expect(size.width, `${size.name} width`).toBeGreaterThanOrEqual(44)
      expect(size.height, `${size.name} height`).toBeGreaterThanOrEqual(44)
    }
  })
})
