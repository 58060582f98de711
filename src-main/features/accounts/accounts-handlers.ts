import type { Knex } from 'knex'
import { personalWords } from '../../../src-shared/domain/password-policy'
import { ok } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import { describeSession } from '../sessions/session-handlers'
import type { SessionService } from '../sessions/session-service'
import type { AccountService } from './account-service'
import { checkPassword } from './password-strength'

export function accountsHandlers(deps: {
  db: Knex
  accounts: AccountService
  sessions: SessionService
}): HandlersFor<
  | 'accounts:register'
  | 'accounts:resend-confirmation'
  | 'accounts:confirm'
  | 'accounts:login'
  | 'accounts:request-password-reset'
  | 'accounts:reset-password'
  | 'accounts:check-password'
  | 'accounts:unlock'
> {
  const { db, accounts, sessions } = deps
  return {
    'accounts:register': (input, caller) => accounts.register(input, caller),
    'accounts:resend-confirmation': (input, caller) => accounts.resendConfirmation(input, caller),
    'accounts:confirm': (input, caller) => accounts.confirm(input, caller),
    'accounts:login': async (input, caller) => {
      const result = await accounts.login(input, caller)
      if (!result.ok) return result
      return ok(await describeSession(db, await sessions.resolve(caller)))
    },
    'accounts:request-password-reset': (input, caller) =>
      accounts.requestPasswordReset(input, caller),
    'accounts:reset-password': (input, caller) => accounts.resetPassword(input, caller),
    'accounts:check-password': async ({ password, email }) =>
      ok(checkPassword(password, email ? personalWords(email) : [])),
    'accounts:unlock': (input, caller) => accounts.unlock(input, caller),
  }
}
