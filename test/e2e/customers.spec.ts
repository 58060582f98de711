// Cerca cliente at a desk: a customer found by a part of the name, by codice cliente and by
// mobile, the results walked with the keyboard, Enter opening the customer's page with the data
// on file; "Servi questo cliente" shows the banner on every desk screen, "Fine servizio" ends it.
import type { Page } from '@playwright/test'
import { DeskHomePage } from './pages/desk-home-page'
import { confirmedAccount, demoCustomer } from './support/customers'
import { deskScreen, expect, test } from './support/app-test'

test.use({ mode: 'desk', ...deskScreen })

const shots = process.env.SHOTS_DIR

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true })
}

function searchParts(page: Page) {
  return {
    field: page.getByRole('combobox', { name: 'Cerca un cliente' }),
    results: page.getByRole('listbox', { name: 'Clienti trovati' }),
    options: page.getByRole('option'),
    status: page.locator('.customer-search__status'),
  }
}

test('an operator finds a customer by name, code and mobile and opens the page with the keyboard', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 4)
  const row = await host.counter
    .db('replica_customers')
    .where({ codice_cliente: customer.codiceCliente })
    .first()
  const desk = new DeskHomePage(page)
  await desk.open('front_desk')
  await desk.tool('Cerca cliente').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Cerca cliente' })).toBeVisible()
  const search = searchParts(page)
  await expect(page.getByText('Nome, codice cliente, codice fiscale')).toBeVisible()

  await search.field.fill('ab')
  await expect(search.status).toHaveText('Scrivi almeno 3 caratteri')

  const surname = String(row.name).split(' ')[0]!
  const part = surname.slice(0, Math.min(5, surname.length))
  await search.field.fill(part)
  await expect(search.options.first()).toBeVisible()
  await expect(search.options.first().locator('mark').first()).toBeVisible()
  await shot(page, 'desk-search')

  await search.field.fill(customer.codiceCliente)
  await expect(search.options).toHaveCount(1)
  await expect(search.options.first()).toContainText(customer.codiceCliente)
  await expect(search.options.first().locator('mark')).toHaveText(customer.codiceCliente)

  if (row.mobile) {
    const digits = String(row.mobile).replace(/\D/g, '')
    const national = String(row.mobile).startsWith('+378') ? digits.slice(3) : digits.slice(2)
    await search.field.fill(national)
    await expect(search.options.filter({ hasText: customer.codiceCliente })).toHaveCount(1)
  }

  await search.field.fill('zzzqqqxxx')
  await expect(search.status).toHaveText('Nessun cliente trovato')

  // Keyboard: the arrows move the choice, Enter opens the one chosen.
  await search.field.fill(part)
  await expect(search.options.first()).toHaveAttribute('aria-selected', 'true')
  const count = await search.options.count()
  if (count > 1) {
    await search.field.press('ArrowDown')
    await expect(search.options.nth(1)).toHaveAttribute('aria-selected', 'true')
    await search.field.press('ArrowUp')
  }
  await expect(search.options.first()).toHaveAttribute('aria-selected', 'true')
  const chosen = (await search.options.first().textContent()) ?? ''
  const code = /\d{8}/.exec(chosen)?.[0]
  await search.field.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/clienti/${code}$`))
  await expect(page.getByRole('heading', { level: 2, name: 'Dati in archivio' })).toBeVisible()
})

test('the customer page shows the data; serving shows the banner everywhere until Fine servizio', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 4)
  const row = await host.counter
    .db('replica_customers')
    .where({ codice_cliente: customer.codiceCliente })
    .first()
  const desk = new DeskHomePage(page)
  await desk.open('front_desk')
  await desk.tool('Cerca cliente').click()
  const search = searchParts(page)
  await search.field.fill(customer.codiceCliente)
  await search.options.first().click()

  const data = page.locator('.customer-data')
  await expect(data).toContainText(customer.codiceCliente)
  await expect(data).toContainText('Privato')
  if (customer.codiceFiscale) await expect(data).toContainText(customer.codiceFiscale)
  if (row.email) await expect(data).toContainText(row.email)
  await expect(page.getByRole('heading', { level: 2, name: 'Account del portale' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Documenti e bollette' })).toBeVisible()
  await expect(page.getByText('Arriva con un prossimo aggiornamento').first()).toBeVisible()
  const displayName = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? ''
  await shot(page, 'desk-customer')

  await page.getByRole('button', { name: 'Servi questo cliente' }).click()
  const banner = page.getByRole('region', { name: 'Cliente servito' })
  await expect(banner).toHaveText(
    new RegExp(`Stai servendo: ${displayName} · cod. cliente ${customer.codiceCliente}`),
  )
  await desk.shell.homeButton.click()
  await expect(desk.title).toHaveText('Postazione operatore')
  await expect(banner).toBeVisible()
  await shot(page, 'desk-serving')

  // A reload asks main again: the banner stays.
  await page.reload()
  await expect(banner).toBeVisible()

  await banner.getByRole('button', { name: 'Fine servizio' }).click()
  await expect(banner).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Cerca cliente' })).toBeVisible()
})

test('a locked account shows until when, and Sblocca lifts the lock from the customer page', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 6)
  const email = 'scheda.bloccata@mail.example'
  await confirmedAccount(host, customer, email, 'Bollette-Sicure-26!')
  for (let attempt = 0; attempt < 5; attempt++)
    await host.counter.registry.invoke(
      'accounts:login',
      { identifier: email, password: 'Sbagliata-1!' },
      { transport: 'test-setup', connectionId: 'kiosk-stranger' },
    )

  await new DeskHomePage(page).open('front_desk')
  await page.goto(`/#/clienti/${customer.codiceCliente}`)
  const account = page.locator('.customer-account').filter({ hasText: email })
  await expect(account).toContainText('Attivo')
  await expect(account).toContainText(/Bloccato fino alle \d{2}:\d{2}/)
  await expect(page.locator('.customer-audit')).toContainText('password errata')

  await account.getByRole('button', { name: `Sblocca l’account ${email}` }).click()
  await expect(page.getByText(`L’account ${email} è sbloccato.`)).toBeVisible()
  await expect(account).not.toContainText('Bloccato')
  await expect(account.getByRole('button', { name: /Sblocca/ })).toHaveCount(0)
})

test('the banner speaks the UI language and goes with the operator at sign-out', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'business', 0)
  const desk = new DeskHomePage(page)
  await desk.open('front_desk')
  await page.goto(`/#/clienti/${customer.codiceCliente}`)
  await expect(page.locator('.customer-data')).toContainText('Azienda')
  await page.getByRole('button', { name: 'Servi questo cliente' }).click()
  const banner = page.locator('.serving-banner')
  await expect(banner).toContainText(`cod. cliente ${customer.codiceCliente}`)

  await desk.shell.chooseLanguage('English')
  await expect(banner).toContainText(`Serving:`)
  await expect(banner).toContainText(`customer code ${customer.codiceCliente}`)
  await expect(banner.getByRole('button', { name: 'End service' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Data on file' })).toBeVisible()
  await desk.shell.chooseLanguage('Italiano')

  await desk.shell.signOutButton.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Accesso operatore' })).toBeVisible()
  await expect(banner).toHaveCount(0)
})
