import type { HandlersFor } from '../../ipc/registry'
import type { createSetupService } from './setup-service'

export function setupHandlers({
  setup,
}: {
  setup: ReturnType<typeof createSetupService>
}): HandlersFor<'setup:status' | 'setup:complete'> {
  return {
    'setup:status': () => setup.status(),
    'setup:complete': (input, caller) => setup.complete(input, caller),
  }
}
