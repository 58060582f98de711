// A customer at the self-service kiosk: finds the services, switches language, and gets back
// home; on every kiosk screen the tiles (or a step's main action) and the help line fit without
// scrolling.
import type { Locator, Page } from '@playwright/test'
import { LoginPage, RegisterWizard } from './pages/customer-flows'
import { availableServices, KioskHomePage } from './pages/kiosk-home-page'
import { demoCustomer } from './support/customers'
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
  // Nothing technical in front of customers: no figures of the counter, no versions, no paths.
  await expect(page.getByRole('main')).not.toContainText(
    /stato dello sportello|replica|database|versione|schema/i,
  )
  // The start page needs no home button; the language switch is there.
  await expect(home.shell.homeButton).toHaveCount(0)
  await expect(home.shell.languageButton('Italiano')).toHaveAttribute('aria-pressed', 'true')
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

test('the counter’s status is an operator’s page: a kiosk does not open it', async ({ page }) => {
  await page.goto('/#/stato')
  await expect(new KioskHomePage(page).welcome).toHaveText('Benvenuto allo sportello self-service')
  await expect(page.getByTestId('stat-value')).toHaveCount(0)
})

test('the page refusing an operator’s role is not a customer’s: a kiosk opening it is at home', async ({
  page,
}) => {
  await page.goto('/#/accesso-negato')
  await expect(new KioskHomePage(page).welcome).toHaveText('Benvenuto allo sportello self-service')
  await expect(page.getByText('Accesso non consentito')).toHaveCount(0)
})

test('switching to English changes the texts, the choice holds from screen to screen, and home ends it', async ({
  page,
}) => {
  const home = new KioskHomePage(page)
  await home.open()
  await home.shell.chooseLanguage('English')
  await expect(home.welcome).toHaveText('Welcome to the self-service counter')
  await expect(page).toHaveTitle('Welcome — Sportello')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(home.shell.languageButton('English')).toHaveAttribute('aria-pressed', 'true')
  await home.serviceTile('Sign in').tap()
  await expect(home.shell.heading()).toHaveText('Sign in')
  await expect(home.shell.homeButton).toHaveText('Home')
  // With nobody signed in, the way home ends the visit: the next customer finds Italian.
  await home.shell.homeButton.tap()
  await expect(home.welcome).toHaveText('Benvenuto allo sportello self-service')
  await expect(home.serviceTile('Registrati')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'it')
})

test('the language can be changed on every screen', async ({ page }) => {
  const home = new KioskHomePage(page)
  const screens = [
    {
      path: '/',
      it: 'Benvenuto allo sportello self-service',
      en: 'Welcome to the self-service counter',
    },
    { path: '/#/accedi', it: 'Accedi', en: 'Sign in' },
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

/** Whether a box lies wholly inside the window. */
async function inView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox()
  const size = page.viewportSize()!
  return !!box && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height + 0.5
}

for (const screen of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  test.describe(`a ${screen.width} × ${screen.height} screen`, () => {
    test.use({ viewport: screen })

    test('the start page fits: every tile and the help line in view, nothing to scroll', async ({
      page,
    }) => {
      const home = new KioskHomePage(page)
      await home.open()
      await expect(home.tiles).toHaveCount(6)
      await page.evaluate(() => document.fonts.ready)
      for (const tile of await home.tiles.all()) expect(await inView(page, tile)).toBe(true)
      expect(await inView(page, home.helpBar)).toBe(true)
      const main = page.getByRole('main')
      expect(await main.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true)
    })

    test('every step keeps its main action and the help line in view', async ({ page, host }) => {
      const customer = await demoCustomer(host, 'private', 14)
      const home = new KioskHomePage(page)
      const wizard = new RegisterWizard(page)
      await page.goto('/#/registrati')
      await wizard.chooseKind('Privato')
      expect(await inView(page, wizard.next)).toBe(true)
      await wizard.fillCustomer('Privato', customer.codiceCliente, customer.registrationCode)
      await wizard.goNext()
      await expect(wizard.progress).toContainText('Passo 2 di 3')
      expect(await inView(page, wizard.next)).toBe(true)
      expect(await inView(page, home.helpBar)).toBe(true)
      await wizard.fillAccess('schermo.intero@mail.example', 'Kx9!vTq#2mLp')
      await wizard.goNext()
      await expect(wizard.progress).toContainText('Passo 3 di 3')
      expect(await inView(page, wizard.submitButton)).toBe(true)
      const login = new LoginPage(page)
      await page.goto('/#/accedi')
      await expect(login.submit).toBeVisible()
      expect(await inView(page, login.submit)).toBe(true)
      expect(await inView(page, home.helpBar)).toBe(true)
    })
  })
}
