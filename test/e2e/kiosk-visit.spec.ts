// One customer at a time at the kiosk (issue #10, points 1-3): an untouched screen warns full
// screen with a countdown before the visit ends, Continua (or any key) keeps it, and without it
// the visit ends; and after a visit through every flow there is, ESCI or the idle end leaves no
// trace of the customer: not in the page (DOM, fields, every storage, the clipboard), not in
// main's session table, not in the screen's temporary folder; Back brings nothing back, and the
// kiosk speaks Italian again. The page's clock is Playwright's, moved on instead of waited for.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { givenNameFirst } from '../../src-shared/domain/person-name'
import { createScreenScratch, scratchRoot } from '../../src-main/infra/files/screen-scratch'
import {
  ConfirmPage,
  CustomerArea,
  LoginPage,
  RecoveryWizard,
  RegisterWizard,
} from './pages/customer-flows'
import { DeskHomePage } from './pages/desk-home-page'
import { KioskHomePage } from './pages/kiosk-home-page'
import {
  IdleSettings,
  IdleWarning,
  expectOnlyHostKeys,
  leaveTracesInStorage,
  pageTraces,
  visitEndedNotice,
} from './pages/visit'
import { demoCustomer } from './support/customers'
import { codeIn, waitForMail } from './support/inbox'
import { expect, kioskScreen, test } from './support/app-test'

test.use({ mode: 'kiosk', ...kioskScreen })

const welcome = 'Benvenuto allo sportello self-service'

test('the warning comes before the timeout; Continua or a key keeps the visit; untouched, it ends', async ({
  page,
  host,
}) => {
  const customer = await demoCustomer(host, 'private', 20)
  await page.clock.install()
  const home = new KioskHomePage(page)
  await home.open()
  await home.serviceTile('Registrati').tap()
  const wizard = new RegisterWizard(page)
  await wizard.chooseKind('Privato')
  await wizard.field('Codice cliente').fill(customer.codiceCliente)
  const warning = new IdleWarning(page)

  // 120 s by default; the warning 30 s before the end.
  await page.clock.fastForward('01:25')
  await expect(warning.dialog).toHaveCount(0)
  await page.clock.fastForward('00:06')
  await expect(warning.dialog).toBeVisible()
  await expect(warning.dialog).toHaveAccessibleName('Sei ancora lì?')
  await expect(warning.dialog).toHaveAttribute('aria-modal', 'true')
  await expect(warning.dialog).toContainText(
    /La sessione sta per terminare: tra \d+ secondi i tuoi dati saranno cancellati\./,
  )
  await expect(warning.continueButton).toBeFocused()
  const shown = Number(await warning.seconds.textContent())
  expect(shown).toBeGreaterThan(20)
  expect(shown).toBeLessThanOrEqual(30)
  // The seconds count down on screen.
  await page.clock.fastForward('00:05')
  await expect
    .poll(async () => Number(await warning.seconds.textContent()))
    .toBeLessThanOrEqual(shown - 5)

  // Continua: the same page, with what was typed, and the timeout starts again.
  await warning.continueButton.tap()
  await expect(warning.dialog).toHaveCount(0)
  await expect(wizard.progress).toContainText('Passo 1 di 3')
  await expect(wizard.field('Codice cliente')).toHaveValue(customer.codiceCliente)
  await page.clock.fastForward('01:25')
  await expect(warning.dialog).toHaveCount(0)

  // Any key answers it too, and focus goes back where the customer was (touched: the timeout
  // starts again from here).
  await wizard.field('Codice cliente').tap()
  await page.clock.fastForward('01:31')
  await expect(warning.dialog).toBeVisible()
  await page.keyboard.press('Shift')
  await expect(warning.dialog).toHaveCount(0)
  await expect(wizard.field('Codice cliente')).toBeFocused()
  await expect(wizard.field('Codice cliente')).toHaveValue(customer.codiceCliente)

  // Untouched to the end: the visit ends, the start page comes back, in Italian, and says so.
  await page.clock.fastForward('01:31')
  await expect(warning.dialog).toBeVisible()
  await page.clock.fastForward('00:31')
  await expect(home.welcome).toHaveText(welcome)
  await expect(visitEndedNotice(page)).toHaveText(
    'Sessione terminata per inattività: i tuoi dati sono stati cancellati.',
  )
  await expect(warning.dialog).toHaveCount(0)
  await expect(page.getByRole('main')).not.toContainText(customer.codiceCliente)
  const ended = await host.counter
    .db('counter_audit_log')
    .where({ action: 'kiosk.visit-ended' })
    .orderBy('at', 'desc')
    .first()
  expect(JSON.parse(ended.detail_json)).toEqual({ reason: 'idle' })
})

for (const screen of [
  { width: 1080, height: 1920 },
  { width: 1366, height: 768 },
]) {
  test(`the warning fits a ${screen.width} × ${screen.height} screen whole`, async ({ page }) => {
    await page.setViewportSize(screen)
    await page.clock.install()
    await page.goto('/#/accedi')
    // The page is up (its timeout running) before the clock moves.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accedi')
    await page.clock.fastForward('01:31')
    const warning = new IdleWarning(page)
    await expect(warning.continueButton).toBeVisible()
    for (const part of [
      warning.dialog.getByRole('heading'),
      warning.seconds,
      warning.continueButton,
    ]) {
      const box = (await part.boundingBox())!
      expect(box.y >= 0 && box.y + box.height <= screen.height, 'in view').toBe(true)
    }
    expect(await warning.dialog.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true)
    // Very large: a finger cannot miss it.
    const button = (await warning.continueButton.boundingBox())!
    expect(button.height).toBeGreaterThanOrEqual(80)
    expect(button.width).toBeGreaterThanOrEqual(screen.width / 2)
    await page.screenshot({ path: test.info().outputPath('warning.png') })
  })
}

test('the kiosk follows the idle time an admin sets at a desk, from its next visit', async ({
  page,
  deskPage,
}) => {
  await new DeskHomePage(deskPage).open('admin')
  const settings = new IdleSettings(deskPage)
  await settings.openFromHome()
  await settings.kioskSeconds.fill('45')
  await settings.saveButton.click()
  await expect(settings.savedToast()).toBeVisible()

  await page.clock.install()
  await page.goto('/#/accedi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accedi')
  const warning = new IdleWarning(page)
  // 45 s untouched: the warning at 15 s, the end at 45 s.
  await page.clock.fastForward('00:16')
  await expect(warning.dialog).toBeVisible()
  await page.clock.fastForward('00:30')
  await expect(new KioskHomePage(page).welcome).toHaveText(welcome)
  await expect(visitEndedNotice(page)).toContainText('per inattività')
})

test('another language is a visit too: left untouched, the kiosk comes back in Italian', async ({
  page,
}) => {
  await page.clock.install()
  const home = new KioskHomePage(page)
  await home.open()
  // Nobody at the start page in Italian: nothing to end.
  await page.clock.fastForward('02:10')
  await expect(new IdleWarning(page).dialog).toHaveCount(0)
  await home.shell.chooseLanguage('English')
  await expect(home.welcome).toHaveText('Welcome to the self-service counter')
  await page.clock.fastForward('01:31')
  const warning = new IdleWarning(page)
  await expect(warning.dialog).toHaveAccessibleName('Are you still there?')
  await expect(warning.continueButton).toHaveText('Continue')
  await page.clock.fastForward('00:31')
  await expect(home.welcome).toHaveText(welcome)
  await expect(page.locator('html')).toHaveAttribute('lang', 'it')
  await expect(visitEndedNotice(page)).toContainText('Sessione terminata')
})

test('the notice after a visit goes at the first touch, and stands in the way of no tile', async ({
  page,
}) => {
  const home = new KioskHomePage(page)
  await home.open()
  await home.serviceTile('Accedi').tap()
  await expect(home.shell.heading()).toHaveText('Accedi')
  // The way home with nobody signed in is the end of the visit.
  await home.shell.homeButton.tap()
  await expect(home.welcome).toHaveText(welcome)
  const notice = visitEndedNotice(page)
  await expect(notice).toHaveText('Sessione terminata: i tuoi dati sono stati cancellati.')
  const box = (await notice.locator('p').boundingBox())!
  for (const tile of await home.tiles.all()) {
    const other = (await tile.boundingBox())!
    expect(box.y + box.height <= other.y || other.y + other.height <= box.y, 'over a tile').toBe(
      true,
    )
  }
  await page.screenshot({ path: test.info().outputPath('notice.png') })
  await page.getByRole('main').tap({ position: { x: 5, y: 5 } })
  await expect(notice).toHaveCount(0)
})

/** Every file under a folder (none when it is gone). */
function filesUnder(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

const password = 'Bollette-Sicure-26!'
const newPassword = 'Acqua-Luce-Gas-27?'

for (const end of ['ESCI', 'the idle timeout'] as const) {
  test(`after a visit through every flow, ${end} leaves no trace of the customer`, async ({
    page,
    context,
    host,
  }) => {
    test.slow()
    const customer = await demoCustomer(host, 'private', end === 'ESCI' ? 21 : 22)
    const email = end === 'ESCI' ? 'traccia.esci@mail.example' : 'traccia.inattiva@mail.example'
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin })
    if (end !== 'ESCI') await page.clock.install()
    const home = new KioskHomePage(page)
    await home.open()

    // REGISTRATI with the customer's codice cliente and ISS code, then the code from the mail.
    await home.serviceTile('Registrati').tap()
    const wizard = new RegisterWizard(page)
    await wizard.fillCustomer('Privato', customer.codiceCliente, customer.registrationCode)
    await wizard.goNext()
    await expect(wizard.progress).toContainText('Passo 2 di 3')
    await wizard.fillAccess(email, password)
    await wizard.goNext()
    await expect(wizard.progress).toContainText('Passo 3 di 3')
    await wizard.accept()
    await wizard.register()
    await expect(wizard.shell.heading()).toHaveText('Controlla la tua email')
    const confirmCode = codeIn(await waitForMail(host, email, 'Conferma registrazione'))
    const confirm = new ConfirmPage(page)
    await confirm.confirmWithCode(confirmCode)
    await expect(confirm.shell.heading()).toHaveText('Registrazione confermata')

    // ACCEDI, "Hai dimenticato la password?", the code from the mail, a new password.
    await page.getByRole('link', { name: 'ACCEDI' }).tap()
    const login = new LoginPage(page)
    await expect(login.shell.heading()).toHaveText('Accedi')
    await login.forgotLink.tap()
    const recovery = new RecoveryWizard(page)
    await recovery.askForCode(email)
    await expect(page.getByText('Passo 2 di 3')).toBeVisible()
    const resetCode = codeIn(await waitForMail(host, email, 'Reimpostazione della password'))
    await recovery.enterCode(resetCode)
    await recovery.choosePassword(newPassword)
    await expect(recovery.shell.heading()).toHaveText('Password cambiata')

    // Signed in by codice fiscale; the area shows the customer; then in English.
    await page.getByRole('link', { name: 'ACCEDI' }).tap()
    await login.signIn(customer.codiceFiscale!, newPassword)
    const area = new CustomerArea(page)
    await area.expectOpen()
    await expect(area.customers.first()).toContainText(customer.codiceCliente)
    await area.shell.chooseLanguage('English')
    await expect(area.shell.heading()).toHaveText('Customer area')
    await expect(area.shell.header).toContainText(email)

    // What a later flow might leave behind: a copied address, drafts in every storage of the
    // page, a file in the screen's temporary folder (a receipt, a scan).
    await page.evaluate((text) => navigator.clipboard.writeText(text), email)
    await leaveTracesInStorage(page, email)
    const connectionId = await page.evaluate(() =>
      sessionStorage.getItem('sportello-host-connection'),
    )
    expect(connectionId).toBeTruthy()
    const scratch = createScreenScratch(host.counter.dataDir)
    writeFileSync(
      join(scratch.dirFor(connectionId!), 'ricevuta.txt'),
      `${customer.name} ${customer.codiceFiscale} ${email}`,
    )
    const before = await pageTraces(page)
    expect(before.indexedDb).toEqual([`drafts-${email}`])
    expect(before.caches).toEqual([`drafts-${email}`])

    if (end === 'ESCI') {
      await area.shell.signOutButton.tap()
    } else {
      await page.clock.fastForward('01:31')
      await expect(new IdleWarning(page).dialog).toHaveAccessibleName('Are you still there?')
      await page.clock.fastForward('00:31')
    }
    await expect(home.welcome).toHaveText(welcome)
    await expect(visitEndedNotice(page)).toContainText('Sessione terminata')
    await expect(page.locator('html')).toHaveAttribute('lang', 'it')
    await expect(home.shell.languageButton('Italiano')).toHaveAttribute('aria-pressed', 'true')
    await expect(home.serviceTile('Registrati')).toBeVisible()

    const traces = [
      customer.name,
      givenNameFirst(customer.name),
      email,
      customer.codiceFiscale!,
      customer.codiceCliente,
      customer.registrationCode,
      confirmCode,
      resetCode,
      password,
      newPassword,
    ]
    const expectNoTrace = async (where: string) => {
      const found = await pageTraces(page)
      const text = await page.evaluate(() => document.body.innerText)
      const everything = JSON.stringify({ ...found, text }).toLowerCase()
      for (const trace of traces)
        expect(everything.includes(trace.toLowerCase()), `${trace} ${where}`).toBe(false)
      expect(found.localStorage, where).toEqual({})
      expectOnlyHostKeys(found.sessionStorage, where)
      expect(found.indexedDb, where).toEqual([])
      expect(found.caches, where).toEqual([])
    }
    await expectNoTrace('in the page after the end')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('')

    // Main: every session of the account ended; the screen's temporary folder gone.
    const account = await host.counter.db('counter_accounts').where({ email }).first()
    const sessions = await host.counter
      .db('counter_sessions')
      .where({ subject_kind: 'account', subject_id: account.id })
    expect(sessions.length).toBeGreaterThan(0)
    for (const session of sessions) expect(session.ended_at).not.toBeNull()
    const left = filesUnder(scratchRoot(host.counter.dataDir))
    for (const file of left) {
      const content = readFileSync(file, 'utf8').toLowerCase()
      for (const trace of traces) expect(content, file).not.toContain(trace.toLowerCase())
    }
    expect(left).toEqual([])
    expect(await page.evaluate(() => window.sportello.session.current({}))).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })

    // The tab's history holds the kiosk's one page and no page of the visit: Back leaves the
    // kiosk altogether (the tab's blank start; in Electron the shell clears even that), and
    // Forward brings back the start page, with nothing of the customer.
    expect(await page.evaluate(() => history.length)).toBe(2)
    await page.goBack()
    expect(page.url()).toBe('about:blank')
    await page.goForward()
    await expect(home.welcome).toHaveText(welcome)
    await expect(page.getByRole('link', { name: /^Vai alla tua area/ })).toHaveCount(0)
    await expectNoTrace('after Back and Forward')
  })
}
