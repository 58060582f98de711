// English texts of the customer display feature; the same keys as it.ts.
import type { it } from './it'
import type { MessageTree } from '../../../i18n/message-tree'

export const en: MessageTree<typeof it> = {
  customerDisplay: {
    title: 'Customer display',
    pair: {
      intro: 'Type the code shown on the operator’s screen.',
      label: 'Pairing code',
      help: 'It has 6 digits, for example 123 456.',
      submit: 'PAIR',
      locked: 'Too many wrong codes from this screen: try again after {until}.',
    },
    idle: {
      title: 'Customer display of {name}',
      text: 'Please wait: the operator will ask you to type your private details here.',
      note: 'What you type on this screen is not seen by the operator.',
    },
    ask: {
      passwordTitle: 'Choose your password',
      passwordIntro:
        'Type it twice. The operator does not see it. When you are done, press CONFIRM.',
      passwordLabel: 'Choose a password',
      codeTitle: 'Type the code you received by email',
      codeIntro:
        'The 6-digit code we sent you. The operator does not see it. When you are done, press CONFIRM.',
      codeIntroTo:
        'The 6-digit code we sent to {email}. The operator does not see it. When you are done, press CONFIRM.',
      currentTitle: 'Type your password',
      currentIntro:
        'The password you use for the customer area. The operator does not see it. When you are done, press CONFIRM.',
      currentLabel: 'Your password',
      codeTitleSms: 'Type the code you received by SMS',
      codeLabel: '6-digit code',
      submit: 'CONFIRM',
      gone: 'The operator closed this request: please wait until they ask you again.',
    },
    done: {
      title: 'Done: the operator can carry on',
      text: 'Thank you. What you typed was sent securely and is not kept on this screen.',
    },
  },
  customerEntry: {
    passwordTitle: 'The customer chooses the password',
    passwordIntro: 'The customer types it twice on the screen that faces them: you do not see it.',
    currentPasswordTitle: 'The customer types their password',
    currentPasswordIntro:
      'The customer types their account’s password on the screen that faces them: you do not see it.',
    codeTitle: 'The customer types the code',
    codeIntro:
      'The customer types the code they received on the screen that faces them: you do not see it.',
    unpaired: {
      lead: 'On the screen that faces the customer, open Customer display and type',
      code: 'Pairing code',
      address: 'Address of the Customer display:',
      renews: 'The code renews itself before it expires.',
      opening: 'The Customer display is opening on the second monitor…',
      noAddress:
        'Connect a second monitor facing the customer: the Customer display opens by itself.',
    },
    paired: 'Customer display connected.',
    ask: 'Ask the customer',
    askAgain: 'Ask again',
    waiting: 'Waiting for the customer…',
    waitingText: 'The field to fill in appears on their screen.',
    passwordFilled: 'Password typed by the customer',
    codeFilled: 'Code typed by the customer',
    gone: 'The request to the customer expired or was closed: ask them again.',
    oneScreen: 'Only one screen? Turn the screen to the customer',
    unpair: 'Disconnect the Customer display',
    overlay: {
      label: 'Screen facing the customer',
      note: 'The operator does not see what you type. After CONFIRM the screen goes back to the operator.',
      cancel: 'Cancel and go back to the operator',
    },
  },
}
