// English texts of the first-run setup: the same keys as it.ts beside it.
import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  setup: {
    title: 'First-run setup',
    intro:
      'This installation of Sportello is not configured yet. Only an administrator can complete the setup: it takes the key written on this computer and an administrator’s credentials.',
    loadError: 'The state of the setup cannot be read.',
    key: {
      heading: 'Setup key',
      label: 'Type the key',
      help: 'Copy it, with or without the dashes, from the file below: only this computer’s administrator can read it.',
    },
    mode: {
      heading: 'Use of this workstation',
      help: 'It decides what the screen shows every time Sportello starts.',
      suggested: 'Asked for at launch',
      kiosk: {
        title: 'Self-service kiosk for customers',
        text: 'A public screen, often a touch screen: customers register, sign in and recover their password on their own.',
      },
      desk: {
        title: 'Counter with an operator',
        text: 'A staff computer: operators sign in with a username and password and serve the customer in front of them.',
      },
      // A kiosk's way out for the staff (features/kiosk-lock).
      exitPin: {
        heading: 'Kiosk exit PIN',
        help: 'The kiosk stays full screen with no way out: only someone who knows this PIN closes it, by holding the top-left corner of the screen for 3 seconds. 6 to 8 digits, not all the same, in a row or repeated.',
        pin: 'Exit PIN',
        repeat: 'Repeat the PIN',
      },
    },
    office: {
      heading: 'Office',
      name: 'Office name',
      nameHelp: 'Shown on the screens, for example “Customer desk, Borgo Maggiore”.',
      portal: 'Customer portal address',
      optional: '(optional)',
      portalHelp:
        'The links in the mails to customers lead there, for example {example}. Left empty, the mails carry only the code to type.',
    },
    admin: {
      newHeading: 'Create the administrator',
      newIntro:
        'The first administrator of this counter: they can create the operators and change these settings.',
      existingHeading: 'Sign in as an administrator',
      existingIntro:
        'This counter’s data already have an administrator: confirm with their username and password.',
      username: 'Username',
      usernameHelp: '3 to 40 characters: letters, digits, dot, hyphen.',
      displayName: 'Full name',
      displayNameHelp: 'Shown at the top while they are signed in, and in the activity log.',
      password: 'Password',
    },
    submit: 'Complete the setup',
    done: {
      title: 'Setup complete',
      text: 'Setup complete: Sportello is restarting…',
      slow: 'The restart is taking longer than usual. If the page does not change, reload it.',
      reload: 'Reload the page',
    },
  },
}
