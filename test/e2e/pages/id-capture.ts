// The kiosk's capture of an ID document (IdDocumentCapture.vue) as a customer walks it: aim,
// SCATTA, look at the still, USA QUESTA FOTO or RIFAI, for the front and then the back; a refused
// still (blurred, glare) says why and offers RIFAI only. Used inside MODIFICA and RESET LOGIN;
// the browser must play a fake camera (test/support/fake-camera.ts, writeIdCardCamera).
import { expect, type Locator, type Page } from '@playwright/test'
import { press } from './app-shell'

export type DocumentSide = 'front' | 'back'

const sideWords: Record<DocumentSide, { it: string; en: string }> = {
  front: { it: 'Fronte', en: 'Front' },
  back: { it: 'Retro', en: 'Back' },
}

/** The refusals, as the customer reads them. */
export const refusals = {
  blurred:
    /^(La foto è sfocata: tieni fermo il documento e riprova|The photo is blurred: hold the document still and try again)$/,
  glare:
    /^(C’è un riflesso di luce sul documento: inclinalo un poco e riprova|There is a reflection of light on the document: tilt it a little and try again)$/,
} as const

export class IdCapturePanel {
  readonly region: Locator
  readonly step: Locator
  /** The sentence that says what to do now, or why the photo is refused (aria-live). */
  readonly status: Locator
  readonly preview: Locator
  readonly take: Locator
  readonly retake: Locator
  readonly use: Locator
  readonly retry: Locator
  /** The camera cannot be used: why, in words. */
  readonly cameraProblem: Locator

  constructor(
    readonly page: Page,
    within: Page | Locator = page,
  ) {
    this.region = within.getByRole('region', { name: /^(Documento d’identità|Identity document)$/ })
    this.step = this.region.getByRole('heading', { level: 2 })
    this.status = this.region.locator('.id-capture__status')
    this.preview = this.region.getByLabel(/^(Quello che vede la fotocamera|What the camera sees)$/)
    this.take = this.region.getByRole('button', { name: /^(SCATTA|TAKE PHOTO)$/ })
    this.retake = this.region.getByRole('button', { name: /^(RIFAI|RETAKE)$/ })
    this.use = this.region.getByRole('button', { name: /^(USA QUESTA FOTO|USE THIS PHOTO)$/ })
    this.retry = this.region.getByRole('button', { name: /^(RIPROVA|TRY AGAIN)$/ })
    this.cameraProblem = this.region.locator('.id-capture__failed').getByRole('status')
  }

  /** "Fronte: fatto", "Retro: da fare"... for a side. */
  sideState(side: DocumentSide): Locator {
    const { it, en } = sideWords[side]
    return this.region
      .getByRole('listitem')
      .locator('.id-capture__side-state')
      .filter({ hasText: new RegExp(`^\\s*(${it}|${en}):`) })
  }

  /** The thumbnail of an accepted side. */
  thumbnail(side: DocumentSide): Locator {
    const it = side === 'front' ? 'fronte' : 'retro'
    const en = side === 'front' ? 'front' : 'back'
    return this.region.getByRole('img', {
      name: new RegExp(`^(La foto del ${it}|The photo of the ${en})$`),
    })
  }

  /** RIFAI beside an accepted side: takes that side again. */
  retakeSide(side: DocumentSide): Locator {
    const it = side === 'front' ? 'fronte' : 'retro'
    const en = side === 'front' ? 'front' : 'back'
    return this.region.getByRole('button', {
      name: new RegExp(`^(Rifai la foto del ${it}|Take the photo of the ${en} again)$`),
    })
  }

  /** The still just taken, shown in place of the live picture. */
  get still(): Locator {
    return this.region.getByRole('img', { name: /appena scattata|just taken/ })
  }

  /** Waits for the live picture, then presses SCATTA and waits for the still. */
  async takePhoto(): Promise<void> {
    await expect(this.take).toBeEnabled({ timeout: 15_000 })
    await press(this.take)
    await expect(this.still).toBeVisible()
  }

  async useThisPhoto(): Promise<void> {
    await press(this.use)
  }

  async retakePhoto(): Promise<void> {
    await press(this.retake)
    await expect(this.take).toBeVisible()
  }

  /** The current side: SCATTA, then USA QUESTA FOTO. */
  async takeSide(side: DocumentSide): Promise<void> {
    await expect(this.sideState(side)).toHaveText(/: (adesso|now)$/)
    await this.takePhoto()
    await expect(this.use).toBeFocused()
    await this.useThisPhoto()
    await expect(this.sideState(side)).toHaveText(/: (fatto|done)$/)
    await expect(this.thumbnail(side)).toBeVisible()
  }

  /** The front, a retake of it, then the back: both sides done. */
  async takeBothSides(options: { retakeFront?: boolean } = {}): Promise<void> {
    if (options.retakeFront) {
      await this.takePhoto()
      await this.retakePhoto()
    }
    await this.takeSide('front')
    await this.takeSide('back')
    await expect(this.take).toBeHidden()
  }

  /** The still is refused as `reason`: the reason is said, RIFAI is offered and nothing else. */
  async expectRefused(reason: keyof typeof refusals): Promise<void> {
    await expect(this.status).toHaveText(refusals[reason])
    await expect(this.retake).toBeVisible()
    await expect(this.retake).toBeFocused()
    await expect(this.use).toHaveCount(0)
  }

  /** Takes a photo with a blurred camera and checks it is refused. */
  async expectRefusedBlur(): Promise<void> {
    await this.takePhoto()
    await this.expectRefused('blurred')
  }
}
