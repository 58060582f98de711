import type { Knex } from 'knex'
import { ok } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import { searchCustomers } from '../replica'

export function customersHandlers(deps: { db: Knex }): HandlersFor<'customers:search'> {
  return {
    'customers:search': async ({ text }) => ok(await searchCustomers(deps.db, text)),
  }
}
