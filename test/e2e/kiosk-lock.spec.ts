// The locked kiosk (issue #15 point 1), as the office's staff and a curious customer meet it: a
// finger held 3 s on the top-left corner opens the PIN prompt; a wrong PIN does not open the
// operator's exit and says so, the right one does; five wrong ones lock, with the time; at a desk
// the gesture does nothing; the PIN is never left in the page or its storage. The first-run setup
// of a kiosk asks for the PIN twice. axe-core on each screen.
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { DEMO_KIOSK_PIN } from '../../src-main/features/kiosk'
import { KioskLockPage } from './pages/kiosk-lock'
import { SetupPage, setupKeyIn } from './pages/setup-page'
import { IdleWarning } from './pages/visit'
import { deskScreen, expect, kioskScreen, test } from './support/app-test'
import { expectNoViolations } from './support/axe'
import { freshInstall } from './support/fresh-install'

const WRONG = ['111222', '135799', '860417', '904512', '777123']

/** The page holds no trace of a PIN: not in its text, its fields, its attributes or storage. */
async function expectNoPinIn(page: Page, pins: string[]): Promise<void> {
  const traces = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    values: [...document.querySelectorAll('input')].map((i) => i.value).join(' '),
    storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  }))
  for (const pin of pins)
    for (const [where, text] of Object.entries(traces))
      expect(text, `${pin} in ${where}`).not.toContain(pin)
}

/** Every button and field of a dialog is a kiosk's touch target: at least 64 × 64 px. */
async function expectTouchTargets(dialog: Locator): Promise<void> {
  for (const control of await dialog.locator('button, input').all()) {
    const box = (await control.boundingBox())!
    const name = (await control.getAttribute('aria-label')) ?? (await control.textContent())
    expect(Math.min(box.width, box.height), `${name}`).toBeGreaterThanOrEqual(64)
  }
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(tmpdir(), `kiosk-lock-${name}.png`) })
}

test.describe('at a kiosk', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('a finger held on the corner opens the PIN prompt; a wrong PIN opens nothing and says so; the right one opens the exit', async ({
    page,
    host,
  }) => {
    const lock = new KioskLockPage(page)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    // A customer's tap, or a second's touch, does nothing.
    await lock.corner.tap({ force: true })
    await lock.holdCorner(1200)
    await expect(lock.prompt).toHaveCount(0)

    await lock.touchCorner()
    await expect(lock.prompt).toBeVisible()
    await expect(lock.pin).toHaveAttribute('type', 'password')
    await expect(lock.pin).toHaveAttribute('inputmode', 'numeric')
    await expectNoViolations(page, 'PIN prompt')
    await expectTouchTargets(lock.prompt)
    await screenshot(page, 'prompt')

    await lock.enterPin(WRONG[0]!)
    await expect(lock.promptError).toContainText('PIN errato.')
    await expect(lock.panel).toHaveCount(0)
    // The wrong PIN is gone from the field: the next try starts empty.
    await expect(lock.pin).toHaveValue('')
    await expectNoViolations(page, 'PIN prompt, wrong PIN')
    await screenshot(page, 'prompt-wrong')

    // Letters never get in: the field keeps digits only.
    await lock.pin.pressSequentially('24a6b810')
    await expect(lock.pin).toHaveValue(DEMO_KIOSK_PIN)
    await lock.confirm.click()
    await expect(lock.panel).toBeVisible()
    await expect(lock.prompt).toHaveCount(0)
    await expect(lock.closeSportello).toBeVisible()
    await expect(lock.changePin).toBeVisible()
    await expectNoViolations(page, 'operator panel')
    await expectTouchTargets(lock.panel)
    await screenshot(page, 'panel')
    await expectNoPinIn(page, [DEMO_KIOSK_PIN, WRONG[0]!])

    // Torna al chiosco: the screen is locked again in main too.
    await lock.back.click()
    await expect(lock.panel).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoPinIn(page, [DEMO_KIOSK_PIN, WRONG[0]!])

    const audit = await host.counter
      .db('counter_audit_log')
      .whereLike('action', 'kiosk.%')
      .orderBy('at')
      .select('action', 'outcome', 'detail_json')
    expect(audit.map((r) => `${r.action} ${r.outcome}`)).toEqual([
      'kiosk.unlock denied',
      'kiosk.unlock ok',
    ])
    expect(JSON.stringify(audit)).not.toContain(DEMO_KIOSK_PIN)
  })

  test('five wrong PINs lock the prompt, with the time; then even the right PIN is refused', async ({
    page,
  }) => {
    const lock = new KioskLockPage(page)
    await page.goto('/')
    await lock.openPrompt()
    for (const pin of WRONG.slice(0, 4)) {
      await lock.enterPin(pin)
      await expect(lock.promptError).toContainText('PIN errato.')
    }
    await lock.enterPin(WRONG[4]!)
    await expect(lock.promptError).toHaveText(/^Troppi tentativi: riprova alle \d{2}:\d{2}\.$/)
    await lock.enterPin(DEMO_KIOSK_PIN)
    await expect(lock.promptError).toHaveText(/^Troppi tentativi: riprova alle \d{2}:\d{2}\.$/)
    await expect(lock.panel).toHaveCount(0)
    await expectNoViolations(page, 'PIN prompt, locked')
    await screenshot(page, 'prompt-locked')
  })

  test('Chiudi Sportello in a browser says what happens; the exit cannot be called without the PIN', async ({
    page,
    host,
  }) => {
    const lock = new KioskLockPage(page)
    await page.goto('/')
    // A page calling the exit itself, with no PIN typed: refused by main.
    const forged = await page.evaluate(() => window.sportello.kiosk.exit({}))
    expect(forged).toMatchObject({ ok: false, error: { code: 'KIOSK_NOT_UNLOCKED' } })

    await lock.unlock(DEMO_KIOSK_PIN)
    await lock.closeSportello.click()
    await expect(lock.panel.getByRole('status')).toContainText(
      'In una pagina del browser Sportello non può chiudere il programma',
    )
    await expectNoViolations(page, 'operator panel, exit in a browser')
    const exits = await host.counter
      .db('counter_audit_log')
      .where({ action: 'kiosk.exit' })
      .orderBy('at')
      .select('outcome')
    expect(exits.map((r) => r.outcome)).toEqual(['denied', 'ok'])
  })

  test('Cambia PIN: the current PIN and the new one twice; then only the new one opens the exit', async ({
    page,
  }) => {
    const lock = new KioskLockPage(page)
    await page.goto('/')
    await lock.unlock(DEMO_KIOSK_PIN)
    await lock.changePin.click()
    const current = lock.panel.getByLabel('PIN attuale', { exact: true })
    const fresh = lock.panel.getByLabel('Nuovo PIN', { exact: true })
    const repeat = lock.panel.getByLabel('Ripeti il nuovo PIN', { exact: true })
    const confirm = lock.panel.getByRole('button', { name: 'CONFERMA' })
    await current.fill(DEMO_KIOSK_PIN)
    await fresh.fill('123456')
    await repeat.fill('123456')
    await confirm.click()
    await expect(lock.panel).toContainText('Troppo facile da indovinare')
    await fresh.fill('583920')
    await repeat.fill('583902')
    await confirm.click()
    await expect(lock.panel).toContainText('I due PIN non coincidono.')
    await expectNoViolations(page, 'Cambia PIN, with errors')
    await screenshot(page, 'change-pin')
    await repeat.fill('583920')
    await confirm.click()
    await expect(lock.panel.getByRole('status')).toHaveText(
      'PIN cambiato: da ora serve quello nuovo.',
    )
    await lock.back.click()

    await lock.openPrompt()
    await lock.enterPin(DEMO_KIOSK_PIN)
    await expect(lock.promptError).toContainText('PIN errato.')
    await lock.enterPin('583920')
    await expect(lock.panel).toBeVisible()
    await expectNoPinIn(page, [DEMO_KIOSK_PIN, '583920'])
  })

  test('a kiosk with no PIN yet (set up before there was one): an admin signs in and sets it', async ({
    page,
    host,
  }) => {
    await host.counter.db('counter_settings').where({ key: 'kiosk.exitPin' }).delete()
    const lock = new KioskLockPage(page)
    await page.goto('/')
    await lock.holdCorner()
    await expect(lock.prompt).toContainText('Questo chiosco non ha ancora un PIN di uscita.')
    const username = lock.prompt.getByLabel('Nome utente dell’amministratore', { exact: true })
    await expect(username).toBeFocused()
    await username.fill('amministratore')
    await lock.prompt.getByLabel('Password', { exact: true }).fill('Sbagliata-26!')
    await lock.confirm.click()
    await expect(lock.promptError).toContainText('Nome utente o password non corretti.')
    await expectNoViolations(page, 'PIN prompt of a kiosk without a PIN')
    await screenshot(page, 'prompt-no-pin')
    await username.fill('amministratore')
    await lock.prompt.getByLabel('Password', { exact: true }).fill('Sportello-Admin-26!')
    await lock.confirm.click()
    await expect(lock.panel).toBeVisible()
    // Without a PIN there is nothing to close with yet: first the PIN.
    await expect(lock.closeSportello).toHaveCount(0)
    await lock.panel.getByRole('button', { name: 'Imposta il PIN' }).click()
    await expect(lock.panel.getByLabel('PIN attuale', { exact: true })).toHaveCount(0)
    await lock.panel.getByLabel('Nuovo PIN', { exact: true }).fill('583920')
    await lock.panel.getByLabel('Ripeti il nuovo PIN', { exact: true }).fill('583920')
    await lock.panel.getByRole('button', { name: 'CONFERMA' }).click()
    await expect(lock.panel.getByRole('status')).toHaveText(
      'PIN impostato: da ora serve per uscire dal chiosco.',
    )
    await expect(lock.closeSportello).toBeVisible()
    await lock.back.click()
    await lock.unlock('583920')
    await expectNoPinIn(page, ['583920', 'Sportello-Admin-26!'])
  })

  test("the PIN prompt leaves a customer's visit as it was: typing in it is activity, and the idle warning still comes", async ({
    page,
  }) => {
    const warning = new IdleWarning(page)
    await page.clock.install()
    await page.goto('/')
    // Another language is a visit (features/visit): 120 s untouched end it, warned 30 s before.
    await page.getByRole('button', { name: 'English', exact: true }).click()
    await page.keyboard.press('Control+Alt+Shift+KeyK')
    const prompt = page.getByRole('dialog', { name: 'Operator exit' })
    await expect(prompt).toBeVisible()
    await page.clock.fastForward('00:20')
    await prompt.getByLabel('Operator PIN', { exact: true }).pressSequentially('12')
    // The prompt closes itself 30 s after the last key; the visit counts from that key too.
    await page.clock.fastForward('00:31')
    await expect(prompt).toHaveCount(0)
    await expect(warning.dialog).toHaveCount(0)
    await page.clock.fastForward('01:00')
    await expect(warning.dialog).toBeVisible()
  })

  test('an operator with a keyboard: Ctrl+Alt+Shift+K; the prompt closes itself when left alone', async ({
    page,
  }) => {
    const lock = new KioskLockPage(page)
    await page.clock.install()
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.keyboard.press('Control+Alt+Shift+KeyK')
    await expect(lock.prompt).toBeVisible()
    await lock.pin.pressSequentially('2468')
    await lock.cancel.click()
    await expect(lock.prompt).toHaveCount(0)
    await expectNoPinIn(page, ['2468'])

    await page.keyboard.press('Control+Alt+Shift+KeyK')
    await expect(lock.prompt).toBeVisible()
    await page.clock.runFor(25_000)
    await lock.pin.press('1')
    await page.clock.runFor(25_000)
    await expect(lock.prompt).toBeVisible()
    await page.clock.runFor(6_000)
    await expect(lock.prompt).toHaveCount(0)
  })
})

test.describe('at a desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('neither the corner nor the keys open anything', async ({ page }) => {
    const lock = new KioskLockPage(page)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await lock.holdCorner()
    await page.keyboard.press('Control+Alt+Shift+KeyK')
    await expect(lock.corner).toHaveCount(0)
    await expect(lock.prompt).toHaveCount(0)
    const answer = await page.evaluate(() => window.sportello.kiosk.unlock({ pin: '246810' }))
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_IN_THIS_MODE' } })
  })
})

const fresh = freshInstall

fresh.describe('the first-run setup of a kiosk', () => {
  fresh.use({ ...deskScreen })

  fresh(
    'asks for the exit PIN twice; the kiosk it starts opens with it',
    async ({ page, dataDir }) => {
      const setup = new SetupPage(page)
      await setup.open()
      const pin = page.getByLabel('PIN di uscita', { exact: true })
      const repeat = page.getByLabel('Ripeti il PIN', { exact: true })
      await expect(pin).toHaveCount(0)
      await setup.fill({
        key: setupKeyIn(readFileSync(join(dataDir, 'setup-key.txt'), 'utf8')),
        mode: 'Chiosco self-service per i clienti',
        officeName: 'Sportello clienti di Borgo Maggiore',
        username: 'direttrice',
        displayName: 'Giulia Neri',
        password: 'Sportello-Prima-Config-26!',
      })
      await expect(pin).toBeVisible()
      // The help (how the PIN is used, which PINs are refused) is read with each field.
      for (const field of [pin, repeat])
        await expect(field).toHaveAccessibleDescription(
          /solo chi conosce questo PIN.*Da 6 a 8 cifre/,
        )
      await pin.fill('583920')
      await repeat.fill('583902')
      await setup.submit.click()
      await expect(page.getByTestId('setup-exit-pin')).toContainText('I due PIN non coincidono.')
      await expect(repeat).toBeFocused()
      await expect(repeat).toHaveAccessibleDescription(/I due PIN non coincidono\..*Da 6 a 8 cifre/)
      await expectNoViolations(page, 'setup of a kiosk, PINs differ')
      await page
        .getByTestId('setup-exit-pin')
        .screenshot({ path: join(tmpdir(), 'kiosk-lock-setup.png') })
      await repeat.fill('583920')
      await setup.submit.click()
      await expect(setup.restarting).toBeVisible()

      // The counter starts again as a kiosk.
      await page.setViewportSize(kioskScreen.viewport)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Benvenut/, {
        timeout: 30_000,
      })
      const lock = new KioskLockPage(page)
      await lock.unlock('583920')
    },
  )
})
