import type { Knex } from 'knex'
import { givenNameFirst } from '../../../src-shared/domain/person-name'
import { fail, ok } from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { HandlersFor } from '../../ipc/registry'
import { customerAccounts } from '../accounts'
import { listAudit, type AuditLog, type PeopleDirectory } from '../audit'
import type { Caller, SessionService } from '../identity'
import { customerByCode, searchCustomers } from '../replica'

export function customersHandlers(deps: {
  db: Knex
  clock: Clock
  people: PeopleDirectory
  sessions: Pick<SessionService, 'startServing' | 'endServing'>
  audit: AuditLog
  /** "Fine servizio": what other features hold for this screen is forgotten (temporary files). */
  onServiceEnded?(caller: Caller): void
}): HandlersFor<
  | 'customers:search'
  | 'customers:get'
  | 'customers:serve'
  | 'customers:end-service'
  | 'customers:serving'
> {
  const { db, clock, people, sessions, audit } = deps
  const served = async (codiceCliente: string) => {
    const c = await customerByCode(db, codiceCliente)
    return c && { codiceCliente: c.codice_cliente, displayName: givenNameFirst(c.name, c.kind) }
  }
  return {
    'customers:serve': async ({ codiceCliente }, caller) => {
      const customer = await served(codiceCliente)
      if (!customer) return fail('NOT_FOUND')
      sessions.startServing(caller, codiceCliente)
      await audit.record(
        db,
        { ...caller, serving: codiceCliente },
        {
          subject: codiceCliente,
          action: 'customer.serve',
          outcome: 'ok',
        },
      )
      return ok(customer)
    },
    'customers:end-service': async (_input, caller) => {
      if (caller.serving) {
        await audit.record(db, caller, {
          subject: caller.serving,
          action: 'customer.end-service',
          outcome: 'ok',
        })
        sessions.endServing(caller)
      }
      deps.onServiceEnded?.(caller)
      return ok(null)
    },
    'customers:serving': async (_input, caller) =>
      ok(caller.serving ? ((await served(caller.serving)) ?? null) : null),
    'customers:search': async ({ text }) => ok(await searchCustomers(db, text)),
    'customers:get': async ({ codiceCliente }) => {
      const c = await customerByCode(db, codiceCliente)
      if (!c) return fail('NOT_FOUND')
      const accounts = await customerAccounts(db, codiceCliente, clock.now())
      const { entries } =
        accounts.length > 0
          ? await listAudit(db, people, { limit: 50, offset: 0, about: accounts.map((a) => a.id) })
          : { entries: [] }
      return ok({
        customer: {
          codiceCliente: c.codice_cliente,
          kind: c.kind,
          country: c.country,
          name: c.name,
          displayName: givenNameFirst(c.name, c.kind),
          codiceFiscale: c.codice_fiscale,
          partitaIva: c.partita_iva,
          codiceCoe: c.codice_coe,
          email: c.email,
          mobile: c.mobile,
          address: c.address,
        },
        accounts,
        audit: entries,
      })
    },
  }
}
