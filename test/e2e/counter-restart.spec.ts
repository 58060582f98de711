// The counter runs in a worker thread (src-main/worker). When that worker dies mid-session, the
// customer's next action shows "Il servizio si è riavviato" instead of a screen that silently lost
// its state, the host restarts the worker, and Riprova brings the kiosk back to a working start.
import { CustomerArea, LoginPage } from './pages/customer-flows'
import { confirmedAccount, demoCustomer } from './support/customers'
import { expect, kioskScreen, test } from './support/app-test'
import { expectNoViolations } from './support/axe'

test.use({ mode: 'kiosk', ...kioskScreen })

const password = 'Bollette-Sicure-26!'

test('a worker killed mid-session: the error screen, the restart, Riprova, and a call that works', async ({
  page,
  host,
}, testInfo) => {
  const customer = await demoCustomer(host, 'private', 2)
  await confirmedAccount(host, customer, 'riavvio@mail.example', password)

  // On the login screen: this page has already talked to the counter (app:info, session).
  const login = new LoginPage(page)
  await login.openFromHome()

  await host.killCounter()
  expect(host.thread.restarts).toBe(1)

  await login.signIn(customer.codiceFiscale!, password)
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('Il servizio si è riavviato.')
  await expect(heading).toBeFocused()
  await expect(page.getByRole('main')).toContainText('l’operazione in corso è stata interrotta')
  await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0)
  await expectNoViolations(page)
  await page.screenshot({ path: testInfo.outputPath('counter-restarted.png') })

  // The language switch still works on it.
  await login.shell.chooseLanguage('English')
  await expect(heading).toHaveText('The service restarted.')
  await expect(page.getByRole('main')).toContainText('what you were doing was interrupted')
  await expectNoViolations(page)

  // Try again: a fresh page at the start, in Italian, served by the new worker.
  await page.getByRole('button', { name: 'Try again' }).tap()
  await expect(heading).toHaveText('Benvenuto allo sportello self-service')
  await login.openFromHome()
  await login.signIn(customer.codiceFiscale!, password)
  await new CustomerArea(page).expectOpen()
  expect(host.thread.restarts).toBe(1)
})

test('from the restart screen the kiosk’s home button also starts over', async ({ page, host }) => {
  const login = new LoginPage(page)
  await login.openFromHome()
  await host.killCounter()
  await login.signIn('nessuno@mail.example', 'Sbagliata-123!')
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('Il servizio si è riavviato.')

  await login.shell.footerHomeButton.tap()
  await expect(heading).toHaveText('Benvenuto allo sportello self-service')
  await login.openFromHome()
  await login.signIn('nessuno@mail.example', 'Sbagliata-123!')
  await expect(login.shell.alert()).toHaveText('Le credenziali inserite non sono corrette.')
})
