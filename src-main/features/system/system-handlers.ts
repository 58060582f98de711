import type { Knex } from 'knex'
import { ok, type CounterInfo } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import { readOfficeSettings, readSessionTimeouts } from '../settings'
import { readReplicaStatus } from './replica-status'

export function systemHandlers(deps: {
  db: Knex
  info: CounterInfo
  dataDir: string
  databaseFile: string
}): HandlersFor<'app:info' | 'system:status'> {
  return {
    'app:info': async () => {
      const { timeZone, officeName } = await readOfficeSettings(deps.db)
      return ok({
        ...deps.info,
        timeZone,
        officeName,
        timeouts: await readSessionTimeouts(deps.db),
      })
    },
    'system:status': async () =>
      ok(await readReplicaStatus(deps.db, { ...deps, demo: deps.info.demo })),
  }
}
