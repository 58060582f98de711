// The customer flows as a customer walks them at the kiosk (or an operator for them at a desk):
// REGISTRATI, the confirmation code, ACCEDI, the area clienti, the password recovery.
import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell, press } from './app-shell'

/** The error line a field shows under it (FormField, or the code boxes' group). */
export function fieldErrorOf(page: Page, control: Locator): Locator {
  return page.locator('.form-field').filter({ has: control }).locator('.form-field__error')
}

/** The 6 boxes of a code: the customer touches the first and types the digits. */
async function typeCode(page: Page, group: Locator, code: string): Promise<void> {
  await press(group.getByRole('textbox').first())
  await page.keyboard.type(code)
}

export class RegisterWizard {
  readonly shell: AppShell
  readonly progress: Locator
  readonly next: Locator
  readonly submitButton: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.progress = page.getByRole('navigation', { name: /^(Avanzamento|Progress)$/ })
    this.next = page.getByRole('button', { name: /^(Avanti|Next)$/ })
    this.submitButton = page.getByRole('button', { name: /^(REGISTRATI|REGISTER)$/ })
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' })
  }

  /** The message under a field, when it shows one. */
  fieldError(label: string | RegExp): Locator {
    return fieldErrorOf(this.page, this.field(label))
  }

  async chooseKind(kind: 'Privato' | 'Azienda'): Promise<void> {
    await press(this.page.getByRole('radio', { name: new RegExp(`^${kind}`) }))
  }

  /** Step 1: tipo utenza, codice cliente and the code that fits (ISS or C.O.E.). */
  async fillCustomer(kind: 'Privato' | 'Azienda', codiceCliente: string, code: string) {
    await this.chooseKind(kind)
    await this.field('Codice cliente').fill(codiceCliente)
    await this.field(kind === 'Privato' ? 'Codice ISS' : /^Codice C\.O\.E\./).fill(code)
  }

  /** Step 2: email and the password twice. */
  async fillAccess(email: string, password: string, confirm = password) {
    await this.field('Email').fill(email)
    await this.field('Scegli una password').fill(password)
    await this.field('Conferma password').fill(confirm)
  }

  async accept(): Promise<void> {
    await press(this.page.getByRole('checkbox', { name: /^ACCETTA/ }))
  }

  async goNext(): Promise<void> {
    await press(this.next)
  }

  async register(): Promise<void> {
    await press(this.submitButton)
  }

  /** The password meter under the password field. */
  strength(): Locator {
    return this.page.getByRole('meter', { name: /^(Sicurezza della password|Password strength)$/ })
  }

  rule(text: string): Locator {
    return this.page
      .getByRole('list', { name: 'Requisiti della password' })
      .getByRole('listitem')
      .filter({ hasText: text })
  }
}

export class ConfirmPage {
  readonly shell: AppShell
  readonly email: Locator
  readonly code: Locator
  readonly confirmButton: Locator
  readonly resendButton: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.email = page.getByLabel('Email usata per la registrazione', { exact: true })
    this.code = page.getByRole('group', { name: 'Codice di 6 cifre' })
    this.confirmButton = page.getByRole('button', { name: 'CONFERMA', exact: true })
    this.resendButton = page.getByRole('button', { name: /^Invia di nuovo/ })
  }

  /** The message under the code boxes. */
  get codeError(): Locator {
    return fieldErrorOf(this.page, this.code)
  }

  async confirmWithCode(code: string): Promise<void> {
    await typeCode(this.page, this.code, code)
    await press(this.confirmButton)
  }
}

export class LoginPage {
  readonly shell: AppShell
  readonly identifier: Locator
  readonly password: Locator
  readonly submit: Locator
  readonly forgotLink: Locator
  readonly sharedDeviceNote: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.identifier = page.getByLabel('Email o codice fiscale', { exact: true })
    this.password = page.getByLabel('Password', { exact: true })
    this.submit = page.getByRole('button', { name: 'ACCEDI', exact: true })
    this.forgotLink = page.getByRole('link', { name: 'Hai dimenticato la password?' })
    this.sharedDeviceNote = page.getByText('Su un chiosco condiviso l’accesso non viene ricordato')
  }

  /** From the kiosk's start page, as a customer does. */
  async openFromHome(): Promise<void> {
    await this.page.goto('/')
    await press(this.page.getByRole('link', { name: /^Accedi/ }))
    await expect(this.shell.heading()).toHaveText('Accedi')
  }

  async signIn(identifier: string, password: string): Promise<void> {
    await this.identifier.fill(identifier)
    await this.password.fill(password)
    await press(this.submit)
  }
}

export class CustomerArea {
  readonly shell: AppShell
  readonly customers: Locator
  readonly changePassword: Locator
  readonly signOut: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.customers = page.getByRole('region', { name: 'Le tue utenze' }).getByRole('listitem')
    this.changePassword = page.getByRole('main').getByRole('link', { name: 'Cambia password' })
    this.signOut = page.getByRole('main').getByRole('button', { name: 'ESCI' })
  }

  async expectOpen(): Promise<void> {
    await expect(this.shell.heading()).toHaveText('Area clienti')
  }
}

export class RecoveryWizard {
  readonly shell: AppShell
  readonly email: Locator
  readonly sendCode: Locator
  readonly code: Locator
  readonly next: Locator
  readonly save: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.email = page.getByLabel('Email', { exact: true })
    this.sendCode = page.getByRole('button', { name: 'Invia il codice' })
    this.code = page.getByRole('group', { name: 'Codice di 6 cifre' })
    this.next = page.getByRole('button', { name: 'Avanti' })
    this.save = page.getByRole('button', { name: 'Salva la nuova password' })
  }

  /** The message under the code boxes. */
  get codeError(): Locator {
    return fieldErrorOf(this.page, this.code)
  }

  fieldError(label: string): Locator {
    return fieldErrorOf(this.page, this.page.getByLabel(label, { exact: true }))
  }

  async askForCode(email: string): Promise<void> {
    await this.email.fill(email)
    await press(this.sendCode)
  }

  async enterCode(code: string): Promise<void> {
    await typeCode(this.page, this.code, code)
    await press(this.next)
  }

  async choosePassword(password: string): Promise<void> {
    await this.page.getByLabel('Nuova password', { exact: true }).fill(password)
    await this.page.getByLabel('Conferma password', { exact: true }).fill(password)
    await press(this.save)
  }
}

export class ChangePasswordPage {
  readonly shell: AppShell

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
  }

  async change(current: string, next: string): Promise<void> {
    await this.page
      .getByLabel(/^(Password attuale|Password ricevuta \(temporanea\))$/)
      .fill(current)
    await this.page.getByLabel('Nuova password', { exact: true }).fill(next)
    await this.page.getByLabel('Conferma password', { exact: true }).fill(next)
    await press(this.page.getByRole('button', { name: 'Cambia password', exact: true }))
  }
}
