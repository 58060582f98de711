// The locked kiosk's operator exit, as the office's staff use it: a finger held on the screen's
// top-left corner (or Ctrl+Alt+Shift+K), the PIN prompt, the operator's panel.
import { expect, type Locator, type Page } from '@playwright/test'

export class KioskLockPage {
  readonly corner: Locator
  readonly prompt: Locator
  readonly pin: Locator
  readonly confirm: Locator
  readonly cancel: Locator
  readonly promptError: Locator
  readonly panel: Locator
  readonly closeSportello: Locator
  readonly changePin: Locator
  readonly back: Locator

  constructor(readonly page: Page) {
    this.corner = page.getByTestId('kiosk-lock-corner')
    this.prompt = page.getByRole('dialog', { name: 'Uscita operatore' })
    this.pin = this.prompt.getByLabel('PIN operatore', { exact: true })
    this.confirm = this.prompt.getByRole('button', { name: 'CONFERMA' })
    this.cancel = this.prompt.getByRole('button', { name: 'ANNULLA' })
    this.promptError = this.prompt.getByRole('alert')
    this.panel = page.getByRole('dialog', { name: 'Pannello operatore' })
    this.closeSportello = this.panel.getByRole('button', { name: 'Chiudi Sportello' })
    this.changePin = this.panel.getByRole('button', { name: 'Cambia PIN' })
    this.back = this.panel.getByRole('button', { name: 'Torna al chiosco' })
  }

  /** The mouse held down on the corner for `ms` (3 s open the prompt). */
  async holdCorner(ms = 3300): Promise<void> {
    // A dialog just closed may still have its mask over the corner for a frame.
    await expect(this.page.locator('.p-dialog-mask')).toHaveCount(0)
    await this.page.mouse.move(12, 12)
    await this.page.mouse.down()
    await this.page.waitForTimeout(ms)
    await this.page.mouse.up()
  }

  /** A finger held on the corner for `ms`, as a touch screen reports it. */
  async touchCorner(ms = 3300): Promise<void> {
    const touch = { pointerType: 'touch', pointerId: 7, isPrimary: true, clientX: 12, clientY: 12 }
    await this.corner.dispatchEvent('pointerdown', touch)
    await this.page.waitForTimeout(ms)
    await this.corner.dispatchEvent('pointerup', touch)
  }

  async openPrompt(): Promise<void> {
    await this.holdCorner()
    await expect(this.prompt).toBeVisible()
    await expect(this.pin).toBeFocused()
  }

  async enterPin(pin: string): Promise<void> {
    await this.pin.fill(pin)
    await this.confirm.click()
  }

  async unlock(pin: string): Promise<void> {
    await this.openPrompt()
    await this.enterPin(pin)
    await expect(this.panel).toBeVisible()
  }
}
