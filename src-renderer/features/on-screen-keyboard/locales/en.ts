// English texts of the on-screen keyboard; the same keys as it.ts.
import type { it } from './it'
import type { MessageTree } from '../../../i18n/message-tree'

export const en: MessageTree<typeof it> = {
  osk: {
    label: 'On-screen keyboard',
    hide: 'Hide keyboard',
    keys: {
      backspace: 'Delete',
      shift: 'Capitals',
      space: 'Space',
      enter: 'Enter',
      symbols: 'Symbols',
      letters: 'Letters',
    },
  },
}
