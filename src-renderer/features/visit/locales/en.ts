// English texts of a customer's visit (kiosk) and service (desk); the same keys as it.ts.
import type { it } from './it'
import type { MessageTree } from '../../../i18n/message-tree'

export const en: MessageTree<typeof it> = {
  visit: {
    warning: {
      kioskTitle: 'Are you still there?',
      deskTitle: 'Are you still serving the customer?',
      unit: 'second | seconds',
      kioskText:
        'Your session is about to end: in {seconds} second your data will be deleted. | Your session is about to end: in {seconds} seconds your data will be deleted.',
      deskText:
        'End of service in {seconds} second: the customer’s data will be deleted from this screen. | End of service in {seconds} seconds: the customer’s data will be deleted from this screen.',
      continue: 'Continue',
      kioskHint: 'Touch the screen to continue.',
      deskHint: 'Press a key or click to go on serving the customer.',
      announce: '{seconds} second left. | {seconds} seconds left.',
    },
    ending: {
      kiosk: 'One moment: we are deleting your data…',
      desk: 'One moment: the customer’s data is being deleted from this screen…',
    },
    ended: {
      visit: 'Session ended: your data has been deleted.',
      visitIdle: 'Session ended after a time without use: your data has been deleted.',
      service: 'Service ended: the customer’s data has been deleted from this screen.',
      serviceIdle:
        'Service ended after a time without use: the customer’s data has been deleted from this screen.',
      signedOut: 'You have signed out. Goodbye!',
      signedOutServing:
        'You have signed out. Service ended: the customer’s data has been deleted from this screen.',
    },
    settings: {
      title: 'Inactivity',
      intro:
        'How long a screen may stay untouched before it closes by itself and deletes the customer’s data. {seconds} seconds before, a full-screen warning with Continue appears.',
      kiosk: 'Self-service counter, in seconds',
      kioskHelp:
        'Then the customer’s session ends. From {min} to {max} seconds; unless you change it, {default}.',
      desk: 'Operator workstation serving a customer, in minutes',
      deskHelp:
        'Then the service to the customer ends. From {min} to {max} minutes; unless you change it, {default}.',
      secondsUnit: 'seconds',
      minutesUnit: 'minutes',
      save: 'Save the inactivity times',
      saved: 'Inactivity times saved.',
      savedDetail: 'They apply from each screen’s next session.',
    },
  },
}
