// English, the second language. Same keys as it.ts (the type and a unit test both check it).
import { en as shell } from '../features/shell/locales/en'
import { en as ui } from '../ui/locales/en'
import { en as home } from '../features/home/locales/en'
import { en as status } from '../features/status/locales/en'
import { en as accounts } from '../features/accounts/locales/en'
import { en as session } from '../features/session/locales/en'
import { en as desk } from '../features/desk/locales/en'
import { en as setup } from '../features/setup/locales/en'
import { en as customers } from '../features/customers/locales/en'
import { en as visit } from '../features/visit/locales/en'
import { en as customerDisplay } from '../features/customer-display/locales/en'
import { en as associations } from '../features/associations/locales/en'
import { en as secureChannel } from '../features/secure-channel/locales/en'
import { en as requests } from '../features/requests/locales/en'
import { en as review } from '../features/review/locales/en'
import { en as documents } from '../features/documents/locales/en'
import { en as kioskLock } from '../features/kiosk-lock/locales/en'
import { en as onScreenKeyboard } from '../features/on-screen-keyboard/locales/en'
import type { Messages } from './it'

export const en: Messages = {
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
