import type { Knex } from 'knex'
import { givenNameFirst } from '../../../src-shared/domain/person-name'
import { fail, ok } from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { HandlersFor } from '../../ipc/registry'
import { customerAccounts } from '../accounts'
import { listAudit, type PeopleDirectory } from '../audit'
import { customerByCode, searchCustomers } from '../replica'

export function customersHandlers(deps: {
  db: Knex
  clock: Clock
  people: PeopleDirectory
}): HandlersFor<'customers:search' | 'customers:get'> {
  const { db, clock, people } = deps
  return {
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
