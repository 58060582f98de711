import { ok } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import type { Requests } from './requests-service'

export function requestsHandlers(deps: {
  requests: Requests
}): HandlersFor<
  | 'requests:add-scan'
  | 'requests:drop-scans'
  | 'requests:submit-change'
  | 'requests:submit-reset'
  | 'requests:status'
  | 'requests:of-customer'
  | 'requests:queue'
  | 'requests:get'
  | 'requests:decide'
  | 'requests:get-retention'
  | 'requests:set-retention'
> {
  const { requests } = deps
  return {
    'requests:add-scan': (input, caller) => requests.addScan(input, caller),
    'requests:drop-scans': async (_input, caller) => {
      requests.dropScans(caller)
      return ok(null)
    },
    'requests:submit-change': (input, caller) => requests.submitChange(input, caller),
    'requests:submit-reset': (input, caller) => requests.submitReset(input, caller),
    'requests:status': (input, caller) => requests.status(input, caller),
    'requests:of-customer': (input) => requests.ofCustomer(input),
    'requests:queue': () => requests.queue(),
    'requests:get': (input, caller) => requests.get(input, caller),
    'requests:decide': (input, caller) => requests.decide(input, caller),
    'requests:get-retention': async () => ok({ days: await requests.retentionDays() }),
    'requests:set-retention': (input, caller) => requests.setRetention(input, caller),
  }
}
