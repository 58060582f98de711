// Registro attività as a clerk reads it: what happened in words and why it was refused, people by
// name and codice cliente (never an id), filters by person, activity, outcome and day, the total,
// and the CSV export of the current filters.
import { readFile } from 'node:fs/promises'
import { DeskHomePage } from './pages/desk-home-page'
import { AuditPage } from './pages/desk-tools'
import { confirmedAccount, demoCustomer } from './support/customers'
import { deskScreen, expect, test } from './support/app-test'

test.use({ mode: 'desk', ...deskScreen })

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

test('the log names people and says what happened in words; filters and export follow', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 12)
  const email = 'registro.parole@mail.example'
  await confirmedAccount(host, customer, email, 'Bollette-Sicure-26!')
  // A stranger at a kiosk tries a wrong password on this account.
  await host.counter.registry.invoke(
    'accounts:login',
    { identifier: email, password: 'Sbagliata-1!' },
    { transport: 'test-setup', connectionId: 'kiosk-stranger' },
  )

  await new DeskHomePage(page).open('admin')
  const audit = new AuditPage(page)
  await audit.openFromHome()
  await expect(audit.rows().first()).toBeVisible()
  await expect(audit.count).toContainText(/\d+ voci/)

  const refused = audit.rows().filter({ hasText: 'Accesso del cliente: password errata' })
  await expect(refused).toHaveCount(1)
  await expect(refused).toContainText('Negata')
  await expect(refused).toContainText('Visitatore non identificato')
  await expect(refused).toContainText(customer.name)
  await expect(refused).toContainText(`cod. cliente ${customer.codiceCliente}`)
  await expect(refused).toContainText(email)
  // Words, not codes; names, not ids.
  await expect(audit.table).not.toContainText('account.login')
  await expect(audit.table).not.toContainText('INVALID_CREDENTIALS')
  await expect(audit.table).not.toContainText(uuid)

  // By person: the codice cliente finds the account's entries only.
  await audit.person.fill(customer.codiceCliente)
  await expect(audit.rows().filter({ hasText: 'Accesso del cliente' })).toHaveCount(1)
  await expect(audit.rows().filter({ hasText: 'Accesso dell’operatore' })).toHaveCount(0)
  // By activity and outcome.
  await audit.person.fill('')
  await audit.action.selectOption({ label: 'Accesso del cliente' })
  await audit.outcome.selectOption({ label: 'Negata' })
  await expect(audit.rows()).toHaveCount(1)
  await expect(audit.count).toHaveText('Una voce')
  // By day: tomorrow has nothing yet.
  const tomorrow = new Date(Date.now() + 36 * 3_600_000).toISOString().slice(0, 10)
  await audit.from.fill(tomorrow)
  await expect(audit.count).toHaveText('Nessuna voce')
  await audit.from.fill('')
  await expect(audit.count).toHaveText('Una voce')

  // Esporta CSV: the filtered entries in words, for Italian Excel (BOM, semicolons).
  const [download] = await Promise.all([page.waitForEvent('download'), audit.exportButton.click()])
  expect(download.suggestedFilename()).toMatch(/^registro-attivita-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = await readFile(await download.path(), 'utf8')
  expect(csv.startsWith('\uFEFF"Data e ora";"Attività";"Esito"')).toBe(true)
  const lines = csv.trim().split('\r\n')
  expect(lines).toHaveLength(2)
  expect(lines[1]).toContain('"Accesso del cliente: password errata";"Negata"')
  expect(lines[1]).toContain(customer.codiceCliente)
  expect(csv).not.toMatch(uuid)
})

test('the log pages through many entries with the total', async ({ page, host }) => {
  // Sixty refused sign-ins of unknown addresses, as the log keeps them: more than a page.
  const at = Date.now() - 3_600_000
  await host.counter.db('counter_audit_log').insert(
    Array.from({ length: 60 }, (_, n) => ({
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      at: new Date(at + n * 1000).toISOString(),
      actor_kind: 'anonymous',
      actor_id: null,
      subject: null,
      action: 'account.login',
      outcome: 'denied',
      detail_json: JSON.stringify({ reason: 'INVALID_CREDENTIALS' }),
    })),
  )
  await new DeskHomePage(page).open('admin')
  const audit = new AuditPage(page)
  await audit.openFromHome()
  await audit.action.selectOption({ label: 'Accesso del cliente' })
  await expect(audit.count).toContainText('60 voci · Voci da 1 a 50 di 60')
  await expect(audit.rows()).toHaveCount(50)
  await page.getByRole('button', { name: 'Successive' }).click()
  await expect(audit.count).toContainText('Voci da 51 a 60 di 60')
  await expect(audit.rows()).toHaveCount(10)
  await expect(page.getByRole('button', { name: 'Successive' })).toBeDisabled()
})
