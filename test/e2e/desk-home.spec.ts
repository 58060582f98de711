// An operator at a desk: the start page shows the work areas and the replica status.
import { deskSections, DeskHomePage } from './pages/desk-home-page'
import { StatusPage } from './pages/status-page'
import { deskScreen, expect, test } from './support/app-test'

test.use({ mode: 'desk', ...deskScreen })

test('the desk opens on the operator start page', async ({ page }) => {
  const desk = new DeskHomePage(page)
  await desk.open()

  await expect(desk.title).toHaveText('Postazione operatore')
  await expect(desk.shell.header).toContainText('Postazione operatore')
  await expect(desk.shell.header).toContainText('AASS — Servizi Pubblici')
  await expect(desk.shell.languageSwitch).toBeVisible()
  for (const name of deskSections) {
    const section = desk.section(name)
    await expect(section).toBeVisible()
    await expect(section).toContainText('Presto disponibile')
    // Not built yet, so not a link or button to nowhere.
    await expect(section.getByRole('link')).toHaveCount(0)
    await expect(section.getByRole('button')).toHaveCount(0)
  }
  // No kiosk welcome and no kiosk help line at a desk.
  await expect(page.getByText('Benvenuto allo sportello self-service')).toHaveCount(0)
  await expect(page.getByRole('contentinfo')).toHaveCount(0)
})

test('the operator opens the replica status and goes back', async ({ page }) => {
  const desk = new DeskHomePage(page)
  await desk.open()
  await desk.statusLink.click()

  const status = new StatusPage(page)
  await expect(status.title).toHaveText('Stato dello sportello')
  await status.waitForFigures()
  expect(await status.count('customers')).toBeGreaterThanOrEqual(300)
  expect(await status.count('documents')).toBeGreaterThanOrEqual(5000)
  await expect(page.getByText('Cartella dei dati')).toBeVisible()

  await status.shell.homeButton.click()
  await expect(desk.title).toHaveText('Postazione operatore')
})

test('the desk start page switches to English', async ({ page }) => {
  const desk = new DeskHomePage(page)
  await desk.open()
  await desk.shell.chooseLanguage('English')
  await expect(desk.title).toHaveText('Operator workstation')
  await expect(desk.section('Customer search')).toContainText('Coming soon')
  await expect(desk.statusLink).toBeVisible()
})

test('the desk is usable with the keyboard alone', async ({ page }) => {
  const desk = new DeskHomePage(page)
  await desk.open()
  // Tab to the status link and open it with Enter.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab')
    if (await desk.statusLink.evaluate((el) => el === document.activeElement)) break
  }
  await expect(desk.statusLink).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(new StatusPage(page).title).toHaveText('Stato dello sportello')
})
