// The end of serving a customer at a desk (issue #10, point 6): Fine servizio wipes the customer
// from the screen as a kiosk's visit end does (the notice, nothing of them left in the page or its
// storage, main serving nobody); left untouched while serving, the desk warns full screen and then
// ends the service itself; signing out ends it too. The page's clock is Playwright's.
import type { Page } from '@playwright/test'
import { DeskHomePage } from './pages/desk-home-page'
import { OperatorSignInPage } from './pages/desk-tools'
import {
  IdleSettings,
  IdleWarning,
  expectOnlyHostKeys,
  leaveTracesInStorage,
  pageTraces,
  visitEndedNotice,
} from './pages/visit'
import { demoCustomer, type DemoCustomer } from './support/customers'
import { deskScreen, expect, test } from './support/app-test'

test.use({ mode: 'desk', ...deskScreen })

const banner = (page: Page) => page.getByRole('region', { name: 'Cliente servito' })

async function serve(page: Page, customer: DemoCustomer): Promise<string> {
  await page.goto(`/#/clienti/${customer.codiceCliente}`)
  await expect(page.locator('.customer-data')).toContainText(customer.codiceCliente)
  const name = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? ''
  await page.getByRole('button', { name: 'Servi questo cliente' }).click()
  await expect(banner(page)).toContainText(customer.codiceCliente)
  return name
}

/** Nothing of the customer in the page nor its storage; main serves nobody. */
async function expectCustomerGone(page: Page, customer: DemoCustomer, shownName: string) {
  const traces = [customer.name, shownName, customer.codiceCliente, customer.codiceFiscale ?? '']
  const found = await pageTraces(page)
  const text = await page.evaluate(() => document.body.innerText)
  const everything = JSON.stringify({ ...found, text }).toLowerCase()
  for (const trace of traces.filter(Boolean))
    expect(everything.includes(trace.toLowerCase()), trace).toBe(false)
  expect(found.localStorage).toEqual({})
  expectOnlyHostKeys(found.sessionStorage, 'sessionStorage')
  expect(found.indexedDb).toEqual([])
  expect(found.caches).toEqual([])
  expect(await page.evaluate(() => window.sportello.customers.serving({}))).toEqual({
    ok: true,
    value: null,
  })
}

test('Fine servizio wipes the customer from the screen and says so', async ({ page, host }) => {
  const customer = await demoCustomer(host, 'private', 9)
  await new DeskHomePage(page).open('front_desk')
  const name = await serve(page, customer)
  await leaveTracesInStorage(page, customer.codiceCliente)

  await banner(page).getByRole('button', { name: 'Fine servizio' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Cerca cliente' })).toBeVisible()
  await expect(visitEndedNotice(page)).toHaveText(
    'Servizio terminato: i dati del cliente sono stati cancellati da questo schermo.',
  )
  await expect(banner(page)).toHaveCount(0)
  // The operator is still signed in; the customer is gone.
  await expect(page.getByRole('banner')).toContainText('Operatore di sportello')
  await expectCustomerGone(page, customer, name)
})

test('left untouched while serving, the desk warns, then ends the service itself', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'business', 2)
  await page.clock.install()
  await new DeskHomePage(page).open('front_desk')
  // Nobody served: an operator's own screen has no such timeout.
  await page.clock.fastForward('10:30')
  const warning = new IdleWarning(page)
  await expect(warning.dialog).toHaveCount(0)
  const name = await serve(page, customer)

  // 10 minutes by default; the warning 30 s before.
  await page.clock.fastForward('09:25')
  await expect(warning.dialog).toHaveCount(0)
  await page.clock.fastForward('00:06')
  await expect(warning.dialog).toHaveAccessibleName('Stai ancora servendo il cliente?')
  await expect(warning.dialog).toContainText(
    /Fine servizio tra \d+ secondi: i dati del cliente saranno cancellati da questo schermo\./,
  )
  await expect(warning.continueButton).toBeFocused()
  // A key is enough: the service goes on.
  await page.keyboard.press('Shift')
  await expect(warning.dialog).toHaveCount(0)
  await expect(banner(page)).toContainText(customer.codiceCliente)

  await page.clock.fastForward('09:31')
  await expect(warning.dialog).toBeVisible()
  await page.clock.fastForward('00:31')
  await expect(page.getByRole('heading', { level: 1, name: 'Cerca cliente' })).toBeVisible()
  await expect(visitEndedNotice(page)).toHaveText(
    'Servizio terminato per inattività: i dati del cliente sono stati cancellati da questo schermo.',
  )
  await expect(banner(page)).toHaveCount(0)
  await expectCustomerGone(page, customer, name)
})

test('signing out while serving ends the service and wipes the screen', async ({ page, host }) => {
  const customer = await demoCustomer(host, 'private', 10)
  const desk = new DeskHomePage(page)
  await desk.open('front_desk')
  const name = await serve(page, customer)
  await desk.shell.signOutButton.click()
  await expect(new OperatorSignInPage(page).heading).toBeVisible()
  await expect(visitEndedNotice(page)).toHaveText(
    'Sei uscito. Servizio terminato: i dati del cliente sono stati cancellati da questo schermo.',
  )
  const found = await pageTraces(page)
  const everything = JSON.stringify(found).toLowerCase()
  for (const trace of [customer.name, name, customer.codiceCliente])
    expect(everything.includes(trace.toLowerCase()), trace).toBe(false)
})

test('an admin sets the idle times, checked as typed; this desk follows at once', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 11)
  await page.clock.install()
  await new DeskHomePage(page).open('admin')
  const settings = new IdleSettings(page)
  await settings.openFromHome()
  await expect(settings.kioskSeconds).toHaveValue('120')
  await expect(settings.deskMinutes).toHaveValue('10')
  await expect(settings.kioskSeconds).toHaveAccessibleDescription(
    /Da 45 a 900 secondi; se non lo cambi, 120\./,
  )

  // Out of bounds, or not a whole number: said under the field as it is typed.
  await settings.kioskSeconds.fill('30')
  await expect(settings.kioskSeconds).toHaveAttribute('aria-invalid', 'true')
  await expect(settings.kioskSeconds).toHaveAccessibleDescription(/Scrivi un numero da 45 a 900\./)
  await settings.kioskSeconds.fill('60')
  await expect(settings.kioskSeconds).not.toHaveAttribute('aria-invalid', 'true')
  await settings.deskMinutes.fill('2,5')
  await expect(settings.deskMinutes).toHaveAccessibleDescription(/Scrivi un numero intero/)
  await settings.saveButton.click()
  await expect(settings.deskMinutes).toBeFocused()
  expect(await page.evaluate(() => window.sportello.settings['get-timeouts']({}))).toEqual({
    ok: true,
    value: { kioskIdleSeconds: 120, deskIdleMinutes: 10 },
  })
  await settings.deskMinutes.fill('121')
  await expect(settings.deskMinutes).toHaveAccessibleDescription(/Scrivi un numero da 2 a 120\./)
  await settings.deskMinutes.fill('3')
  await settings.saveButton.click()
  await expect(settings.savedToast()).toBeVisible()
  expect(await page.evaluate(() => window.sportello.settings['get-timeouts']({}))).toEqual({
    ok: true,
    value: { kioskIdleSeconds: 60, deskIdleMinutes: 3 },
  })

  // In English too.
  await settings.section.page().getByRole('button', { name: 'English', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Inactivity' })).toContainText(
    'From 45 to 900 seconds',
  )
  await page.getByRole('button', { name: 'Italiano', exact: true }).click()

  // This desk serves with the new time at once: 3 minutes, the warning 30 s before.
  await serve(page, customer)
  const warning = new IdleWarning(page)
  await page.clock.fastForward('02:25')
  await expect(warning.dialog).toHaveCount(0)
  await page.clock.fastForward('00:06')
  await expect(warning.dialog).toBeVisible()
})
