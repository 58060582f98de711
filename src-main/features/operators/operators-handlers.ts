import type { HandlersFor } from '../../ipc/registry'
import type { OperatorService } from './operator-service'

export function operatorsHandlers(deps: {
  operators: OperatorService
}): HandlersFor<
  | 'operators:login'
  | 'operators:list'
  | 'operators:create'
  | 'operators:set-disabled'
  | 'operators:reset-password'
> {
  const { operators } = deps
  return {
    'operators:login': (input, caller) => operators.login(input, caller),
    'operators:list': () => operators.list(),
    'operators:create': (input, caller) => operators.create(input, caller),
    'operators:set-disabled': (input, caller) => operators.setDisabled(input, caller),
    'operators:reset-password': (input, caller) => operators.resetPassword(input, caller),
  }
}
