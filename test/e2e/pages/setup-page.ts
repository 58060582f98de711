// Prima configurazione, as the administrator of a new installation fills it with keyboard and
// mouse: the key from its file, the use of the workstation, the office, the administrator.
import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell } from './app-shell'

export type SetupMode = 'Chiosco self-service per i clienti' | 'Sportello con operatore'

export type SetupAnswers = {
  key: string
  mode: SetupMode
  officeName: string
  portalUrl?: string
  username: string
  /** A new admin only. */
  displayName?: string
  password: string
  /** A new admin only; the password again unless told. */
  confirm?: string
}

export class SetupPage {
  readonly shell: AppShell
  readonly heading: Locator
  readonly key: Locator
  readonly keyFile: Locator
  readonly officeName: Locator
  readonly portalUrl: Locator
  readonly username: Locator
  readonly displayName: Locator
  readonly password: Locator
  readonly confirm: Locator
  readonly submit: Locator
  /** Every error the form shows under a field. */
  readonly fieldErrors: Locator
  readonly restarting: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.heading = page.getByRole('heading', { level: 1 })
    this.key = page.getByLabel('Scrivi la chiave', { exact: true })
    this.keyFile = page.getByTestId('setup-key-file')
    this.officeName = page.getByLabel('Nome dell’ufficio', { exact: true })
    this.portalUrl = page.getByLabel(/^Indirizzo del portale clienti/)
    this.username = page.getByLabel('Nome utente', { exact: true })
    this.displayName = page.getByLabel('Nome e cognome', { exact: true })
    this.password = page.getByLabel('Password', { exact: true })
    this.confirm = page.getByLabel('Conferma password', { exact: true })
    this.submit = page.getByRole('button', { name: 'Completa la configurazione' })
    this.fieldErrors = page.getByRole('main').locator('.form-field__error')
    this.restarting = page.getByRole('status').filter({ hasText: 'Sportello si riavvia' })
  }

  mode(name: SetupMode): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}`) })
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path)
    await this.expectShown()
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Prima configurazione')
    await expect(this.page).toHaveURL(/#\/prima-configurazione$/)
    await expect(this.key).toBeVisible()
  }

  async fill(answers: SetupAnswers): Promise<void> {
    await this.key.fill(answers.key)
    await this.mode(answers.mode).check()
    await this.officeName.fill(answers.officeName)
    await this.portalUrl.fill(answers.portalUrl ?? '')
    await this.username.fill(answers.username)
    if (answers.displayName !== undefined) await this.displayName.fill(answers.displayName)
    await this.password.fill(answers.password)
    if (answers.displayName !== undefined)
      await this.confirm.fill(answers.confirm ?? answers.password)
  }
}

/** The setup key as the installation wrote it: the line of letters, digits and dashes. */
export function setupKeyIn(text: string): string {
  const key = text.match(/[A-Z0-9-]{19,}/)?.[0]
  if (!key) throw new Error('no setup key in the file')
  return key
}

/** Impostazioni ufficio (admins, at a desk). */
export class OfficeSettingsPage {
  readonly shell: AppShell
  readonly officeName: Locator
  readonly portalUrl: Locator
  readonly timeZone: Locator
  readonly saveButton: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.officeName = page.getByLabel('Nome dell’ufficio', { exact: true })
    this.portalUrl = page.getByLabel(/^Indirizzo del portale clienti/)
    this.timeZone = page.getByLabel('Fuso orario dell’ufficio', { exact: true })
    this.saveButton = page.getByRole('button', { name: 'Salva', exact: true })
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: /^Impostazioni ufficio/ }).click()
    await expect(this.shell.heading()).toHaveText('Impostazioni ufficio')
    await expect(this.officeName).toBeVisible()
  }

  savedToast(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Impostazioni dell’ufficio salvate.' })
  }
}
