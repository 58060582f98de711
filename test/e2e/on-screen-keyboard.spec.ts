// The on-screen keyboard (issue #15 point 2) at a kiosk: it opens on a text field, types Italian
// letters with their accents and capitals where the caret is (in the middle of a word too), an
// email keypad with @ on email fields, a numeric pad on codes, never covers the field, lets a
// physical keyboard type, keeps a password to its field; at an operator's desk it never opens.
import type { Locator, Page } from '@playwright/test'
import { press } from './pages/app-shell'
import { CustomerEntryPanel } from './pages/customer-display'
import {
  ConfirmPage,
  CustomerArea,
  LoginPage,
  RecoveryWizard,
  RegisterWizard,
} from './pages/customer-flows'
import { DeskHomePage } from './pages/desk-home-page'
import { OperatorSignInPage } from './pages/desk-tools'
import { caretOf, OnScreenKeyboard, placeCaret } from './pages/on-screen-keyboard'
import { deskScreen, expect, kioskScreen, test } from './support/app-test'
import { expectNoViolations } from './support/axe'
import { confirmedAccount, demoCustomer } from './support/customers'

function taxCodeField(page: Page): Locator {
  return page.getByLabel('Codice fiscale o partita IVA', { exact: true })
}

function codiceClienteField(page: Page): Locator {
  return page.getByLabel('Codice cliente (codice aderente)', { exact: true })
}

/** The customer touches something that is not a field: the page's heading. */
async function touchOutside(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).tap()
}

test.describe('at a kiosk', () => {
  test.use({ mode: 'kiosk', ...kioskScreen })

  test('opens on a text field and types accented letters and capitals at the caret', async ({
    page,
  }) => {
    const keyboard = new OnScreenKeyboard(page)
    await page.goto('/#/stato-richiesta')
    const field = taxCodeField(page)
    await expect(field).toBeVisible()
    await expect(keyboard.root).toBeHidden()

    await press(field)
    await expect(keyboard.root).toBeVisible()
    for (const key of ['à', 'è', 'é', 'ì', 'ò', 'ù', '@', "'"])
      await expect(keyboard.key(key)).toBeVisible()
    await keyboard.expectBelow(field)
    await keyboard.expectKeysAtLeast(64)
    await expectNoViolations(page, 'the keyboard open')

    await keyboard.type('perche')
    await expect(field).toHaveValue('perche')
    await keyboard.tap('Cancella', 'é')
    await expect(field).toHaveValue('perché')
    await expect(field).toBeFocused()

    // In the middle of the word: the letter goes at the caret and the caret follows it.
    await placeCaret(field, 3)
    await keyboard.tap('ò')
    await expect(field).toHaveValue('peròché')
    expect(await caretOf(field)).toEqual([4, 4])
    await keyboard.tap('Cancella', 'Cancella')
    await expect(field).toHaveValue('peché')
    expect(await caretOf(field)).toEqual([2, 2])
    await keyboard.tap('Spazio')
    await expect(field).toHaveValue('pe ché')

    // A selection is replaced; a capital is one touch of Maiuscole, then small letters again.
    await placeCaret(field, 0, 3)
    await expect(keyboard.key('Maiuscole')).toHaveAttribute('aria-pressed', 'false')
    await keyboard.type('Àa')
    await expect(field).toHaveValue('Àaché')
    expect(await caretOf(field)).toEqual([2, 2])
    await expect(keyboard.key('Maiuscole')).toHaveAttribute('aria-pressed', 'false')

    // Backspace at the start changes nothing; the symbols are a touch away.
    await placeCaret(field, 0)
    await keyboard.tap('Cancella')
    await expect(field).toHaveValue('Àaché')
    await keyboard.tap('Simboli', '?', '€', 'Lettere')
    await expect(field).toHaveValue('?€Àaché')
    await expect(keyboard.key('à')).toBeVisible()

    // Touching elsewhere closes it; the page gets its full height back.
    await touchOutside(page)
    await expect(keyboard.root).toBeHidden()
    await expect(page.locator('html')).not.toHaveAttribute('data-osk')
  })

  test('Nascondi tastiera hides it, the field keeps the focus, a touch on the field brings it back', async ({
    page,
  }) => {
    const keyboard = new OnScreenKeyboard(page)
    await page.goto('/#/stato-richiesta')
    const field = taxCodeField(page)
    await press(field)
    await keyboard.type('ab')
    await keyboard.hideButton.tap()
    await expect(keyboard.root).toBeHidden()
    await expect(field).toBeFocused()
    await press(field)
    await expect(keyboard.root).toBeVisible()
    await keyboard.tap('c')
    await expect(field).toHaveValue('abc')
  })

  test('in English its keys and its hide button speak English', async ({ page }) => {
    const keyboard = new OnScreenKeyboard(page)
    await page.goto('/#/stato-richiesta')
    await page.getByRole('button', { name: 'English', exact: true }).tap()
    await press(page.getByRole('main').getByRole('textbox').first())
    await expect(keyboard.root).toHaveAccessibleName('On-screen keyboard')
    await expect(keyboard.hideButton).toHaveText('Hide keyboard')
    for (const name of ['Delete', 'Capitals', 'Space', 'Enter', 'Symbols'])
      await expect(keyboard.key(name)).toBeVisible()
    await keyboard.tap('Symbols')
    await expect(keyboard.key('Letters')).toBeVisible()
    await expectNoViolations(page, 'the keyboard in English')
  })

  test('a physical keyboard still types, beside the keys on screen', async ({ page }) => {
    const keyboard = new OnScreenKeyboard(page)
    await page.goto('/#/stato-richiesta')
    const field = taxCodeField(page)
    await press(field)
    await page.keyboard.type('RSSMRA')
    await expect(field).toHaveValue('RSSMRA')
    await expect(keyboard.root).toBeVisible()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await keyboard.tap('x')
    await expect(field).toHaveValue('RSSMxRA')
    await page.keyboard.press('Backspace')
    await page.keyboard.type('Y')
    await expect(field).toHaveValue('RSSMYRA')
    // Tab goes to the next field, never through the keys.
    await page.keyboard.press('Tab')
    await expect(codiceClienteField(page)).toBeFocused()
    await expect(keyboard.key('5')).toBeVisible()
  })

  test('an email field gets the email keypad with @, .it and .com, also in the middle of the address', async ({
    page,
  }) => {
    const keyboard = new OnScreenKeyboard(page)
    const recovery = new RecoveryWizard(page)
    await page.goto('/#/password-dimenticata')
    // Until a key on screen is touched the field is the page's: filled twice, it holds the second.
    await recovery.email.fill('uno@posta.it')
    await recovery.email.fill('due@posta.it')
    await expect(recovery.email).toHaveValue('due@posta.it')
    await expect(recovery.email).toHaveAttribute('type', 'email')
    await recovery.email.fill('')
    await press(recovery.email)
    await expect(keyboard.root).toBeVisible()
    for (const key of ['@', '.', '-', '_', '.it', '.com'])
      await expect(keyboard.key(key)).toBeVisible()
    await keyboard.expectKeysAtLeast(64)
    await expect(keyboard.key('à')).toHaveCount(0)
    await expect(keyboard.key('Spazio')).toHaveCount(0)
    await expectNoViolations(page, 'the email keypad')

    await keyboard.type('mario@posta')
    await keyboard.tap('.it')
    await expect(recovery.email).toHaveValue('mario@posta.it')
    await placeCaret(recovery.email, 5)
    await keyboard.tap('.', 'r')
    await expect(recovery.email).toHaveValue('mario.r@posta.it')
    expect(await caretOf(recovery.email)).toEqual([7, 7])
    await placeCaret(recovery.email, 13, 16)
    await keyboard.tap('.com')
    await expect(recovery.email).toHaveValue('mario.r@posta.com')

    // Its type is the page's again once the keyboard leaves it.
    await touchOutside(page)
    await expect(keyboard.root).toBeHidden()
    await expect(recovery.email).toHaveAttribute('type', 'email')
    await expect(recovery.email).toHaveValue('mario.r@posta.com')
  })

  test('a code gets the numeric pad; the code boxes move on digit by digit and back with Cancella', async ({
    page,
  }) => {
    const keyboard = new OnScreenKeyboard(page)
    await page.goto('/#/stato-richiesta')
    await press(codiceClienteField(page))
    await expect(keyboard.key('5')).toBeVisible()
    await expect(keyboard.key('q')).toHaveCount(0)
    await keyboard.expectKeysAtLeast(64)
    await keyboard.tap('1', '2', '0', '3')
    await expect(codiceClienteField(page)).toHaveValue('1203')
    await placeCaret(codiceClienteField(page), 2)
    await keyboard.tap('9')
    await expect(codiceClienteField(page)).toHaveValue('12903')
    await expectNoViolations(page, 'the numeric pad')

    const confirm = new ConfirmPage(page)
    await page.goto('/#/conferma')
    const boxes = confirm.code.getByRole('textbox')
    await press(boxes.first())
    await expect(keyboard.key('5')).toBeVisible()
    await keyboard.tap('4', '8', '1', '5', '9', '2')
    for (const [n, digit] of ['4', '8', '1', '5', '9', '2'].entries())
      await expect(boxes.nth(n)).toHaveValue(digit)
    await expect(boxes.nth(5)).toBeFocused()
    await keyboard.tap('Cancella', 'Cancella')
    await expect(boxes.nth(5)).toHaveValue('')
    await expect(boxes.nth(4)).toHaveValue('')
    await expect(boxes.nth(3)).toBeFocused()
    await expect(keyboard.root).toBeVisible()
  })

  test('a password typed on it is in its field and nowhere else', async ({ page }) => {
    const keyboard = new OnScreenKeyboard(page)
    const login = new LoginPage(page)
    await page.goto('/#/accedi')
    await press(login.identifier)
    await keyboard.type('cliente@posta.it')
    await press(login.password)
    await expect(keyboard.key('à')).toBeVisible()
    const secret = 'Segrèto-Kiosk7'
    await keyboard.type(secret)
    await expect(login.password).toHaveValue(secret)
    await expect(login.password).toHaveAttribute('type', 'password')

    const seen = await page.evaluate(() => {
      const others = [...document.querySelectorAll('input, textarea')]
        .filter((element) => element.getAttribute('type') !== 'password')
        .map((element) => (element as HTMLInputElement).value)
      const stored = [localStorage, sessionStorage].flatMap((storage) =>
        Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
      )
      // The field itself holds it (PrimeVue's InputText also mirrors it in its value attribute).
      const page = document.documentElement.cloneNode(true) as HTMLElement
      page.querySelector('input[type="password"]')?.remove()
      // simple-keyboard's own copy of what it typed (it keeps one per instance): held empty.
      type Instance = { getAllInputs(): Record<string, string> }
      const instances = (
        window as unknown as { SimpleKeyboardInstances?: Record<string, Instance> }
      ).SimpleKeyboardInstances
      const buffers = Object.values(instances ?? {}).map((k) => Object.values(k.getAllInputs()))
      return {
        buffers: buffers.flat().join(''),
        instances: Object.keys(instances ?? {}).length,
        text: document.body.innerText,
        html: page.outerHTML,
        others,
        stored,
      }
    })
    expect(seen.instances, 'the keyboard is simple-keyboard').toBe(1)
    expect(seen.buffers, 'simple-keyboard’s own copy').toBe('')
    for (const part of [secret, 'Segrèto', 'Kiosk7', 'egrèt']) {
      expect(seen.text, 'shown on the page').not.toContain(part)
      expect(seen.html, 'written in the page').not.toContain(part)
      expect(seen.others.join('\n'), 'in another field').not.toContain(part)
      expect(seen.stored.join('\n'), 'in storage').not.toContain(part)
    }
  })

  test('a customer signs in with the keys on screen alone, Invio sends the form', async ({
    page,
    host,
  }) => {
    const customer = await demoCustomer(host, 'private', 21)
    await confirmedAccount(host, customer, 'tastiera@posta.it', 'Bollette-Sicure-26!')
    const keyboard = new OnScreenKeyboard(page)
    const login = new LoginPage(page)
    await login.openFromHome()
    await press(login.identifier)
    await keyboard.type('tastiera@posta')
    await keyboard.tap('.it')
    await press(login.password)
    await keyboard.type('Bollette-Sicure-26')
    await keyboard.tap('Simboli', '!')
    await keyboard.tap('Invio')
    await new CustomerArea(page).expectOpen()
    await expect(keyboard.root).toBeHidden()
  })
})

test.describe('at a landscape kiosk, where fields sit low', () => {
  test.use({ mode: 'kiosk', viewport: { width: 1366, height: 768 }, hasTouch: true })

  test('the keyboard never covers the field it types into', async ({ page }) => {
    const keyboard = new OnScreenKeyboard(page)
    const login = new LoginPage(page)
    await page.goto('/#/accedi')
    for (const field of [login.identifier, login.password]) {
      await press(field)
      await expect(keyboard.root).toBeVisible()
      await keyboard.expectBelow(field)
      await keyboard.expectKeysAtLeast(64)
      await keyboard.tap('a')
      await expect(field).toHaveValue(/a$/)
    }
    // The form's button stays reachable above the keys.
    const [button, keys] = await Promise.all([
      login.submit.boundingBox(),
      keyboard.root.boundingBox(),
    ])
    await login.submit.scrollIntoViewIfNeeded()
    const buttonBox = (await login.submit.boundingBox()) ?? button
    expect(buttonBox!.y + buttonBox!.height).toBeLessThanOrEqual(keys!.y)

    await page.goto('/#/stato-richiesta')
    for (const field of [taxCodeField(page), codiceClienteField(page)]) {
      await press(field)
      await keyboard.expectBelow(field)
    }
  })
})

test.describe('at a desk', () => {
  test.use({ mode: 'desk', ...deskScreen })

  test('an operator types on the physical keyboard: no keys on screen', async ({ page }) => {
    const keyboard = new OnScreenKeyboard(page)
    const signIn = new OperatorSignInPage(page)
    await page.goto('/')
    await expect(signIn.heading).toBeVisible()
    await signIn.username.click()
    await page.keyboard.type('operatore')
    await expect(signIn.username).toHaveValue('operatore')
    await signIn.password.click()
    await expect(keyboard.root).toBeHidden()
    await expect(page.locator('html')).not.toHaveAttribute('data-osk')
  })

  test('the window turned to the customer gets the keys for the customer’s password; the operator’s view none', async ({
    page,
    host,
  }) => {
    const customer = await demoCustomer(host, 'private', 34)
    const keyboard = new OnScreenKeyboard(page)
    const wizard = new RegisterWizard(page)
    await new DeskHomePage(page).open('front_desk')
    await new DeskHomePage(page).tool('Registrazione').click()
    await wizard.fillCustomer('Privato', customer.codiceCliente, customer.registrationCode)
    await wizard.goNext()
    await expect(wizard.progress).toContainText('Passo 2 di 3')
    await wizard.field('Email').fill('girato@posta.it')
    await expect(keyboard.root).toBeHidden()

    const panel = new CustomerEntryPanel(page)
    await panel.oneScreenButton.click()
    await expect(panel.turned).toBeVisible()
    const password = page.getByLabel('Scegli una password')
    await password.click()
    await expect(keyboard.root).toBeVisible()
    // The turned window still hides the whole operator's view; the field is above the keys.
    expect(await panel.turned.boundingBox()).toMatchObject({
      x: 0,
      y: 0,
      height: deskScreen.viewport.height,
    })
    await keyboard.expectBelow(password)
    await keyboard.type('Tastiera-Cliente')
    await keyboard.tap('2', '6', 'Simboli', '!')
    await expect(password).toHaveValue('Tastiera-Cliente26!')
    await expectNoViolations(page, 'the turned window with its keyboard')
    // The form's button scrolls up above the keys too.
    const confirm = page.getByRole('button', { name: 'CONFERMA' })
    await confirm.scrollIntoViewIfNeeded()
    await keyboard.expectBelow(confirm)

    await page.getByRole('button', { name: 'Annulla e torna all’operatore' }).click()
    await expect(panel.turned).toHaveCount(0)
    await expect(keyboard.root).toBeHidden()
    await wizard.field('Email').click()
    await expect(keyboard.root).toBeHidden()
  })
})
