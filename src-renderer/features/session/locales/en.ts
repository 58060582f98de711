// English texts of the session feature: the same keys as it.ts beside it.
import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  changePassword: {
    title: 'Change password',
    intro: 'Type your current password, then the new one twice.',
    forcedTitle: 'Choose a new password',
    forcedCustomer:
      'You used a first-access password: to go on, choose your own. It works this one time only.',
    forcedOperator:
      'The password you received is temporary: to go on, choose your own, known only to you.',
    current: 'Current password',
    temporary: 'Password you received (temporary)',
    submit: 'Change password',
    doneTitle: 'Password changed',
    doneText: 'The new password is active. Your other open sessions were signed out.',
    continue: 'Continue',
  },
  session: {
    logout: 'SIGN OUT',
    customerSignedIn: 'Customer signed in',
  },
  roles: {
    front_desk: 'Front-desk operator',
    back_office: 'Reviewer (back office)',
    admin: 'Administrator',
  },
  operatorSignIn: {
    title: 'Operator sign-in',
    intro: 'Sign in with your user name and password.',
    username: 'User name',
    password: 'Password',
    remember: 'REMEMBER ME',
    rememberHelp: 'Stay signed in for 30 days on this workstation',
  },
}
