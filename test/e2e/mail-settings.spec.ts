// Impostazioni posta at a desk: an admin sets the SMTP server; the password goes in and never
// comes out (not in the form, not in the page, not in main's answer); a bad host or port is
// pointed out next to its field and changes nothing; other roles neither see nor open the page.
import {
  demoOperators,
  MailSettingsPage,
  OperatorSignInPage,
  type MailServer,
} from './pages/desk-tools'
import { deskScreen, expect, test } from './support/app-test'

test.use({ mode: 'desk', ...deskScreen })

const secret = 'Posta-Segreta-2026!'

const server: MailServer = {
  host: 'smtp.mdt.example',
  port: '465',
  security: 'TLS implicito',
  user: 'sportello',
  password: secret,
  from: 'sportello@mdt.example',
}

test('an admin saves the mail server; the password is kept and never shown again', async ({
  page,
}) => {
  // RICORDAMI: the session survives the reload below.
  await new OperatorSignInPage(page).signInAs('admin', { remember: true })
  const settings = new MailSettingsPage(page)
  await settings.openFromHome()
  await expect(settings.demoNote).toContainText('server di prova')
  await expect(settings.passwordState).toHaveText('Nessuna password')
  await expect(settings.removePasswordButton).toHaveCount(0)

  // Implicit TLS moves the usual port from 587 to 465.
  await expect(settings.port).toHaveValue('587')
  await settings.security('TLS implicito').check()
  await expect(settings.port).toHaveValue('465')
  await settings.fill(server)
  await settings.saveAndConfirm()
  await expect(settings.passwordState).toHaveText('Password salvata')
  await expect(settings.password).toHaveValue('')

  await page.reload()
  await settings.waitForForm()
  await settings.expectShows(server)
  await expect(settings.passwordState).toHaveText('Password salvata')
  await expect(settings.password).toHaveValue('')
  await expect(settings.demoNote).toBeVisible()
  expect(await page.content()).not.toContain(secret)
  const answer = await page.evaluate(() => window.sportello.settings['get-mail']({}))
  expect(answer).toEqual({
    ok: true,
    value: {
      configured: true,
      host: server.host,
      port: 465,
      secure: true,
      user: server.user,
      from: server.from,
      hasPassword: true,
      demo: true,
    },
  })
})

test('an empty password keeps the saved one; "Rimuovi la password" removes it', async ({
  page,
}) => {
  await new OperatorSignInPage(page).signInAs('admin')
  const settings = new MailSettingsPage(page)
  await settings.openFromHome()
  await settings.fill(server)
  await settings.saveAndConfirm()

  // Another sender, the password field left empty: the password stays.
  await settings.fill({ from: 'avvisi@mdt.example' })
  await settings.saveAndConfirm()
  await expect(settings.from).toHaveValue('avvisi@mdt.example')
  await expect(settings.passwordState).toHaveText('Password salvata')

  await settings.removePasswordButton.click()
  await expect(page.getByRole('note').filter({ hasText: 'verrà rimossa' })).toBeVisible()
  await expect(settings.password).toHaveCount(0)
  // Changing one's mind costs nothing until Salva.
  await page.getByRole('button', { name: 'Tieni la password' }).click()
  await expect(settings.password).toBeVisible()
  await settings.removePasswordButton.click()
  await settings.saveAndConfirm()
  await expect(settings.passwordState).toHaveText('Nessuna password')
  await expect(settings.password).toBeVisible()
  await expect(settings.removePasswordButton).toHaveCount(0)
  const answer = await page.evaluate(() => window.sportello.settings['get-mail']({}))
  expect(answer).toMatchObject({ ok: true, value: { hasPassword: false, user: 'sportello' } })
})

test('a bad host or port is shown next to its field and nothing changes', async ({ page }) => {
  await new OperatorSignInPage(page).signInAs('admin')
  const settings = new MailSettingsPage(page)
  await settings.openFromHome()
  await settings.fill(server)
  await settings.saveAndConfirm()
  const before = await page.evaluate(() => window.sportello.settings['get-mail']({}))

  // Main's answer: its field issues, translated beside their fields.
  await settings.fill({ host: 'smtp mdt', port: '70000', from: 'sportello@', password: 'Altra' })
  await settings.save()
  await expect(settings.shell.alert()).toHaveText(
    'Alcuni dati inseriti non sono corretti. Controlla i campi evidenziati.',
  )
  await expect(settings.host).toHaveAttribute('aria-invalid', 'true')
  await expect(settings.host).toHaveAccessibleDescription(/Scrivi solo il nome del server/)
  await expect(settings.port).toHaveAccessibleDescription(/Un numero da 1 a 65535/)
  await expect(settings.from).toHaveAccessibleDescription(/Scrivi un indirizzo email completo/)
  await expect(settings.host).toBeFocused()
  await expect(settings.savedToast()).toHaveCount(0)

  // The form's own check: a port that is not a number never leaves the page.
  await settings.fill({ host: server.host, port: 'abc', from: server.from })
  await settings.save()
  await expect(settings.port).toHaveAccessibleDescription(/Un numero da 1 a 65535/)
  await expect(settings.host).not.toHaveAttribute('aria-invalid', 'true')

  expect(await page.evaluate(() => window.sportello.settings['get-mail']({}))).toEqual(before)
  await page.getByRole('link', { name: 'Inizio' }).click()
  await settings.openFromHome()
  await settings.expectShows(server)
  await expect(settings.passwordState).toHaveText('Password salvata')
})

for (const role of ['front_desk', 'back_office'] as const) {
  test(`a ${role} operator neither sees nor opens the mail settings`, async ({ page }) => {
    const signIn = new OperatorSignInPage(page)
    await signIn.signInAs(role)
    await expect(signIn.shell.header).toContainText(demoOperators[role].role)
    await expect(page.getByRole('link', { name: /^Impostazioni posta/ })).toHaveCount(0)
    await expect(page.getByText('Impostazioni posta')).toHaveCount(0)

    await page.goto('/#/impostazioni-posta')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accesso non consentito')
    await expect(new MailSettingsPage(page).host).toHaveCount(0)

    // Main refuses anyway.
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } }
    expect(await page.evaluate(() => window.sportello.settings['get-mail']({}))).toEqual(forbidden)
    expect(
      await page.evaluate(() =>
        window.sportello.settings['set-mail']({
          host: 'smtp.evil.example',
          port: 25,
          secure: false,
          user: '',
          from: 'x@evil.example',
        }),
      ),
    ).toEqual(forbidden)
  })
}
