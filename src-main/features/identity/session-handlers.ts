import type { Knex } from 'knex'
import { ok, type ChannelInput, type Result } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import type { AuditLog } from '../audit'
import type { Caller } from './caller'
import type { SessionService } from './session-service'

export function sessionHandlers(deps: {
  db: Knex
  sessions: SessionService
  audit: AuditLog
  /** Credentials' change of password (identity does not know how subjects store theirs). */
  changePassword(
    input: ChannelInput<'session:change-password'>,
    caller: Caller,
  ): Promise<Result<null>>
  /**
   * The screen's customer is gone (ESCI, the end of a kiosk visit): what other features hold for
   * the screen is forgotten too (a proven customer, its temporary files).
   */
  onScreenEnded?(connection: Caller): void
  /** Whether this screen may take up a remembered operator session (a customer's may not). */
  mayResume?(connection: Caller): boolean
}): HandlersFor<
  | 'session:current'
  | 'session:logout'
  | 'session:end-visit'
  | 'session:resume'
  | 'session:change-password'
> {
  const { db, sessions, audit } = deps
  return {
    'session:current': async (_input, caller) => ok(await sessions.view(db, caller)),
    'session:logout': async (_input, caller) => {
      await db.transaction(async (trx) => {
        await sessions.endForConnection(trx, caller, 'logout')
        if (caller.actorId) {
          await audit.record(trx, caller, { action: 'session.logout', outcome: 'ok' })
        }
      })
      deps.onScreenEnded?.(caller)
      return ok(null)
    },
    'session:end-visit': async ({ reason }, caller) => {
      await db.transaction(async (trx) => {
        await sessions.endForConnection(trx, caller, `visit-${reason}`)
        await audit.record(trx, caller, {
          action: 'kiosk.visit-ended',
          outcome: 'ok',
          detail: { reason },
        })
      })
      deps.onScreenEnded?.(caller)
      return ok(null)
    },
    'session:resume': async (_input, caller) => {
      if (caller.role === null && (deps.mayResume?.(caller) ?? true))
        await sessions.resumeRemembered(caller)
      return ok(await sessions.view(db, await sessions.resolve(caller)))
    },
    'session:change-password': (input, caller) => deps.changePassword(input, caller),
  }
}
