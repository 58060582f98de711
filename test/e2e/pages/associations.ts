// The association (issue #11) as a customer walks it at the kiosk and an operator at a desk: the
// form with seed 002's fields, the camera panel, "Non trovi il codice cliente?", and the area
// clienti's customers (the one looked at, the list to switch in and remove from).
import { expect, type Locator, type Page } from '@playwright/test'
import { AppShell, press } from './app-shell'
import { fieldErrorOf } from './customer-flows'

export type Kind = 'Privata' | 'Partita IVA'

export class AssociationFormPage {
  readonly shell: AppShell
  readonly name: Locator
  readonly code: Locator
  readonly taxCode: Locator
  readonly accountEmail: Locator
  readonly submit: Locator
  readonly readFromBill: Locator
  readonly lostCode: Locator
  /** The one message for the whole form (a mismatch, a lock). */
  readonly problem: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.name = page.getByLabel('Nome cliente', { exact: true })
    this.code = page.getByLabel('Codice cliente', { exact: true })
    this.taxCode = page.getByLabel(/^(Codice fiscale|Partita IVA o C\.O\.E\.)$/)
    this.accountEmail = page.getByLabel('Email dell’account del cliente', { exact: true })
    this.submit = page.getByRole('button', { name: 'ASSOCIA', exact: true })
    this.readFromBill = page.getByRole('button', { name: 'Leggi dalla bolletta' })
    this.lostCode = page.getByRole('link', { name: 'Non trovi il codice cliente?' })
    this.problem = page.getByRole('main').getByRole('alert')
  }

  kind(kind: Kind): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${kind}`) })
  }

  fieldError(control: Locator): Locator {
    return fieldErrorOf(this.page, control)
  }

  /** The kind's message sits under its group of choices. */
  get kindError(): Locator {
    return this.page.getByRole('group', { name: 'Tipo utenza' }).locator('.form-field__error')
  }

  async fill(fields: { name: string; kind: Kind; code?: string; taxCode: string }) {
    await this.name.fill(fields.name)
    await press(this.kind(fields.kind))
    if (fields.code !== undefined) await this.code.fill(fields.code)
    await this.taxCode.fill(fields.taxCode)
  }

  async associate(): Promise<void> {
    await press(this.submit)
  }
}

export class CameraPanel {
  readonly dialog: Locator
  readonly close: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Leggi il codice dalla bolletta' })
    this.close = this.dialog.getByRole('button', {
      name: /^(Chiudi la fotocamera|Scrivi il codice a mano)$/,
    })
  }
}

export class CustomerChoicePage {
  readonly shell: AppShell
  readonly current: Locator
  readonly list: Locator
  readonly add: Locator
  readonly news: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.current = page.getByRole('region', { name: 'Utenza che stai guardando' })
    this.list = page.getByRole('region', { name: 'Le tue utenze' }).getByRole('listitem')
    this.add = page.getByRole('link', { name: 'Aggiungi un cliente' })
    this.news = page.getByRole('main').getByRole('status').first()
  }

  async expectOpen(): Promise<void> {
    await expect(this.shell.heading()).toHaveText('Area clienti')
  }

  async openAdd(): Promise<AssociationFormPage> {
    await press(this.add)
    await expect(this.shell.heading()).toHaveText('Aggiungi un cliente')
    return new AssociationFormPage(this.page)
  }

  async lookAt(name: string): Promise<void> {
    await press(this.page.getByRole('button', { name: `Guarda questa utenza: ${name}` }))
  }

  async remove(name: string): Promise<void> {
    await press(this.page.getByRole('button', { name: `Rimuovi l’utenza ${name}` }))
    const dialog = this.page.getByRole('dialog', { name: 'Rimuovere questa utenza?' })
    await expect(dialog).toContainText(name)
    await press(dialog.getByRole('button', { name: 'Sì, rimuovi' }))
    await expect(dialog).toHaveCount(0)
  }
}
