import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  kioskLock: {
    prompt: {
      title: 'Operator exit',
      intro: 'For office staff only: enter the kiosk’s exit PIN.',
      pin: 'Operator PIN',
      pinHelp: '6 to 8 digits.',
      confirm: 'CONFIRM',
      cancel: 'CANCEL',
      wrongPin: 'Wrong PIN.',
      locked: 'Too many attempts: try again at {until}.',
      pinRequired: 'Enter the PIN: 6 to 8 digits.',
      noPin:
        'This kiosk has no exit PIN yet. An administrator signs in with their username and password to set one.',
      username: 'Administrator’s username',
      password: 'Password',
      adminRequired: 'Type the username and the password.',
      wrongAdmin: 'Wrong username or password.',
    },
    panel: {
      title: 'Operator panel',
      intro: 'The kiosk is unlocked on this screen for a few minutes. What would you like to do?',
      close: 'Close Sportello',
      changePin: 'Change PIN',
      setPin: 'Set the PIN',
      back: 'Back to the kiosk',
      closing: 'Sportello is closing…',
      browserClosed:
        'Exit accepted. In a browser page Sportello cannot close the program: close the tab, or stop the program from the terminal that started it.',
      pinChanged: 'PIN changed: the new one is needed from now on.',
      pinSet: 'PIN set: it is needed to leave the kiosk from now on.',
    },
    change: {
      title: 'Change PIN',
      setTitle: 'Set the exit PIN',
      current: 'Current PIN',
      new: 'New PIN',
      newHelp: '6 to 8 digits, not all the same, in a row or repeated (e.g. not 123456).',
      repeat: 'Repeat the new PIN',
      confirm: 'CONFIRM',
      cancel: 'CANCEL',
    },
  },
}
