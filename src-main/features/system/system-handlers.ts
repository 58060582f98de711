import type { Knex } from 'knex'
import { ok, type CounterInfo } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import { readOfficeSettings } from '../settings'
import { readReplicaStatus } from './replica-status'

export function systemHandlers(deps: {
  db: Knex
  info: CounterInfo
  dataDir: string
  databaseFile: string
}): HandlersFor<'app:info' | 'system:status'> {
  return {
    'app:info': async () =>
      ok({ ...deps.info, timeZone: (await readOfficeSettings(deps.db)).timeZone }),
    'system:status': async () =>
      ok(await readReplicaStatus(deps.db, { ...deps, demo: deps.info.demo })),
  }
}
