// The status screen's other states, as an operator meets them: while the replica is being read,
// and when main cannot answer (the transport is made to fail once; the retry reaches the real
// services).
import AxeBuilder from '@axe-core/playwright'
import type { Page, Route } from '@playwright/test'
import { DeskHomePage } from './pages/desk-home-page'
import { StatusPage } from './pages/status-page'
import { deskScreen, expect, test } from './support/app-test'

test.use({ mode: 'desk', ...deskScreen })

// A desk shows nothing before an operator signs in.
test.beforeEach(async ({ page }) => {
  await new DeskHomePage(page).open()
})

/** Makes the next `system:status` calls answer with `handler`, the others reach main. */
async function interceptStatus(page: Page, handler: (route: Route) => Promise<void>) {
  await page.route('**/__host/ipc', async (route) => {
    const call = route.request().postDataJSON() as { channel?: string }
    if (call.channel === 'system:status') return handler(route)
    return route.continue()
  })
}

test('a failure is explained in the user language and Riprova recovers', async ({ page }) => {
  let failures = 1
  await interceptStatus(page, async (route) => {
    if (failures-- > 0) {
      return route.fulfill({ json: { ok: false, error: { code: 'SERVICE_UNAVAILABLE' } } })
    }
    return route.continue()
  })
  const status = new StatusPage(page)
  await page.goto('/#/stato')

  const problem = page.getByRole('main').getByText('Non è stato possibile leggere lo stato.')
  await expect(problem).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Il servizio non è raggiungibile')
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])

  await status.shell.chooseLanguage('English')
  await expect(page.getByRole('main')).toContainText('The service cannot be reached right now')
  await status.shell.chooseLanguage('Italiano')

  await page.getByRole('button', { name: 'Riprova' }).click()
  await status.waitForFigures()
  expect(await status.count('customers')).toBeGreaterThanOrEqual(300)
  await expect(problem).toHaveCount(0)
})

test('an unexpected error code still gets a sentence, never a raw code', async ({ page }) => {
  await interceptStatus(page, (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'SOMETHING_NEW' } } }),
  )
  await page.goto('/#/stato')
  await expect(page.getByRole('main')).toContainText('Si è verificato un errore imprevisto')
  await expect(page.getByRole('main')).not.toContainText('SOMETHING_NEW')
})

test('a spinner and a message show while the replica is being read', async ({ page }) => {
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await interceptStatus(page, async (route) => {
    await released
    await route.continue()
  })
  await page.goto('/#/stato')

  const loading = page.getByRole('status').filter({ hasText: 'Lettura dello stato in corso…' })
  await expect(loading).toBeVisible()
  await expect(page.locator('.p-progressspinner')).toBeVisible()
  release()
  await new StatusPage(page).waitForFigures()
  await expect(loading).toHaveCount(0)
})
