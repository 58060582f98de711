// Every screen of both modes, as a customer at the kiosk and an administrator at a desk reach it:
// axe-core finds no WCAG 2.2 A/AA violation in Italian nor in English; the keyboard alone reaches
// every control with a focus ring one can see; text at twice its size still fits, nothing cut;
// every control is a target a finger hits (64 px at a kiosk, 44 px at a desk).
// The flows' other states (errors, dialogs, each step) are scanned by accessibility.spec.ts; this
// sweep makes sure no screen is left out: the route table says which screens there are.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { test as plain, type Page } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { LoginPage } from './pages/customer-flows'
import { customerWithBills, newestDocuments } from './pages/documents'
import { OperatorSignInPage } from './pages/desk-tools'
import { confirmedAccount } from './support/customers'
import { deskScreen, expect, kioskScreen, test } from './support/app-test'
import { expectNoViolations } from './support/axe'
import { expectTargetsAtLeast } from './support/touch-targets'
import {
  expectFocusVisibleEverywhere,
  expectTextFitsAtDoubleSize,
} from './support/keyboard-and-text'

type Screen = { route: string; path: string }

async function visit(page: Page, path: string): Promise<void> {
  // A kiosk follows a new address at once (router.ts, followAddressChanges); a desk is hash-routed.
  await page.evaluate((hash) => (window.location.hash = hash), `#${path}`)
  await expect(new AppShell(page).heading()).toBeVisible()
  // Nothing still loading: a list, or the viewer's document (its tools appear with it).
  await expect(
    page.getByText(/^(Caricamento|Loading|Apertura del documento|Opening the document)/),
  ).toHaveCount(0)
}

async function checkScreen(page: Page, screen: Screen): Promise<void> {
  await test.step(screen.route, async () => {
    await visit(page, screen.path)
    const shell = new AppShell(page)
    await expectNoViolations(page, `${screen.route} in Italian`)
    await expectFocusVisibleEverywhere(page, screen.route)
    await expectTextFitsAtDoubleSize(page, screen.route)
    // Fingers of every age at a kiosk; the spec's 44 px at a desk.
    const kiosk = await page.evaluate(() => document.documentElement.dataset.mode === 'kiosk')
    await expectTargetsAtLeast(page, kiosk ? 64 : 44, screen.route, 1)
    await shell.chooseLanguage('English')
    await expect(shell.languageButton('English')).toHaveAttribute('aria-pressed', 'true')
    await expectNoViolations(page, `${screen.route} in English`)
    await shell.chooseLanguage('Italiano')
  })
}

const kioskSignedOut: Screen[] = [
  { route: 'home', path: '/' },
  { route: 'register', path: '/registrati' },
  { route: 'confirm', path: '/conferma' },
  { route: 'login', path: '/accedi' },
  { route: 'recovery', path: '/password-dimenticata' },
  { route: 'reset-by-link', path: '/nuova-password' },
  { route: 'lost-code', path: '/codice-cliente-smarrito' },
  { route: 'secure-channel-done', path: '/canale-sicuro/registrato' },
  { route: 'reset-login', path: '/reset-login' },
  { route: 'request-status', path: '/stato-richiesta' },
  { route: 'not-found', path: '/non-esiste' },
]

const kioskSignedIn = (codice: string, documentId: number): Screen[] => [
  { route: 'customer-area', path: '/area-clienti' },
  { route: 'documents', path: `/documenti/${codice}` },
  { route: 'document', path: `/documenti/${codice}/${documentId}` },
  { route: 'associate', path: '/associa-cliente' },
  { route: 'secure-channel', path: `/canale-sicuro/${codice}` },
  { route: 'contact-change', path: `/modifica-recapiti/${codice}` },
  { route: 'change-password', path: '/cambia-password' },
]

const deskScreens = (codice: string, email: string): Screen[] => [
  { route: 'home', path: '/' },
  { route: 'status', path: '/stato' },
  { route: 'register', path: '/registrati' },
  { route: 'confirm', path: '/conferma' },
  { route: 'recovery', path: '/password-dimenticata' },
  { route: 'reset-by-link', path: '/nuova-password' },
  { route: 'lost-code', path: '/codice-cliente-smarrito' },
  { route: 'secure-channel-done', path: '/canale-sicuro/registrato' },
  { route: 'change-password', path: '/cambia-password' },
  { route: 'unlock', path: '/sblocca-account' },
  { route: 'customers', path: '/clienti' },
  { route: 'customer', path: `/clienti/${codice}` },
  {
    route: 'desk-secure-channel',
    path: `/clienti/${codice}/canale-sicuro?account=${encodeURIComponent(email)}`,
  },
  { route: 'review-queue', path: '/richieste' },
  { route: 'mailbox', path: '/posta-inviata' },
  { route: 'smsbox', path: '/sms-inviati' },
  { route: 'operators', path: '/operatori' },
  { route: 'audit', path: '/registro-attivita' },
  { route: 'dead-letters', path: '/posta-non-consegnata' },
  { route: 'mail-settings', path: '/impostazioni-posta' },
  { route: 'sms-settings', path: '/impostazioni-sms' },
  { route: 'office-settings', path: '/impostazioni-ufficio' },
  { route: 'forbidden', path: '/accesso-negato' },
  { route: 'not-found', path: '/non-esiste' },
]

/** Screens this sweep reaches in other ways, and where. */
const elsewhere = {
  kiosk: [] as string[],
  desk: [
    'operator-sign-in', // before signing in: the desk test below
    'customer-display', // the customer's screen: the desk test below
    'review-request', // needs a request: accessibility.spec.ts, "desk: the review"
  ],
  setup: ['setup'], // an unconfigured counter: first-run-setup.spec.ts
}

/** A few screens per test: each test stays well inside its time, and the two workers share them. */
function groups<T extends Screen>(screens: T[], size = 6): T[][] {
  const count = Math.ceil(screens.length / size)
  const each = Math.ceil(screens.length / count)
  return Array.from({ length: count }, (_, i) => screens.slice(i * each, (i + 1) * each))
}

const names = (screens: Screen[]) => screens.map((s) => s.route).join(', ')

test.describe('kiosk', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  for (const screens of groups(kioskSignedOut))
    test(`without signing in: ${names(screens)}`, async ({ page }) => {
      test.slow()
      await page.goto('/')
      for (const screen of screens) await checkScreen(page, screen)
    })

  for (const routes of groups(kioskSignedIn('', 0)).map((g) => g.map((s) => s.route)))
    test(`a signed-in customer: ${routes.join(', ')}`, async ({ page, host }) => {
      test.slow()
      const customer = await customerWithBills(host, 2)
      await confirmedAccount(host, customer, 'schermi@mail.example', 'Bollette-Sicure-26!')
      const [bill] = await newestDocuments(host, customer.codiceCliente, 1)
      const login = new LoginPage(page)
      await login.openFromHome()
      await login.signIn('schermi@mail.example', 'Bollette-Sicure-26!')
      await expect(login.shell.heading()).toHaveText('Area clienti')
      for (const screen of kioskSignedIn(customer.codiceCliente, bill!.id))
        if (routes.includes(screen.route)) await checkScreen(page, screen)
    })
})

test.describe('desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('the sign-in and the customer display, before anyone signs in', async ({ page }) => {
    await page.goto('/')
    await checkScreen(page, { route: 'operator-sign-in', path: '/accesso-operatore' })
    await checkScreen(page, { route: 'customer-display', path: '/schermo-cliente' })
  })

  for (const routes of groups(deskScreens('', '')).map((g) => g.map((s) => s.route)))
    test(`an administrator serving a customer: ${routes.join(', ')}`, async ({ page, host }) => {
      test.slow()
      const customer = await customerWithBills(host, 3)
      await confirmedAccount(host, customer, 'sportello@mail.example', 'Bollette-Sicure-26!')
      await new OperatorSignInPage(page).signInAs('admin')
      await visit(page, `/clienti/${customer.codiceCliente}`)
      await page.getByRole('button', { name: 'Servi questo cliente' }).click()
      await expect(page.getByRole('region', { name: 'Cliente servito' })).toBeVisible()
      for (const screen of deskScreens(customer.codiceCliente, 'sportello@mail.example'))
        if (routes.includes(screen.route)) await checkScreen(page, screen)
    })
})

plain('the sweep covers every screen of the route table, in each mode it exists in', () => {
  const source = readFileSync(resolve(import.meta.dirname, '../../src-renderer/router.ts'), 'utf8')
  const table = source.slice(source.indexOf('export const routes'), source.indexOf('\n]\n'))
  const routes = table
    .split(/\n {2}\{/)
    .slice(1)
    .map((block) => ({
      name: /name: '([^']+)'/.exec(block)?.[1] ?? '',
      modes: /modes: (\w+)/.exec(block)?.[1],
      customer: block.includes("access: 'customer'"),
    }))
  expect(routes.length).toBeGreaterThan(30)
  const swept = {
    kiosk: [...kioskSignedOut, ...kioskSignedIn('0', 0)].map((s) => s.route),
    desk: deskScreens('0', '').map((s) => s.route),
  }
  const missing: string[] = []
  for (const { name, modes, customer } of routes) {
    const inKiosk = modes === undefined || modes === 'kioskOnly'
    // A desk has no customer sign-in: a customer's page does not exist there.
    const inDesk = (modes === undefined && !customer) || modes === 'deskOnly'
    if (modes === 'setupOnly' && !elsewhere.setup.includes(name)) missing.push(`setup: ${name}`)
    if (inKiosk && ![...swept.kiosk, ...elsewhere.kiosk].includes(name))
      missing.push(`kiosk: ${name}`)
    if (inDesk && ![...swept.desk, ...elsewhere.desk].includes(name)) missing.push(`desk: ${name}`)
  }
  expect(missing).toEqual([])
})
