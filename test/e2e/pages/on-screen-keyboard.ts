// The on-screen keyboard of a screen that faces a customer, as a customer uses it: touch a field,
// touch the keys.
import { expect, type Locator, type Page } from '@playwright/test'
import { press } from './app-shell'

export class OnScreenKeyboard {
  readonly root: Locator
  readonly hideButton: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', {
      name: /^(Tastiera sullo schermo|On-screen keyboard)$/,
    })
    this.hideButton = this.root.getByRole('button', { name: /^(Nascondi tastiera|Hide keyboard)$/ })
  }

  /** One key, by what it shows (a letter, "@", ".com") or its name ("Cancella", "Maiuscole"). */
  key(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true })
  }

  async tap(...names: string[]): Promise<void> {
    // A finger on a touch screen, a mouse on a desk's customer display.
    for (const name of names) await press(this.key(name))
  }

  /** Types a text key by key: a capital with Maiuscole first, a space with Spazio. */
  async type(text: string): Promise<void> {
    for (const char of text) {
      if (char === ' ') await this.tap('Spazio')
      else if (char !== char.toLowerCase()) await this.tap('Maiuscole', char)
      else await this.tap(char)
    }
  }

  /** Every key and the hide button, measured: a finger of any age hits them. */
  async expectKeysAtLeast(min: number): Promise<void> {
    const sizes = await this.root
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.map(
          (button) => [button.textContent ?? '', button.getBoundingClientRect()] as const,
        ),
      )
    expect(sizes.length).toBeGreaterThan(10)
    for (const [name, box] of sizes) {
      expect(box.width, `${name} width`).toBeGreaterThanOrEqual(min)
      expect(box.height, `${name} height`).toBeGreaterThanOrEqual(min)
    }
  }

  /** The keyboard's top edge and the field's bottom edge, on screen. */
  async expectBelow(field: Locator): Promise<void> {
    const [fieldBox, keysBox] = await Promise.all([field.boundingBox(), this.root.boundingBox()])
    expect(fieldBox, 'the field is on screen').not.toBeNull()
    expect(keysBox, 'the keyboard is on screen').not.toBeNull()
    expect(fieldBox!.y + fieldBox!.height).toBeLessThanOrEqual(keysBox!.y)
    expect(fieldBox!.y).toBeGreaterThanOrEqual(0)
  }
}

/** Where the caret is in a field (start and end of its selection). */
export function caretOf(field: Locator): Promise<[number | null, number | null]> {
  return field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])
}

export function placeCaret(field: Locator, start: number, end = start): Promise<void> {
  return field.evaluate(
    (el: HTMLInputElement, range) => el.setSelectionRange(range.start, range.end),
    { start, end },
  )
}
