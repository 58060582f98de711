import type { HandlersFor } from '../../ipc/registry'
import type { Associations } from './account-associations'

export function associationsHandlers(deps: {
  associations: Associations
}): HandlersFor<'associations:add' | 'associations:remove' | 'associations:recover-code'> {
  const { associations } = deps
  return {
    'associations:add': (input, caller) => associations.add(input, caller),
    'associations:remove': (input, caller) => associations.remove(input, caller),
    'associations:recover-code': (input, caller) => associations.recoverCode(input, caller),
  }
}
