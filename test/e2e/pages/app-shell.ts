// What every screen has: the header with the product name, the language switch and (away from
// the start page) the home button.
import type { Locator, Page } from '@playwright/test'

export type Language = 'Italiano' | 'English'

export class AppShell {
  readonly header: Locator
  readonly languageSwitch: Locator
  readonly homeButton: Locator
  /** The kiosk's second way home, at the foot of the screen within reach of the hand. */
  readonly footerHomeButton: Locator

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner')
    this.languageSwitch = this.header.getByRole('group', { name: /^(Lingua|Language)$/ })
    this.homeButton = this.header.getByRole('link', { name: /^(Inizio|Home)$/ })
    this.footerHomeButton = page
      .getByRole('contentinfo')
      .getByRole('link', { name: /^(Torna all’inizio|Back to the start page)$/ })
  }

  languageButton(language: Language): Locator {
    return this.languageSwitch.getByRole('button', { name: language, exact: true })
  }

  async chooseLanguage(language: Language): Promise<void> {
    await press(this.languageButton(language))
  }

  /** ESCI, in the header. */
  get signOutButton(): Locator {
    return this.header.getByRole('button', { name: /^(ESCI|SIGN OUT)$/ })
  }

  /** A message the screen shows in its main area (errors are alerts). */
  alert(): Locator {
    return this.page.getByRole('main').getByRole('alert')
  }

  /** The page heading (h1) of the current screen. */
  heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 })
  }
}

/** A finger on a touch screen (the kiosk), a mouse click elsewhere. */
export async function press(target: Locator): Promise<void> {
  const touch = await target.page().evaluate(() => matchMedia('(pointer: coarse)').matches)
  if (touch) await target.tap()
  else await target.click()
}
