import type { HandlersFor } from '../../ipc/registry'
import type { CustomerDisplay } from './display-service'

export function displayHandlers(deps: {
  display: CustomerDisplay
}): HandlersFor<
  | 'display:pairing-code'
  | 'display:status'
  | 'display:request-entry'
  | 'display:cancel-entry'
  | 'display:unpair'
  | 'display:pair'
  | 'display:current'
  | 'display:submit'
> {
  const { display } = deps
  return {
    'display:pairing-code': (_input, caller) => display.pairingCode(caller),
    'display:status': async (_input, caller) => display.status(caller),
    'display:request-entry': async (input, caller) => display.requestEntry(input, caller),
    'display:cancel-entry': async ({ id }, caller) => display.cancelEntry(caller, id),
    'display:unpair': async (_input, caller) => display.unpair(caller),
    'display:pair': ({ code }, caller) => display.pair(code, caller),
    'display:current': async (_input, caller) => display.current(caller),
    'display:submit': async (input, caller) => display.submit(input, caller),
  }
}
