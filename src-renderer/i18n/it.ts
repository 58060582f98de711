// Italian, the default language. Keeps the vocabulary customers know from the utility's portals
// (REGISTRATI, ACCEDI, "Hai dimenticato la password?"...). en.ts must have exactly these keys.
// vue-i18n syntax: `{name}` is a parameter; never write a bare `@`, `|`, `{` or `}` in a text.
// Each feature keeps its own texts (features/<name>/locales/, shared ones in ui/locales/): this
// is their index, one line per feature.
import { it as shell } from '../features/shell/locales/it'
import { it as ui } from '../ui/locales/it'
import { it as home } from '../features/home/locales/it'
import { it as status } from '../features/status/locales/it'
import { it as accounts } from '../features/accounts/locales/it'
import { it as session } from '../features/session/locales/it'
import { it as desk } from '../features/desk/locales/it'
import { it as setup } from '../features/setup/locales/it'
import { it as customers } from '../features/customers/locales/it'
import { it as visit } from '../features/visit/locales/it'
import { it as customerDisplay } from '../features/customer-display/locales/it'
import { it as associations } from '../features/associations/locales/it'
import { it as secureChannel } from '../features/secure-channel/locales/it'
import { it as requests } from '../features/requests/locales/it'
import { it as review } from '../features/review/locales/it'
import { it as documents } from '../features/documents/locales/it'
import { it as kioskLock } from '../features/kiosk-lock/locales/it'
import { it as onScreenKeyboard } from '../features/on-screen-keyboard/locales/it'
import type { MessageTree } from './message-tree'

export const it = {
  ...shell,
  ...ui,
  ...home,
  ...status,
  ...accounts,
  ...session,
  ...desk,
  ...setup,
  ...customers,
  ...visit,
  ...customerDisplay,
  ...associations,
  ...secureChannel,
  ...requests,
  ...review,
  ...documents,
  ...kioskLock,
  ...onScreenKeyboard,
}

/** The shape every locale must have: the same keys as Italian, each holding a text. */
export type Messages = MessageTree<typeof it>
