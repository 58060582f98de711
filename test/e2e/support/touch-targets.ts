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

/** Every visible target's size, measured in one pass through the page. */
async function interactiveSizes(page: Page) {
  return page.evaluate((selector) => {
    const sizes: { name: string; width: number; height: number }[] = []
    for (const target of document.querySelectorAll<HTMLElement>(selector)) {
      const box = target.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      if (!target.checkVisibility({ visibilityProperty: true })) continue
      const name = (
        target.getAttribute('aria-label') ??
        (target.innerText || target.id || 'input')
      ).trim()
      sizes.push({ name: name.split('\n')[0] ?? '', width: box.width, height: box.height })
    }
    return sizes
  }, targetsSelector)
}

export async function expectTargetsAtLeast(page: Page, min: number, screen: string, atLeast = 3) {
  const sizes = await interactiveSizes(page)
  expect(sizes.length, `${screen}: controls found`).toBeGreaterThanOrEqual(atLeast)
  for (const size of sizes) {
    expect(size.width, `${screen}: ${size.name} width`).toBeGreaterThanOrEqual(min)
    expect(size.height, `${screen}: ${size.name} height`).toBeGreaterThanOrEqual(min)
  }
}
