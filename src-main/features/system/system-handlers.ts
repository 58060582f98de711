import type { Knex } from 'knex'
import { ok, type AppInfo } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import { readReplicaStatus } from './replica-status'

export function systemHandlers(deps: {
  db: Knex
  info: AppInfo
  dataDir: string
  databaseFile: string
}): HandlersFor<'app:info' | 'system:status'> {
  return {
    'app:info': async () => ok(deps.info),
    'system:status': async () =>
      ok(await readReplicaStatus(deps.db, { ...deps, demo: deps.info.demo })),
  }
}
