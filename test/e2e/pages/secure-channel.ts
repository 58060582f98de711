// "Registra il canale sicuro" (seed 003) as a customer walks it at the kiosk, from the area
// clienti: the credentials again, EMAIL or SMS with the contact ticked (REGISTRATI), the OTP
// (CONFERMA); and the OTP as it reaches the customer (the demo mailbox, the demo SMS catcher).
import { expect, type Locator, type Page } from '@playwright/test'
import { listDemoSms } from '../../../src-main/infra/sms/demo-sms-server'
import type { BrowserHost } from '../../support/browser-host'
import type { DemoCustomer } from '../support/customers'
import { AppShell, press } from './app-shell'

export class SecureChannelWizard {
  readonly shell: AppShell
  readonly progress: Locator
  readonly identifier: Locator
  readonly password: Locator
  readonly next: Locator
  readonly register: Locator
  readonly otp: Locator
  readonly confirm: Locator
  readonly regenerate: Locator
  readonly countdown: Locator

  constructor(readonly page: Page) {
    this.shell = new AppShell(page)
    this.progress = page.getByRole('navigation', { name: /avanzamento|progress/i })
    this.identifier = page.getByLabel('Codice fiscale', { exact: true })
    this.password = page.getByLabel('Password', { exact: true })
    this.next = page.getByRole('button', { name: 'Avanti' })
    this.register = page.getByRole('button', { name: 'REGISTRATI', exact: true })
    this.otp = page.getByLabel('Codice OTP', { exact: true })
    this.confirm = page.getByRole('button', { name: 'CONFERMA', exact: true })
    this.regenerate = page.getByRole('button', { name: 'RIGENERA OTP', exact: true })
    this.countdown = page.getByRole('timer')
  }

  /** From the area clienti: the customer's own button. */
  async openFromArea(codiceCliente: string): Promise<void> {
    await press(
      this.page.getByRole('link', {
        name: `Registra il canale sicuro per l’utenza ${codiceCliente}`,
      }),
    )
    await expect(this.shell.heading()).toHaveText('Registra il canale sicuro')
    await expect(this.page.getByText('Passo 1 di 3')).toBeVisible()
  }

  async credentials(identifier: string, password: string): Promise<void> {
    await this.identifier.fill(identifier)
    await this.password.fill(password)
    await press(this.next)
    await expect(this.page.getByText('Passo 2 di 3')).toBeVisible()
  }

  /** EMAIL or SMS, the tick on the contact on file, REGISTRATI. */
  async choose(medium: 'EMAIL' | 'SMS'): Promise<void> {
    await press(this.page.getByRole('radio', { name: new RegExp(`^${medium}`) }))
    await press(this.page.getByRole('checkbox', { name: /^Confermo che il recapito/ }))
    await press(this.register)
    await expect(this.page.getByText('Passo 3 di 3')).toBeVisible()
  }

  /** The whole code pasted into the one field, as from a phone's clipboard. */
  async paste(code: string): Promise<void> {
    await this.otp.focus()
    await this.otp.evaluate((input, text) => {
      const data = new DataTransfer()
      data.setData('text', text)
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
    }, code)
  }

  get otpError(): Locator {
    return this.page.locator('.form-field').filter({ has: this.otp }).locator('.form-field__error')
  }
}

const digits = (n: string) => n.replace(/\D/g, '')

/** The newest SMS to this number with this text in it, as the demo catcher received it. */
export async function waitForSms(
  host: BrowserHost,
  to: string,
  matching: RegExp,
  { after = 0 }: { after?: number } = {},
): Promise<string> {
  let text = ''
  await expect
    .poll(
      async () => {
        const found = (await listDemoSms(host.counter.db, 50)).filter(
          (sms) => digits(sms.to) === digits(to) && matching.test(sms.text),
        )
        if (found.length <= after) return false
        text = found[0]!.text
        return true
      },
      { message: `SMS ${matching} to ${to}`, timeout: 15_000 },
    )
    .toBe(true)
  return text
}

export type OnFile = DemoCustomer & { email: string; mobile: string }

/** A private demo customer with both an email and a mobile on file. */
export async function customerWithContacts(host: BrowserHost, nth: number): Promise<OnFile> {
  const row = await host.counter
    .db('replica_customers')
    .where({ kind: 'private' })
    .whereNotNull('codice_fiscale')
    .whereNotNull('email')
    .whereNotNull('mobile')
    .orderBy('codice_cliente')
    .offset(nth)
    .first()
  if (!row) throw new Error(`no demo customer with email and mobile #${nth}`)
  return {
    codiceCliente: row.codice_cliente,
    kind: 'private',
    name: row.name,
    codiceFiscale: row.codice_fiscale,
    registrationCode: row.codice_iss,
    email: row.email,
    mobile: row.mobile,
  }
}

/** Test setup, not a flow under test: the account's confirmed channel for the customer, as the
 * OTP steps (secure-channel.spec.ts) leave it. */
export async function confirmedChannel(
  host: BrowserHost,
  email: string,
  customer: OnFile,
): Promise<void> {
  const account = await host.counter.db('counter_accounts').where({ email }).first()
  await host.counter.db('counter_secure_channels').insert({
    id: crypto.randomUUID(),
    account_id: account.id,
    codice_cliente: customer.codiceCliente,
    medium: 'email',
    contact: customer.email,
    confirmed_at: new Date().toISOString(),
  })
}
