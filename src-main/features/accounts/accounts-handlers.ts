import { personalWords } from '../../../src-shared/domain/password-policy'
import { ok } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import { checkPassword } from '../credentials'
import type { AccountService } from './account-service'

export function accountsHandlers(deps: {
  accounts: AccountService
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
  const { accounts } = deps
  return {
    'accounts:register': (input, caller) => accounts.register(input, caller),
    'accounts:resend-confirmation': (input, caller) => accounts.resendConfirmation(input, caller),
    'accounts:confirm': (input, caller) => accounts.confirm(input, caller),
    'accounts:login': (input, caller) => accounts.login(input, caller),
    'accounts:request-password-reset': (input, caller) =>
      accounts.requestPasswordReset(input, caller),
    'accounts:reset-password': (input, caller) => accounts.resetPassword(input, caller),
    'accounts:check-password': async ({ password, email }) =>
      ok(checkPassword(password, email ? personalWords(email) : [])),
    'accounts:unlock': (input, caller) => accounts.unlock(input, caller),
  }
}
