// A customer at the self-service kiosk: finds the services, learns which are coming, opens the
// counter's status, switches language, and gets back home.
import { availableServices, comingServices, KioskHomePage } from './pages/kiosk-home-page'
import { StatusPage } from './pages/status-page'
import { expect, kioskScreen, test } from './support/app-test'

test.use({ mode: 'kiosk', ...kioskScreen })

test('the kiosk welcomes the customer and shows the service tiles', async ({ page }) => {
  const home = new KioskHomePage(page)
  await home.open()

  await expect(home.welcome).toHaveText('Benvenuto allo sportello self-service')
  await expect(page).toHaveTitle('Benvenuto — Sportello')
  await expect(home.shell.header).toContainText('Sportello')
  await expect(home.shell.header).toContainText('Multiservizi del Titano')
  // The (fictional) utility's logo beside its name: decorative, and loaded under the app's CSP.
  const logo = home.shell.header.locator('img.brand__logo')
  await expect(logo).toBeVisible()
  await expect(logo).toHaveAttribute('alt', '')
  await expect
    .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true)
  for (const service of availableServices) await expect(home.serviceTile(service)).toBeVisible()
  for (const service of comingServices) await expect(home.comingSoonTile(service)).toBeVisible()
  await expect(home.statusTile).toBeVisible()
  // The start page needs no home button; the language switch is there.
  await expect(home.shell.homeButton).toHaveCount(0)
  await expect(home.shell.languageButton('Italiano')).toHaveAttribute('aria-pressed', 'true')
})

test('coming-soon tiles are marked, disabled for assistive technology and lead nowhere', async ({
  page,
}) => {
  const home = new KioskHomePage(page)
  await home.open()

  for (const service of comingServices) {
    const tile = home.comingSoonTile(service)
    await expect(tile).toHaveAttribute('aria-disabled', 'true')
    await expect(tile).toContainText('Presto disponibile')
    await expect(tile).toHaveAccessibleName(/Presto disponibile$/)

    // force: Playwright will not tap an aria-disabled control; a customer's finger will.
    await tile.tap({ force: true })
    // Touching it explains instead of opening an empty page.
    const notice = home.notice(service)
    await expect(notice).toContainText('Servizio presto disponibile')
    await expect(page).toHaveURL(/#\/$/)
    await expect(home.welcome).toHaveText('Benvenuto allo sportello self-service')
    // The customer closes the notice (its button speaks Italian too) and carries on.
    await notice.getByRole('button', { name: 'Chiudi' }).tap()
    await expect(notice).toHaveCount(0)
  }
})

test('the working tiles open their flows and the way home brings the customer back', async ({
  page,
}) => {
  const home = new KioskHomePage(page)
  const flows = [
    { tile: 'Registrati', heading: 'Registrati' },
    { tile: 'Accedi', heading: 'Accedi' },
    { tile: 'Hai dimenticato la password?', heading: 'Hai dimenticato la password?' },
  ]
  for (const flow of flows) {
    await home.open()
    await home.serviceTile(flow.tile).tap()
    await expect(home.shell.heading()).toHaveText(flow.heading)
    await home.shell.footerHomeButton.tap()
    await expect(home.welcome).toHaveText('Benvenuto allo sportello self-service')
  }
})

test('the status tile opens the counter status with the demo replica figures', async ({ page }) => {
  const home = new KioskHomePage(page)
  await home.open()
  await home.statusTile.tap()

  const status = new StatusPage(page)
  await expect(status.title).toHaveText('Stato dello sportello')
  await status.waitForFigures()
  expect(await status.count('customers')).toBeGreaterThanOrEqual(300)
  expect(await status.count('documents')).toBeGreaterThanOrEqual(5000)
  // Italian digit grouping and decimal comma.
  expect(await status.figureText('documents')).toMatch(/^\d{1,3}(\.\d{3})+$/)
  expect(await status.figureText('database')).toMatch(/^\d+(,\d)? (kB|MB|GB)$/)
  const privateCustomers = Number((await status.breakdown('Privati')).replace(/\./g, ''))
  const businessCustomers = Number((await status.breakdown('Aziende')).replace(/\./g, ''))
  expect(privateCustomers + businessCustomers).toBe(await status.count('customers'))
  // A public kiosk does not show where its files are.
  await expect(page.getByText('Cartella dei dati')).toHaveCount(0)

  // Both ways home are there; the one at the foot of the screen brings the customer back.
  await expect(status.shell.homeButton).toBeVisible()
  await status.shell.footerHomeButton.tap()
  await expect(home.welcome).toHaveText('Benvenuto allo sportello self-service')
})

test('switching to English changes the texts and the number formatting', async ({ page }) => {
  const status = new StatusPage(page)
  await status.open()
  const customers = await status.count('customers')
  const documentsIt = await status.figureText('documents')
  expect(documentsIt).toMatch(/^\d{1,3}(\.\d{3})+$/)

  await status.shell.chooseLanguage('English')
  await expect(status.title).toHaveText('Counter status')
  await expect(page).toHaveTitle('Counter status — Sportello')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(status.shell.homeButton).toHaveText('Home')
  await expect(status.shell.languageButton('English')).toHaveAttribute('aria-pressed', 'true')
  // Same figures, English grouping and decimal point.
  expect(await status.figureText('documents')).toBe(documentsIt.replace(/\./g, ','))
  expect(await status.count('customers')).toBe(customers)
  expect(await status.figureText('database')).toMatch(/^\d+(\.\d)? (kB|MB|GB)$/)
  await expect(status.figure('documents')).toContainText('Bills and notices as PDF')

  // The choice holds while the customer moves around, and switching back works.
  await status.shell.homeButton.tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Welcome to the self-service counter',
  )
  await expect(new KioskHomePage(page).serviceTile('Register')).toBeVisible()
  await status.shell.chooseLanguage('Italiano')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Benvenuto allo sportello self-service',
  )
})

test('the language can be changed on every screen', async ({ page }) => {
  const home = new KioskHomePage(page)
  const screens = [
    {
      path: '/',
      it: 'Benvenuto allo sportello self-service',
      en: 'Welcome to the self-service counter',
    },
    { path: '/#/stato', it: 'Stato dello sportello', en: 'Counter status' },
    { path: '/#/non-esiste', it: 'Pagina non trovata', en: 'Page not found' },
  ]
  for (const screen of screens) {
    await page.goto(screen.path)
    await expect(home.shell.heading()).toHaveText(screen.it)
    await home.shell.chooseLanguage('English')
    await expect(home.shell.heading()).toHaveText(screen.en)
    await home.shell.chooseLanguage('Italiano')
    await expect(home.shell.heading()).toHaveText(screen.it)
  }
})

test('a language choice does not survive a restart of the kiosk page', async ({ page }) => {
  const home = new KioskHomePage(page)
  await home.open()
  await home.shell.chooseLanguage('English')
  await expect(home.welcome).toHaveText('Welcome to the self-service counter')
  await page.reload()
  await expect(home.welcome).toHaveText('Benvenuto allo sportello self-service')
})

test('an unknown address shows a way back home', async ({ page }) => {
  await page.goto('/#/questa-pagina-non-esiste')
  const home = new KioskHomePage(page)
  await expect(home.shell.heading()).toHaveText('Pagina non trovata')
  await page.getByRole('main').getByRole('link', { name: 'Torna all’inizio' }).tap()
  await expect(home.welcome).toHaveText('Benvenuto allo sportello self-service')
})
