// What a customer (or an operator serving one) sees of the visit's frame: the full-screen idle
// warning with its countdown and Continua, and the short notice once a visit or a service ended.
// Plus what a test reads of the page to prove a wipe: every trace the page itself could keep.
import { expect, type Locator, type Page } from '@playwright/test'

export class IdleWarning {
  readonly dialog: Locator
  readonly continueButton: Locator
  /** The big figure of seconds left. */
  readonly seconds: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('alertdialog')
    this.continueButton = this.dialog.getByRole('button', { name: /^(Continua|Continue)$/ })
    this.seconds = this.dialog.locator('.idle-warning__number')
  }
}

/** The notice the fresh page shows after a visit (kiosk) or a service (desk) ended. */
export function visitEndedNotice(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /terminat|ended|Sei uscito|signed out/ })
}

export type PageTraces = {
  html: string
  inputs: string[]
  title: string
  localStorage: Record<string, string>
  sessionStorage: Record<string, string>
  indexedDb: string[]
  caches: string[]
}

/** Everything the page holds that could keep a customer's data: DOM, values, every storage. */
export async function pageTraces(page: Page): Promise<PageTraces> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Object.fromEntries(
        Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').map((key) => [
          key,
          storage.getItem(key) ?? '',
        ]),
      )
    return {
      html: document.documentElement.outerHTML,
      inputs: [...document.querySelectorAll('input, textarea')].map(
        (field) => (field as HTMLInputElement).value,
      ),
      title: document.title,
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      indexedDb: (await indexedDB.databases()).map((db) => db.name ?? ''),
      caches: typeof caches === 'undefined' ? [] : await caches.keys(),
    }
  })
}

/**
 * What sessionStorage may hold after a wipe: the test host's connection id (host-bridge.ts) and
 * vue-router's empty table of scroll positions, written by the fresh page.
 */
export function expectOnlyHostKeys(storage: Record<string, string>, where: string): void {
  for (const [key, value] of Object.entries(storage)) {
    if (key === 'sportello-host-connection') continue
    expect({ [key]: value }, where).toEqual({ 'vue-router:scroll': '{}' })
  }
}

/** Puts a customer's word in every storage the page has, as a careless later flow might. */
export async function leaveTracesInStorage(page: Page, secret: string): Promise<void> {
  await page.evaluate(async (value) => {
    localStorage.setItem('draft', value)
    sessionStorage.setItem('draft', value)
    await new Promise<void>((done, fail) => {
      const open = indexedDB.open(`drafts-${value}`, 1)
      open.onupgradeneeded = () => open.result.createObjectStore('drafts')
      open.onsuccess = () => {
        const tx = open.result.transaction('drafts', 'readwrite')
        tx.objectStore('drafts').put(value, 'draft')
        tx.oncomplete = () => (open.result.close(), done())
        tx.onerror = () => fail(tx.error)
      }
      open.onerror = () => fail(open.error)
    })
    const cache = await caches.open(`drafts-${value}`)
    await cache.put(`/draft?value=${encodeURIComponent(value)}`, new Response(value))
  }, secret)
}

/** Impostazioni ufficio's "Inattività": the two idle timeouts, as an admin sets them. */
export class IdleSettings {
  readonly section: Locator
  readonly kioskSeconds: Locator
  readonly deskMinutes: Locator
  readonly saveButton: Locator

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Inattività' })
    this.kioskSeconds = this.section.getByLabel('Sportello self-service, in secondi', {
      exact: true,
    })
    this.deskMinutes = this.section.getByLabel(
      'Postazione operatore che serve un cliente, in minuti',
      { exact: true },
    )
    this.saveButton = this.section.getByRole('button', { name: 'Salva i tempi di inattività' })
  }

  /** From the desk's start page, as an admin does. */
  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: /^Impostazioni ufficio/ }).click()
    await expect(this.kioskSeconds).toHaveValue(/^\d+$/)
  }

  savedToast(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Tempi di inattività salvati.' })
  }
}
