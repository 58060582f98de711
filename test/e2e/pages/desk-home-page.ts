// The operator's start page at a desk.
import type { Locator, Page } from '@playwright/test'
import { AppShell } from './app-shell'

export const deskSections = [
  'Ricerca clienti',
  'Coda istruttorie',
  'Impostazioni',
  'Registro attività',
] as const

export class DeskHomePage {
  readonly shell: AppShell
  readonly title: Locator
  readonly statusLink: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.title = page.getByRole('heading', { level: 1 })
    this.statusLink = page.getByRole('link', { name: /stato della replica|replica status/i })
  }

  async open(): Promise<void> {
    await this.page.goto('/')
    await this.title.waitFor()
  }

  section(name: string): Locator {
    return this.page.getByRole('listitem').filter({
      has: this.page.getByRole('heading', { level: 3, name, exact: true }),
    })
  }
}
