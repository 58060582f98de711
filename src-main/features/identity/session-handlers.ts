import type { Knex } from 'knex'
import { ok, type SessionView } from '../../../src-shared/ipc'
import type { Caller, HandlersFor } from '../../ipc/registry'
import type { AccountService } from '../accounts/account-service'
import type { AuditLog } from '../audit/audit-log'
import type { OperatorService } from '../operators/operator-service'
import type { SessionService } from './session-service'

/** What the renderer may know of the signed-in subject: never a secret, never the session id. */
export async function describeSession(db: Knex, caller: Caller): Promise<SessionView> {
  if (caller.role === null || caller.actorId === null) return { kind: 'anonymous' }
  if (caller.role === 'customer') {
    const account = await db('counter_accounts').where({ id: caller.actorId }).first('email')
    const customers: { codiceCliente: string; name: string; kind: 'private' | 'business' }[] =
      await db('counter_account_customers as ac')
        .join('replica_customers as c', 'c.codice_cliente', 'ac.codice_cliente')
        .where('ac.account_id', caller.actorId)
        .orderBy('ac.created_at')
        .select({ codiceCliente: 'c.codice_cliente', name: 'c.name', kind: 'c.kind' })
    return {
      kind: 'customer',
      email: account?.email ?? '',
      mustChangePassword: caller.mustChangePassword,
      customers,
    }
  }
  const op = await db('counter_operators')
    .where({ id: caller.actorId })
    .first('username', 'display_name', 'role')
  const session = await db('counter_sessions').where({ id: caller.sessionId }).first('remember')
  return {
    kind: 'operator',
    username: op.username,
    displayName: op.display_name,
    role: op.role,
    mustChangePassword: caller.mustChangePassword,
    remembered: !!session?.remember,
  }
}

export function sessionHandlers(deps: {
  db: Knex
  sessions: SessionService
  accounts: AccountService
  operators: OperatorService
  audit: AuditLog
}): HandlersFor<
  'session:current' | 'session:logout' | 'session:resume' | 'session:change-password'
> {
  const { db, sessions, accounts, operators, audit } = deps
  return {
    'session:current': async (_input, caller) => ok(await describeSession(db, caller)),
    'session:logout': async (_input, caller) => {
      await db.transaction(async (trx) => {
        await sessions.endForConnection(trx, caller, 'logout')
        if (caller.actorId) {
          await audit.record(trx, {
            actorKind: caller.role === 'customer' ? 'customer' : 'operator',
            actorId: caller.actorId,
            action: 'session.logout',
            outcome: 'ok',
          })
        }
      })
      return ok(null)
    },
    'session:resume': async (_input, caller) => {
      if (caller.role === null) await sessions.resumeRemembered(caller)
      return ok(await describeSession(db, await sessions.resolve(caller)))
    },
    'session:change-password': (input, caller) =>
      caller.role === 'customer'
        ? accounts.changePassword(input, caller)
        : operators.changePassword(input, caller),
  }
}
