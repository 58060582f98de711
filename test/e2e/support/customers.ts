// Demo customers to test with, read from the replica the test runs on, and accounts made for them
// the way the counter makes them (through the same registry the UI calls), for tests whose
// subject is not registration itself.
import type { BrowserHost } from '../../support/browser-host'

export type DemoCustomer = {
  codiceCliente: string
  kind: 'private' | 'business'
  name: string
  codiceFiscale: string | null
  /** Codice ISS (private) or C.O.E. (business): what the customer types to register. */
  registrationCode: string
}

/** The `nth` demo customer of a kind that has what a test needs (a codice fiscale for a private). */
export async function demoCustomer(
  host: BrowserHost,
  kind: 'private' | 'business' = 'private',
  nth = 0,
): Promise<DemoCustomer> {
  const row = await host.counter
    .db('replica_customers')
    .where({ kind })
    .whereNotNull(kind === 'private' ? 'codice_fiscale' : 'partita_iva')
    .orderBy('codice_cliente')
    .offset(nth)
    .first()
  if (!row) throw new Error(`no demo ${kind} customer #${nth}`)
  return {
    codiceCliente: row.codice_cliente,
    kind,
    name: row.name,
    codiceFiscale: row.codice_fiscale,
    registrationCode: kind === 'private' ? row.codice_iss : row.codice_coe,
  }
}

let setupCalls = 0

/** Registers and activates an account, as if the customer had confirmed the mail's code. */
export async function confirmedAccount(
  host: BrowserHost,
  customer: DemoCustomer,
  email: string,
  password: string,
): Promise<void> {
  const connection = {
    transport: 'test-setup',
    connectionId: `setup-${++setupCalls}-${Date.now()}`,
  }
  const result = await host.counter.registry.invoke(
    'accounts:register',
    {
      email,
      password,
      passwordConfirm: password,
      customerKind: customer.kind,
      codiceCliente: customer.codiceCliente,
      customerCode: customer.registrationCode,
      acceptTerms: true,
      locale: 'it',
    },
    connection,
  )
  if (!result.ok) throw new Error(`setup: registration refused: ${JSON.stringify(result.error)}`)
  await host.counter
    .db('counter_accounts')
    .where({ email })
    .update({ status: 'active', confirmed_at: new Date().toISOString() })
}
