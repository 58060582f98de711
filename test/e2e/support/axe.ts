// axe-core on the page as it is on screen: no WCAG 2.2 A/AA violation.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function expectNoViolations(page: Page, screen = ''): Promise<void> {
  // Messages and dialogs fade in (Vue transitions): a colour measured halfway is not the colour
  // on screen. Wait until no element is entering or leaving and nothing is animating.
  await page.waitForFunction(
    () =>
      document.querySelector('[class*="-enter-from"], [class*="-enter-to"], [class*="-leave-"]') ===
        null && document.getAnimations().every((animation) => animation.playState !== 'running'),
  )
  // The app has no frames: axe.run in the page itself (legacy mode) sees all of it, without the
  // blank page and the second copy of axe that the frame-by-frame run needs: 2.4× faster here.
  // Only violations are collected in full; the passes are not read.
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(wcagTags)
    .setLegacyMode()
    .analyze()
  const summary = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(' ')),
  }))
  expect(summary, screen).toEqual([])
}
