// Operators at a desk: signing in in each role, what each role sees, admin pages refused to
// others (by the UI and by main), a new operator who must replace the temporary password, and
// RICORDAMI across a reload.
import { ChangePasswordPage } from './pages/customer-flows'
import { demoOperators, OperatorSignInPage, OperatorsPage, type DemoRole } from './pages/desk-tools'
import { deskScreen, expect, test } from './support/app-test'

test.use({ mode: 'desk', ...deskScreen })

const adminLinks = [
  /^Operatori/,
  /^Registro attività/,
  /^Posta non consegnata/,
  /^Impostazioni posta/,
]

for (const role of ['front_desk', 'back_office', 'admin'] as const satisfies readonly DemoRole[]) {
  test(`a ${role} operator signs in and sees the tools of the role`, async ({ page }) => {
    const signIn = new OperatorSignInPage(page)
    await signIn.signInAs(role)
    const who = demoOperators[role]
    await expect(signIn.shell.header).toContainText(who.role)
    await expect(signIn.shell.signOutButton).toBeVisible()
    for (const link of adminLinks) {
      await expect(page.getByRole('link', { name: link })).toHaveCount(role === 'admin' ? 1 : 0)
    }
    await expect(page.getByRole('link', { name: /^Sblocca account cliente/ })).toBeVisible()
    await expect(page.getByRole('link', { name: /^Posta inviata/ })).toBeVisible()

    await signIn.shell.signOutButton.click()
    await expect(signIn.heading).toBeVisible()
  })
}

test('a front-desk operator is refused the admin pages, by the UI and by main', async ({
  page,
}) => {
  await new OperatorSignInPage(page).signInAs('front_desk')
  await page.goto('/#/operatori')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accesso non consentito')
  await expect(page.getByRole('table')).toHaveCount(0)

  const answer = await page.evaluate(() => window.sportello.operators.list({}))
  expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN' } })
})

test('an admin creates an operator, who must replace the temporary password at first sign-in', async ({
  page,
}) => {
  const signIn = new OperatorSignInPage(page)
  await signIn.signInAs('admin')
  const operators = new OperatorsPage(page)
  await operators.openFromHome()
  const temporary = await operators.create('l.bianchi', 'Luca Bianchi', 'Operatore di sportello')
  // The password stays on screen, large, until the admin closes it: no toast that fades.
  await expect(operators.issued).toContainText('La password temporanea di Luca Bianchi')
  await expect(operators.issued).toContainText('l.bianchi')
  await page.waitForTimeout(1500)
  await expect(operators.issuedPassword).toBeVisible()
  await expect(page.locator('.p-toast-message')).toHaveCount(0)
  // Copia puts it on the clipboard; Stampa prints this box alone.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await operators.issued.getByRole('button', { name: 'Copia' }).click()
  await expect(operators.issued.getByRole('status')).toHaveText('Password copiata negli appunti.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporary)
  await page.evaluate(() => {
    const printed: boolean[] = []
    ;(window as unknown as { printed: boolean[] }).printed = printed
    window.print = () =>
      void printed.push(document.documentElement.classList.contains('printing-issued-password'))
  })
  await operators.issued.getByRole('button', { name: 'Stampa' }).click()
  expect(await page.evaluate(() => (window as unknown as { printed: boolean[] }).printed)).toEqual([
    true,
  ])
  // Escape does not lose it; the admin's own button closes it.
  await page.keyboard.press('Escape')
  await expect(operators.issued).toBeVisible()
  await operators.closeIssued()
  const row = operators.row('l.bianchi')
  await expect(row).toContainText('Operatore di sportello')
  await expect(row).toContainText('Deve cambiare password')
  await signIn.shell.signOutButton.click()

  await expect(signIn.heading).toBeVisible()
  await signIn.signIn('l.bianchi', temporary)
  const change = new ChangePasswordPage(page)
  await expect(change.shell.heading()).toHaveText('Scegli una nuova password')
  await expect(page.getByRole('main')).toContainText('La password che hai ricevuto è temporanea')
  // Nothing else opens until it is done.
  await page.goto('/#/sblocca-account')
  await expect(change.shell.heading()).toHaveText('Scegli una nuova password')
  expect(await page.evaluate(() => window.sportello.mail['demo-mailbox']({ limit: 1 }))).toEqual({
    ok: false,
    error: { code: 'PASSWORD_CHANGE_REQUIRED' },
  })

  await change.change(temporary, 'Fiume-Ponte-Torre-26!')
  await expect(change.shell.heading()).toHaveText('Password cambiata')
  await page.getByRole('link', { name: 'Continua' }).click()
  await expect(change.shell.heading()).toHaveText('Postazione operatore')
  await expect(change.shell.header).toContainText('Luca Bianchi')
})

test('a dialog refusal puts the focus on the first wrong field, in view', async ({ page }) => {
  await new OperatorSignInPage(page).signInAs('admin')
  const operators = new OperatorsPage(page)
  await operators.openFromHome()
  await page.getByRole('button', { name: 'Nuovo operatore' }).click()
  await operators.dialog.getByLabel('Nome e cognome', { exact: true }).fill('Anna Neri')
  await operators.dialog.getByRole('button', { name: 'Crea operatore' }).click()
  const username = operators.dialog.getByLabel('Nome utente', { exact: true })
  await expect(username).toBeFocused()
  await expect(username).toHaveAccessibleDescription(/Campo obbligatorio/)
  await expect(username).toBeInViewport()
  // A name main refuses (already taken) goes under the field too, and takes the focus.
  await username.fill(demoOperators.front_desk.username)
  await expect(username).not.toHaveAccessibleDescription(/Campo obbligatorio/)
  await operators.dialog.getByRole('button', { name: 'Crea operatore' }).click()
  await expect(username).toHaveAccessibleDescription(/già usato/)
  await expect(username).toBeFocused()
  await expect(operators.dialog.getByRole('alert')).toHaveCount(0)
})

test('a reload keeps the operator signed in, as in the app; without RICORDAMI a new window asks again', async ({
  page,
}) => {
  const signIn = new OperatorSignInPage(page)
  await signIn.signInAs('front_desk', { remember: true })
  await page.reload()
  await expect(signIn.shell.heading()).toHaveText('Postazione operatore')
  await expect(signIn.shell.header).toContainText(demoOperators.front_desk.role)

  await signIn.shell.signOutButton.click()
  await expect(signIn.heading).toBeVisible()
  await signIn.signIn(demoOperators.front_desk.username, demoOperators.front_desk.password)
  await expect(signIn.shell.heading()).toHaveText('Postazione operatore')
  await page.reload()
  await expect(signIn.shell.heading()).toHaveText('Postazione operatore')
  // Another window of the desk is another connection: without RICORDAMI it asks.
  const other = await page.context().newPage()
  await other.goto('/')
  await expect(new OperatorSignInPage(other).heading).toBeVisible()
  await other.close()
})
