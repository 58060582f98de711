import type { HandlersFor } from '../../ipc/registry'
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
  | 'accounts:check-customer'
  | 'accounts:check-reset-code'
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
    'accounts:check-password': async (input, caller) => accounts.strength(input, caller),
    'accounts:check-customer': (input, caller) => accounts.checkCustomer(input, caller),
    'accounts:check-reset-code': (input, caller) => accounts.checkResetCode(input, caller),
    'accounts:unlock': (input, caller) => accounts.unlock(input, caller),
  }
}
