// The operator's side: signing in at a desk, and the desk's tools (Posta inviata, Sblocca
// account cliente, Operatori), read and used the way a clerk does with mouse and keyboard.
import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell } from './app-shell'

export const demoOperators = {
  front_desk: {
    username: 'operatore',
    password: 'Sportello-Front-26!',
    role: 'Operatore di sportello',
  },
  back_office: {
    username: 'revisore',
    password: 'Sportello-Back-26!',
    role: 'Revisore (back office)',
  },
  admin: { username: 'amministratore', password: 'Sportello-Admin-26!', role: 'Amministratore' },
} as const

export type DemoRole = keyof typeof demoOperators

export class OperatorSignInPage {
  readonly shell: AppShell
  readonly heading: Locator
  readonly username: Locator
  readonly password: Locator
  readonly remember: Locator
  readonly submit: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.heading = page.getByRole('heading', { level: 1, name: 'Accesso operatore' })
    this.username = page.getByLabel('Nome utente', { exact: true })
    this.password = page.getByLabel('Password', { exact: true })
    this.remember = page.getByRole('checkbox', { name: /^RICORDAMI/ })
    this.submit = page.getByRole('button', { name: 'ACCEDI', exact: true })
  }

  async open(): Promise<void> {
    await this.page.goto('/')
    await expect(this.heading).toBeVisible()
  }

  async signIn(username: string, password: string, { remember = false } = {}): Promise<void> {
    await this.username.fill(username)
    await this.password.fill(password)
    if (remember) await this.remember.check()
    await this.submit.click()
  }

  /** Opens the desk and signs in as a demo operator; waits for the start page. */
  async signInAs(role: DemoRole, options: { remember?: boolean } = {}): Promise<void> {
    await this.open()
    const who = demoOperators[role]
    await this.signIn(who.username, who.password, options)
    await expect(this.shell.heading()).toHaveText('Postazione operatore')
  }
}

export class MailboxPage {
  readonly shell: AppShell
  readonly table: Locator
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.table = page.getByRole('table', { name: 'Posta inviata' })
    this.dialog = page.getByRole('dialog')
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: /^Posta inviata/ }).click()
    await expect(this.shell.heading()).toHaveText('Posta inviata')
  }

  row(to: string, subject: string): Locator {
    return this.table.getByRole('row').filter({ hasText: to }).filter({ hasText: subject })
  }

  /** Waits for the message (the list refreshes by itself), opens it, returns its text. */
  async read(to: string, subject: string): Promise<string> {
    const row = this.row(to, subject).first()
    await expect(row).toBeVisible({ timeout: 15_000 })
    await row.getByRole('button', { name: /^Apri/ }).click()
    await expect(this.dialog).toBeVisible()
    const text = await this.dialog.locator('pre').innerText()
    await this.dialog.getByRole('button', { name: 'Chiudi' }).click()
    await expect(this.dialog).toHaveCount(0)
    return text
  }
}

export class UnlockPage {
  readonly shell: AppShell

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: /^Sblocca account cliente/ }).click()
    await expect(this.shell.heading()).toHaveText('Sblocca account cliente')
  }

  async unlock(email: string): Promise<void> {
    await this.page.getByLabel('Email dell’account', { exact: true }).fill(email)
    await this.page
      .getByRole('checkbox', { name: 'Ho controllato il documento d’identità del cliente' })
      .check()
    await this.page.getByRole('button', { name: 'Sblocca', exact: true }).click()
  }
}

export class OperatorsPage {
  readonly shell: AppShell
  readonly table: Locator
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.table = page.getByRole('table', { name: 'Operatori' })
    this.dialog = page.getByRole('dialog')
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: /^Operatori/ }).click()
    await expect(this.shell.heading()).toHaveText('Operatori')
  }

  row(username: string): Locator {
    return this.table.getByRole('row').filter({ hasText: username })
  }

  /** Creates an operator; answers the temporary password the form proposed and the admin read out. */
  async create(username: string, displayName: string, role: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Nuovo operatore' }).click()
    await expect(this.dialog).toBeVisible()
    await this.dialog.getByLabel('Nome utente', { exact: true }).fill(username)
    await this.dialog.getByLabel('Nome e cognome', { exact: true }).fill(displayName)
    await this.dialog.getByRole('radio', { name: role }).check()
    const password = this.dialog.getByLabel('Password temporanea', { exact: true })
    const temporary = await password.inputValue()
    await this.dialog.getByRole('button', { name: 'Crea operatore' }).click()
    // The form gives way to the password, shown once until the admin closes it.
    await expect(this.issued).toBeVisible()
    await expect(this.issuedPassword).toHaveText(temporary)
    return temporary
  }

  /** The box with the temporary password just given (after a creation or a reset). */
  get issued(): Locator {
    return this.page.getByRole('dialog', {
      name: /^(Operatore .* creato\.|Password di .* reimpostata\.)$/,
    })
  }

  get issuedPassword(): Locator {
    return this.issued.locator('.issued-password__value')
  }

  async closeIssued(): Promise<void> {
    await this.issued.getByRole('button', { name: 'Ho comunicato la password, chiudi' }).click()
    await expect(this.issued).toHaveCount(0)
  }
}

export type MailServer = {
  host: string
  port: string
  security: 'STARTTLS' | 'TLS implicito'
  user: string
  password: string
  from: string
}

/** Impostazioni posta (admins): the SMTP server, read and filled as a clerk does. */
export class MailSettingsPage {
  readonly shell: AppShell
  readonly host: Locator
  readonly port: Locator
  readonly user: Locator
  readonly password: Locator
  readonly from: Locator
  readonly saveButton: Locator
  readonly removePasswordButton: Locator
  /** "Password salvata" or "Nessuna password": all the form ever says about the password. */
  readonly passwordState: Locator
  readonly demoNote: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.host = page.getByLabel('Server SMTP', { exact: true })
    this.port = page.getByLabel('Porta', { exact: true })
    this.user = page.getByLabel(/^Nome utente/)
    this.password = page.getByLabel('Password', { exact: true })
    this.from = page.getByLabel('Mittente', { exact: true })
    this.saveButton = page.getByRole('button', { name: 'Salva', exact: true })
    this.removePasswordButton = page.getByRole('button', { name: 'Rimuovi la password' })
    this.passwordState = page.getByTestId('password-state')
    this.demoNote = page.getByRole('note').filter({ hasText: 'Modalità dimostrativa' })
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: /^Impostazioni posta/ }).click()
    await this.waitForForm()
  }

  async waitForForm(): Promise<void> {
    await expect(this.shell.heading()).toHaveText('Impostazioni posta')
    await expect(this.host).toBeVisible()
  }

  security(name: MailServer['security']): Locator {
    return this.page.getByRole('radio', { name, exact: true })
  }

  async fill(server: Partial<MailServer>): Promise<void> {
    // The kind of connection first: choosing it moves the usual port along.
    if (server.security) await this.security(server.security).check()
    if (server.host !== undefined) await this.host.fill(server.host)
    if (server.port !== undefined) await this.port.fill(server.port)
    if (server.user !== undefined) await this.user.fill(server.user)
    if (server.password !== undefined) await this.password.fill(server.password)
    if (server.from !== undefined) await this.from.fill(server.from)
  }

  async save(): Promise<void> {
    await this.saveButton.click()
  }

  /** The confirmation toast after a save. */
  savedToast(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Impostazioni della posta salvate.' })
  }

  /** Saves and waits for the confirmation; closes it so it hides nothing. */
  async saveAndConfirm(): Promise<void> {
    await this.save()
    const toast = this.savedToast()
    await expect(toast).toBeVisible()
    await toast.getByRole('button', { name: 'Chiudi' }).click()
    await expect(toast).toHaveCount(0)
  }

  async expectShows(server: Omit<MailServer, 'password'>): Promise<void> {
    await expect(this.host).toHaveValue(server.host)
    await expect(this.port).toHaveValue(server.port)
    await expect(this.security(server.security)).toBeChecked()
    await expect(this.user).toHaveValue(server.user)
    await expect(this.from).toHaveValue(server.from)
  }
}

/** Registro attività: the admin's log, with its filters and paging. */
export class AuditPage {
  readonly shell: AppShell
  readonly table: Locator
  readonly person: Locator
  readonly action: Locator
  readonly outcome: Locator
  readonly from: Locator
  readonly to: Locator
  readonly count: Locator
  readonly exportButton: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.table = page.getByRole('table', { name: /^(Registro attività|Activity log)$/ })
    this.person = page.getByLabel(/^(Persona|Person)$/)
    this.action = page.getByLabel(/^(Attività|Activity)$/)
    this.outcome = page.getByLabel(/^(Esito|Outcome)$/)
    this.from = page.getByLabel(/^(Dal giorno|From)$/)
    this.to = page.getByLabel(/^(Al giorno|To)$/)
    this.count = page.getByRole('main').getByRole('status')
    this.exportButton = page.getByRole('button', { name: /^(Esporta CSV|Export CSV)$/ })
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: /^Registro attività/ }).click()
    await expect(this.shell.heading()).toHaveText('Registro attività')
  }

  /** The table's rows (without the header). */
  rows(): Locator {
    return this.table.locator('tbody tr')
  }
}
