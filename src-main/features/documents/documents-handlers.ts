import { ok } from '../../../src-shared/ipc'
import type { HandlersFor } from '../../ipc/registry'
import type { Documents } from './documents-service'

export function documentsHandlers(deps: {
  documents: Documents
}): HandlersFor<
  | 'documents:list'
  | 'documents:unread-count'
  | 'documents:get-pdf'
  | 'documents:mark-read'
  | 'documents:print'
  | 'documents:zip'
  | 'documents:mail-to-self'
  | 'documents:get-quiet-hours'
  | 'documents:set-quiet-hours'
> {
  const { documents } = deps
  return {
    'documents:list': (input, caller) => documents.list(input, caller),
    'documents:unread-count': (input, caller) => documents.unreadCount(input, caller),
    'documents:get-pdf': (input, caller) => documents.getPdf(input, caller),
    'documents:mark-read': (input, caller) => documents.markRead(input, caller),
    'documents:print': (input, caller) => documents.print(input, caller),
    'documents:zip': (input, caller) => documents.zip(input, caller),
    'documents:mail-to-self': (input, caller) => documents.mailToSelf(input, caller),
    'documents:get-quiet-hours': async () => ok(await documents.quietHours()),
    'documents:set-quiet-hours': (input, caller) => documents.setQuietHours(input, caller),
  }
}
