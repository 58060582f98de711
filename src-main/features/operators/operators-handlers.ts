import type { Knex } from 'knex'
import { ok } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import { listAudit } from '../audit/audit-log'
import { describeSession } from '../sessions/session-handlers'
import type { SessionService } from '../sessions/session-service'
import type { OperatorService } from './operator-service'

export function operatorsHandlers(deps: {
  db: Knex
  operators: OperatorService
  sessions: SessionService
}): HandlersFor<
  | 'operators:login'
  | 'operators:list'
  | 'operators:create'
  | 'operators:set-disabled'
  | 'operators:reset-password'
  | 'audit:list'
> {
  const { db, operators, sessions } = deps
  return {
    'operators:login': async (input, caller) => {
      const result = await operators.login(input, caller)
      if (!result.ok) return result
      return ok(await describeSession(db, await sessions.resolve(caller)))
    },
    'operators:list': () => operators.list(),
    'operators:create': (input, caller) => operators.create(input, caller),
    'operators:set-disabled': (input, caller) => operators.setDisabled(input, caller),
    'operators:reset-password': (input, caller) => operators.resetPassword(input, caller),
    'audit:list': async (input) => ok(await listAudit(db, input)),
  }
}
