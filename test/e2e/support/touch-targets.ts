// Touch targets: every button, link and field on screen, measured. A tick box or radio counts by
// its label, which is what the finger touches.
import { expect, type Page } from '@playwright/test'

const targetsSelector = [
  'header a',
  'header button',
  'main a',
  'main button',
  'main input:not([type="checkbox"]):not([type="radio"])',
  'main label:has(input[type="checkbox"])',
  'main label:has(input[type="radio"])',
  'footer a',
  'footer button',
  '[role="button"]',
].join(', ')

async function interactiveSizes(page: Page) {
  const sizes: { name: string; width: number; height: number }[] = []
  for (const target of await page.locator(targetsSelector).all()) {
    if (!(await target.isVisible())) continue
    const box = await target.boundingBox()
    if (!box) continue
    const name = (
      (await target.getAttribute('aria-label')) ??
      ((await target.innerText()) || (await target.getAttribute('id')) || 'input')
    ).trim()
    sizes.push({ name: name.split('\n')[0] ?? '', width: box.width, height: box.height })
  }
  return sizes
}

export async function expectTargetsAtLeast(page: Page, min: number, screen: string, atLeast = 3) {
  const sizes = await interactiveSizes(page)
  expect(sizes.length, `${screen}: controls found`).toBeGreaterThanOrEqual(atLeast)
  for (const size of sizes) {
    expect(size.width, `${screen}: ${size.name} width`).toBeGreaterThanOrEqual(min)
    expect(size.height, `${screen}: ${size.name} height`).toBeGreaterThanOrEqual(min)
  }
}
