// The main-process services on a real SQLite file with a few replica customers, a clock the
// test moves, and cheap password hashing; calls go through the registry as the UI's do.
import type { Knex } from 'knex'
import { assembleServices, type ServiceDeps } from '../../src-main/counter'
import { manualClock } from '../../src-main/infra/clock/clock'
import { createPasswordHasher, type ScryptParams } from '../../src-main/infra/crypto/password-hash'
import { cryptoRandom } from '../../src-main/infra/crypto/random'
import { openSecretBox, unprotectedKeys } from '../../src-main/infra/crypto/secret-box'
import { migrateToLatest } from '../../src-main/infra/db/open-database'
import { silentLogger, type Logger } from '../../src-main/infra/log/logger'
import { openMailParams } from '../../src-main/infra/outbox/outbox'
import type { Connection } from '../../src-main/ipc/registry'
import type { AppMode, Channel, ChannelInput, ChannelOutput, Result } from '../../src-shared/ipc'
import { openTempDb } from './temp-db'

export const FAST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 }

export const privateCustomer = {
  codice_cliente: '10000001',
  kind: 'private',
  country: 'IT',
  name: 'Bianchi Laura',
  codice_fiscale: 'BNCLRA80A41H294N',
  codice_iss: '123456',
  email: 'laura.bianchi@example.it',
  mobile: '+393331234567',
  address: 'Via Roma 1, 47921 Rimini RN',
  replica_updated_at: '2026-01-01T00:00:00.000Z',
}
export const businessCustomer = {
  codice_cliente: '20000002',
  kind: 'business',
  country: 'SM',
  name: 'Titano Servizi Srl',
  partita_iva: 'SM12345',
  codice_coe: 'SM12345',
  email: 'amministrazione@titano.example.sm',
  mobile: null,
  address: 'Via Tre Settembre 10, 47891 Dogana RSM',
  replica_updated_at: '2026-01-01T00:00:00.000Z',
}

/** REGISTRATI's input for the private demo customer above, with this email and password. */
export const registrationOf = (email: string, password: string) => ({
  email,
  password,
  passwordConfirm: password,
  customerKind: 'private' as const,
  codiceCliente: privateCustomer.codice_cliente,
  customerCode: privateCustomer.codice_iss,
  acceptTerms: true as const,
  locale: 'it' as const,
})

export async function startHarness(
  options: { mode?: AppMode; scrypt?: ScryptParams; logger?: Logger; sms?: boolean } = {},
) {
  const temp = openTempDb()
  const db: Knex = temp.db
  await migrateToLatest(db)
  await db('replica_customers').insert([privateCustomer, businessCustomer])
  const clock = manualClock('2026-11-22T09:00:00.000Z')
  const hasher = createPasswordHasher(options.scrypt ?? FAST_SCRYPT)
  const info = { mode: options.mode ?? 'kiosk', version: 'test', demo: false } as const
  const deps: ServiceDeps = {
    db,
    clock,
    random: cryptoRandom,
    hasher,
    logger: options.logger ?? silentLogger,
    info,
    dataDir: temp.dir,
    databaseFile: temp.file,
    uniformResponseMs: 40,
    box: await openSecretBox(temp.dir, unprotectedKeys),
    // With `sms`, the counter has an SMS gateway (the outbox's rows are what tests read).
    ...(options.sms ? { smsAvailable: () => true } : {}),
  }
  const { registry, services } = assembleServices(deps)
  let connections = 0
  return {
    /** What the services were assembled from: a test can assemble them again ("restart"). */
    deps,
    db,
    clock,
    hasher,
    services,
    registry,
    /** A new window / page: its own connection, no session. */
    connection: (): Connection => ({ transport: 'test', connectionId: `conn-${++connections}` }),
    call<C extends Channel>(connection: Connection, channel: C, input: ChannelInput<C>) {
      return registry.invoke(channel, input, connection) as Promise<Result<ChannelOutput<C>>>
    },
    /**
     * An operator on file (a desk harness), signed in on a new connection: that connection.
     * The password is `Sportello-<Role>-26!`, the username the role's.
     */
    async signedInOperator(
      role: 'front_desk' | 'back_office' | 'admin' = 'front_desk',
      displayName = role === 'admin' ? 'Ada Amministra' : 'Franca Sportello',
    ): Promise<Connection> {
      const username = role.replace('_', '-')
      const password = `Sportello-${role}-26!`
      await db('counter_operators').insert({
        id: cryptoRandom.uuid(),
        username,
        display_name: displayName,
        role,
        password_hash: await hasher.hash(password),
        created_at: '2026-01-01T00:00:00Z',
      })
      const connection: Connection = { transport: 'test', connectionId: `conn-${++connections}` }
      const signedIn = await registry.invoke(
        'operators:login',
        { username, password, remember: false },
        connection,
      )
      if (!signedIn.ok) throw new Error(`harness: ${role} could not sign in`)
      return connection
    },
    /**
     * A confirmed account of the private demo customer (registered, confirmed by the mail's link
     * token); with `signIn`, signed in on a new screen: that connection.
     */
    async confirmedAccount(
      email: string,
      password: string,
      registration: Partial<ChannelInput<'accounts:register'>> = {},
    ): Promise<Connection> {
      const screen = { transport: 'test', connectionId: `conn-${++connections}` }
      await registry.invoke(
        'accounts:register',
        { ...registrationOf(email, password), ...registration },
        screen,
      )
      const { token } = (await this.lastMail(email))?.params ?? {}
      const confirmed = await registry.invoke('accounts:confirm', { token }, screen)
      if (!confirmed.ok)
        throw new Error(`harness: ${email} not confirmed (${confirmed.error.code})`)
      const signedIn = await registry.invoke(
        'accounts:login',
        { identifier: email, password },
        screen,
      )
      if (!signedIn.ok) throw new Error(`harness: ${email} could not sign in`)
      return screen
    },
    /** The newest mail to an address, as the sender will render it (its sealed codes opened). */
    async lastMail(
      to: string,
    ): Promise<{ template: string; params: Record<string, string> } | undefined> {
      const row = await db('counter_outbox')
        .where({ recipient: to })
        .orderBy('created_at', 'desc')
        .orderBy('rowid', 'desc')
        .first()
      return (
        row && {
          template: row.template,
          params: openMailParams(deps.box, row) as Record<string, string>,
        }
      )
    },
    dispose: () => temp.dispose(),
  }
}

export type Harness = Awaited<ReturnType<typeof startHarness>>
