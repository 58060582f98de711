import type { HandlersFor } from '../../ipc/registry'
import type { SecretReveal } from '../customer-display'
import type { AccountService } from './account-service'

/** The customer's secrets in each flow's input: at a desk, typed on the customer display. */
const secrets = {
  register: { password: 'new-password', passwordConfirm: 'new-password' },
  confirm: { code: 'code' },
  checkResetCode: { code: 'code' },
  resetPassword: { code: 'code', newPassword: 'new-password', newPasswordConfirm: 'new-password' },
} as const

export function accountsHandlers(deps: {
  accounts: AccountService
  reveal: SecretReveal
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
  const { accounts, reveal } = deps
  return {
    'accounts:register': async (input, caller) => {
      const typed = reveal(input, secrets.register, caller)
      return typed.ok ? accounts.register(typed.value, caller) : typed
    },
    'accounts:resend-confirmation': (input, caller) => accounts.resendConfirmation(input, caller),
    'accounts:confirm': async (input, caller) => {
      const typed = reveal(input, secrets.confirm, caller)
      return typed.ok ? accounts.confirm(typed.value, caller) : typed
    },
    'accounts:login': (input, caller) => accounts.login(input, caller),
    'accounts:request-password-reset': (input, caller) =>
      accounts.requestPasswordReset(input, caller),
    'accounts:reset-password': async (input, caller) => {
      const typed = reveal(input, secrets.resetPassword, caller)
      return typed.ok ? accounts.resetPassword(typed.value, caller) : typed
    },
    'accounts:check-password': async (input, caller) => accounts.strength(input, caller),
    'accounts:check-customer': (input, caller) => accounts.checkCustomer(input, caller),
    'accounts:check-reset-code': async (input, caller) => {
      const typed = reveal(input, secrets.checkResetCode, caller)
      return typed.ok ? accounts.checkResetCode(typed.value, caller) : typed
    },
    'accounts:unlock': (input, caller) => accounts.unlock(input, caller),
  }
}
