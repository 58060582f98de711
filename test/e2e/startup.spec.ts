// When main cannot say what this installation is, the customer sees a plain message and a way
// to try again, never a blank screen.
import { expect, kioskScreen, test } from './support/app-test'

test.use({ mode: 'kiosk', ...kioskScreen })

test('a failed start is explained and Riprova recovers', async ({ page }) => {
  let failures = 1
  await page.route('**/__host/ipc', async (route) => {
    const call = route.request().postDataJSON() as { channel?: string }
    if (call.channel === 'app:info' && failures-- > 0) {
      return route.fulfill({ json: { ok: false, error: { code: 'INTERNAL' } } })
    }
    return route.continue()
  })
  await page.goto('/')

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Lo sportello non riesce ad avviarsi.',
  )
  await expect(page.getByRole('main')).toContainText('Si è verificato un errore imprevisto')
  // Still on every screen: the language switch.
  await page.getByRole('button', { name: 'English', exact: true }).tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The counter cannot start.')

  await page.getByRole('button', { name: 'Try again' }).tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Welcome to the self-service counter',
  )
})
