// Requests with an ID document at a desk (issue #13), read and used as a clerk does: the customer
// page's Richieste (MODIFICA recapito, RESET LOGIN, files from a scanner) and back office's
// Richieste da esaminare with the request page.
import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell } from './app-shell'

export class DeskRequestsSection {
  readonly root: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Richieste', exact: true })
  }

  async open(codiceCliente: string): Promise<void> {
    await this.page.goto(`/#/clienti/${codiceCliente}`)
    await expect(this.root).toBeVisible()
  }

  async serve(): Promise<void> {
    await this.page.getByRole('button', { name: 'Servi questo cliente' }).click()
    await expect(this.page.getByRole('region', { name: 'Cliente servito' })).toBeVisible()
  }

  /** Picks a file for one side of the ID document, as CERCA FILE's dialog would. */
  async attach(side: 'front' | 'back', file: string): Promise<void> {
    await this.root.getByTestId(`scan-input-${side}`).setInputFiles(file)
  }

  sideOutcome(side: 'Fronte' | 'Retro'): Locator {
    return this.root.locator('.scan-file').filter({ hasText: side })
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true })
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true })
  }

  /** The receipt's request number ("R-2026-000001"). */
  async receiptNumber(): Promise<string> {
    const line = this.root.getByText(/^Numero della richiesta: /)
    await expect(line).toBeVisible()
    return (await line.innerText()).replace('Numero della richiesta: ', '').trim()
  }

  entry(number: string): Locator {
    return this.root.getByRole('listitem').filter({ hasText: number })
  }
}

export class ReviewQueuePage {
  readonly shell: AppShell
  readonly table: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.table = page.getByRole('table', { name: 'Richieste da esaminare' })
  }

  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: /^Richieste da esaminare/ }).click()
    await expect(this.shell.heading()).toHaveText('Richieste da esaminare')
  }

  row(number: string): Locator {
    return this.table.getByRole('row').filter({ hasText: number })
  }

  async openRequest(number: string): Promise<ReviewRequestPage> {
    await this.row(number)
      .getByRole('link', { name: `Esamina la richiesta ${number}` })
      .click()
    const request = new ReviewRequestPage(this.page)
    await expect(request.shell.heading()).toHaveText(`Richiesta ${number}`)
    return request
  }
}

export class ReviewRequestPage {
  readonly shell: AppShell
  readonly approve: Locator
  readonly reject: Locator
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.approve = page.getByRole('button', { name: 'APPROVA', exact: true })
    this.reject = page.getByRole('button', { name: 'RIFIUTA', exact: true })
    this.dialog = page.getByRole('dialog')
  }

  side(name: 'Fronte' | 'Retro'): Locator {
    return this.page.getByRole('figure', { name: `${name} del documento` })
  }

  async rejectWith(reason: string, note: string): Promise<void> {
    await this.reject.click()
    await expect(this.dialog).toBeVisible()
    await this.dialog.getByRole('radio', { name: reason }).check()
    await this.dialog.getByLabel(/^Nota per il cliente/).fill(note)
    await this.dialog.getByRole('button', { name: 'RIFIUTA', exact: true }).click()
  }
}
