// The kiosk's start page, as a customer sees it: a welcome and large service tiles.
import type { Locator, Page } from '@playwright/test'
import { AppShell } from './app-shell'

/** The customer services that work at the kiosk: their tiles are links. */
export const availableServices = [
  'Registrati',
  'Accedi',
  'Hai dimenticato la password?',
  'Canale sicuro (OTP)',
  'Le mie bollette',
  'Hai cambiato il cellulare o l’email?',
] as const

/** A tile is named by all its visible text (WCAG 2.5.3), so its title is the start of its name. */
export function tileName(title: string): RegExp {
  return new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`)
}

export class KioskHomePage {
  readonly shell: AppShell
  readonly welcome: Locator
  /** Every service tile, working or coming soon. */
  readonly tiles: Locator
  /** The help line at the foot of every kiosk screen. */
  readonly helpBar: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.welcome = page.getByRole('heading', { level: 1 })
    this.tiles = page
      .getByRole('region', { name: /^(Servizi per i clienti|Customer services)$/ })
      .getByRole('listitem')
    this.helpBar = page.getByRole('contentinfo')
  }

  async open(): Promise<void> {
    await this.page.goto('/')
    await this.welcome.waitFor()
  }

  /** A customer service tile that works: a link to the flow. */
  serviceTile(name: string): Locator {
    return this.page.getByRole('link', { name: tileName(name) })
  }
}
