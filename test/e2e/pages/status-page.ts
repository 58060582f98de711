// The status screen: the replica's figures, read the way a person reads them off the screen.
import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell } from './app-shell'

export type Figure = 'customers' | 'documents' | 'database'

const figureNames: Record<Figure, RegExp> = {
  customers: /^(Clienti|Customers)$/,
  documents: /^(Documenti|Documents)$/,
  database: /^Database$/,
}

export class StatusPage {
  readonly shell: AppShell
  readonly title: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.title = page.getByRole('heading', { level: 1 })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/stato')
    await this.waitForFigures()
  }

  async waitForFigures(): Promise<void> {
    await expect(this.figure('customers')).toBeVisible()
  }

  figure(name: Figure): Locator {
    return this.page.getByRole('region', { name: figureNames[name] })
  }

  /** The big number (or size) of a figure, exactly as written on screen. */
  async figureText(name: Figure): Promise<string> {
    return (await this.figure(name).getByTestId('stat-value').innerText()).trim()
  }

  /** A count as written in Italian ("5.432") or English ("5,432"), as a number. */
  async count(name: Figure): Promise<number> {
    const text = await this.figureText(name)
    return Number(text.replace(/[.,\s\u202f]/g, ''))
  }

  /** One line of the customers' breakdown ("Privati", "Aziende"), as written on screen. */
  async breakdown(label: string): Promise<string> {
    const row = this.figure('customers')
      .locator('dl > div')
      .filter({ has: this.page.locator('dt', { hasText: label }) })
    return (await row.locator('dd').innerText()).trim()
  }
}
