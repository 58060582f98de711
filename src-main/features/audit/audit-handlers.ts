import type { Knex } from 'knex'
import { ok } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import { listAudit, type PeopleDirectory } from './audit-log'

export function auditHandlers(deps: {
  db: Knex
  people: PeopleDirectory
}): HandlersFor<'audit:list'> {
  return { 'audit:list': async (input) => ok(await listAudit(deps.db, deps.people, input)) }
}
