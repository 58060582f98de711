// An operator at a desk: first the sign-in, then the start page with the customer flows, the
// work areas to come and the replica status.
import { customerTools, DeskHomePage } from './pages/desk-home-page'
import { OperatorSignInPage } from './pages/desk-tools'
import { OfficeSettingsPage } from './pages/setup-page'
import { StatusPage } from './pages/status-page'
import { visitEndedNotice } from './pages/visit'
import { deskScreen, expect, test } from './support/app-test'

test.use({ mode: 'desk', ...deskScreen })

test('the desk asks an operator to sign in before anything else', async ({ page }) => {
  const signIn = new OperatorSignInPage(page)
  await signIn.open()
  await expect(signIn.remember).toBeVisible()
  await expect(page.getByText('Resta collegato per 30 giorni su questa postazione')).toBeVisible()
  await expect(signIn.shell.homeButton).toHaveCount(0)
  // Every desk page leads to the sign-in while nobody is signed in.
  await page.goto('/#/stato')
  await expect(signIn.heading).toBeVisible()
  await signIn.signIn('operatore', 'Sbagliata-123!')
  await expect(signIn.shell.alert()).toHaveText('Le credenziali inserite non sono corrette.')
})

test('the desk opens on the operator start page', async ({ page }) => {
  const desk = new DeskHomePage(page)
  await desk.open()

  await expect(desk.title).toHaveText('Postazione operatore')
  await expect(desk.shell.header).toContainText('Postazione operatore')
  await expect(desk.shell.header).toContainText('Multiservizi del Titano')
  await expect(desk.shell.header).toContainText('Giulia Bianchi')
  await expect(desk.shell.languageSwitch).toBeVisible()
  for (const name of customerTools) await expect(desk.tool(name)).toBeVisible()
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

  await desk.shell.chooseLanguage('English')
  await expect(desk.title).toHaveText('Operator workstation')
  // The review is back office's: a front-desk operator has no queue to open.
  await expect(desk.section('Review queue')).toHaveCount(0)
  await expect(desk.shell.header).toContainText('Front-desk operator')
  await expect(desk.statusLink).toBeVisible()
})

test('the desk is usable with the keyboard alone', async ({ page }) => {
  const signIn = new OperatorSignInPage(page)
  await signIn.open()
  for (
    let i = 0;
    i < 10 && !(await signIn.username.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab')
  }
  await expect(signIn.username).toBeFocused()
  await page.keyboard.type('operatore')
  await page.keyboard.press('Tab')
  await expect(signIn.password).toBeFocused()
  await page.keyboard.type('Sportello-Front-26!')
  await page.keyboard.press('Enter')
  const desk = new DeskHomePage(page)
  await expect(desk.title).toHaveText('Postazione operatore')

  // Tab to the status link and open it with Enter.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab')
    if (await desk.statusLink.evaluate((el) => el === document.activeElement)) break
  }
  await expect(desk.statusLink).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(new StatusPage(page).title).toHaveText('Stato dello sportello')
})

test('“Informazioni” tells the version, the workstation and the office', async ({ page }) => {
  const desk = new DeskHomePage(page)
  await desk.open('admin')
  await page.evaluate(() =>
    window.sportello.settings['set-office']({
      officeName: 'Sportello di Borgo Maggiore',
      portalUrl: '',
      timeZone: 'Europe/San_Marino',
    }),
  )
  await page.reload()
  const about = page.getByRole('region', { name: 'Informazioni' })
  await expect(about).toContainText(/Versione di Sportello\s*\S+/)
  await expect(about).toContainText('Postazione operatore')
  await expect(about).toContainText('Sportello di Borgo Maggiore')
  await expect(about).toContainText('Europe/San_Marino')
})

test('a notice never covers the header’s controls and goes with the operator who saw it', async ({
  page,
}) => {
  const desk = new DeskHomePage(page)
  await desk.open('admin')
  await page.evaluate(() =>
    window.sportello.settings['set-office']({ officeName: 'Sportello demo', portalUrl: '' }),
  )
  const office = new OfficeSettingsPage(page)
  await office.openFromHome()
  await office.saveButton.click()
  const notice = office.savedToast()
  await expect(notice).toBeVisible()
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  )
  const box = (await notice.boundingBox())!
  for (const control of [
    ...(await desk.shell.header.getByRole('button').all()),
    ...(await desk.shell.header.getByRole('link').all()),
  ]) {
    const other = (await control.boundingBox())!
    const overlaps =
      box.x < other.x + other.width &&
      other.x < box.x + box.width &&
      box.y < other.y + other.height &&
      other.y < box.y + box.height
    expect(overlaps, `notice over ${await control.innerText()}`).toBe(false)
  }

  await desk.shell.signOutButton.click()
  await expect(new OperatorSignInPage(page).heading).toBeVisible()
  await expect(notice).toHaveCount(0)
  await expect(visitEndedNotice(page)).toHaveText('Sei uscito. Arrivederci!')
})
