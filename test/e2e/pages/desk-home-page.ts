// The operator's start page at a desk (after signing in).
import type { Locator, Page } from '@playwright/test'
import { AppShell } from './app-shell'
import { OperatorSignInPage, type DemoRole } from './desk-tools'

/** Work areas still to come: shown, marked "coming soon", not links. */

/** The customer flows an operator runs for the customer in front of them. */
export const customerTools = [
  'Cerca cliente',
  'Registrazione',
  'Conferma registrazione',
  'Password dimenticata',
  'Sblocca account cliente',
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

  /** Signs in (front desk unless told) and waits for the start page. */
  async open(role: DemoRole = 'front_desk'): Promise<void> {
    await new OperatorSignInPage(this.page).signInAs(role)
  }

  section(name: string): Locator {
    return this.page.getByRole('listitem').filter({
      has: this.page.getByRole('heading', { level: 3, name, exact: true }),
    })
  }

  tool(name: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^${name}`) })
  }
}
