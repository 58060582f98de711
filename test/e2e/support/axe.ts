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
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  const summary = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(' ')),
  }))
  expect(summary, screen).toEqual([])
}
