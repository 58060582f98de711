// The customer display at a desk, from both sides: the customer's page (#/schermo-cliente) that
// pairs by the operator's code and takes the customer's secrets, and the operator's panel in a
// flow (the pairing code, "Chiedi al cliente", "In attesa del cliente…", the one-monitor turn).
import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell } from './app-shell'

/** The customer's page, as the customer in front of the desk uses it. */
export class CustomerDisplayPage {
  readonly shell: AppShell
  readonly pairingCode: Locator
  readonly pairButton: Locator
  readonly confirmButton: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.pairingCode = page.getByLabel(/^(Codice di abbinamento|Pairing code)$/)
    this.pairButton = page.getByRole('button', { name: /^(ABBINA|PAIR)$/ })
    this.confirmButton = page.getByRole('button', { name: /^(CONFERMA|CONFIRM)$/ })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/schermo-cliente')
    await expect(this.shell.heading()).toHaveText(/^(Schermo cliente|Customer display)$/)
  }

  async pair(code: string): Promise<void> {
    await this.pairingCode.fill(code)
    await this.pairButton.click()
  }

  /** The message under the pairing code. */
  get pairingError(): Locator {
    return this.page
      .locator('.form-field')
      .filter({ has: this.pairingCode })
      .locator('.form-field__error')
  }

  async typeNewPassword(password: string, confirm = password): Promise<void> {
    await expect(this.shell.heading()).toHaveText(/^(Scegli la tua password|Choose your password)$/)
    await this.page.getByLabel(/^(Scegli una password|Choose a password)$/).fill(password)
    await this.page.getByLabel(/^(Conferma password|Confirm password)$/).fill(confirm)
    await this.confirmButton.click()
  }

  /** Their own password once (the secure channel's phase I). */
  async typeOwnPassword(password: string): Promise<void> {
    await expect(this.shell.heading()).toHaveText('Scrivi la tua password')
    await this.page.getByLabel('La tua password', { exact: true }).fill(password)
    await this.confirmButton.click()
  }

  async typeCode(code: string, via: 'email' | 'SMS' = 'email'): Promise<void> {
    await expect(this.shell.heading()).toHaveText(`Scrivi il codice ricevuto via ${via}`)
    const boxes = this.page.getByRole('group', { name: 'Codice di 6 cifre' })
    await boxes.getByRole('textbox').first().click()
    await this.page.keyboard.type(code)
    await this.confirmButton.click()
  }

  async expectDone(): Promise<void> {
    await expect(this.shell.heading()).toHaveText('Fatto: l’operatore può proseguire')
  }
}

/** The operator's panel in a flow, where the operator used to type the customer's secret. */
export class CustomerEntryPanel {
  readonly root: Locator
  readonly code: Locator
  readonly address: Locator
  readonly askButton: Locator
  readonly askAgainButton: Locator
  readonly oneScreenButton: Locator
  readonly error: Locator

  constructor(readonly page: Page) {
    this.root = page.locator('.customer-entry')
    this.code = this.root.getByTestId('pairing-code')
    this.address = this.root.locator('.customer-entry__address')
    this.askButton = this.root.getByRole('button', { name: 'Chiedi al cliente' })
    this.askAgainButton = this.root.getByRole('button', { name: 'Chiedi di nuovo' })
    this.oneScreenButton = this.root.getByRole('button', {
      name: 'Un solo schermo? Gira lo schermo verso il cliente',
    })
    this.error = this.root.locator('.form-field__error')
  }

  /** The pairing code the operator reads out, as shown ("123 456"). */
  async pairingCode(): Promise<string> {
    await expect(this.code).toHaveText(/^\d{3} \d{3}$/)
    return (await this.code.textContent()) ?? ''
  }

  /** The screen turned to the customer (one monitor). */
  get turned(): Locator {
    return this.page.getByRole('dialog', { name: 'Schermo rivolto al cliente' })
  }
}

/** Pairs a customer page with the operator's panel on screen now. */
export async function pairDisplay(
  panel: CustomerEntryPanel,
  display: CustomerDisplayPage,
): Promise<void> {
  await display.pair(await panel.pairingCode())
  await expect(display.shell.heading()).toHaveText(/^Schermo cliente di /)
  await expect(panel.root).toContainText('Schermo cliente collegato.')
}
