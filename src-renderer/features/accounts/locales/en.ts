// English texts of the accounts feature: the same keys as it.ts beside it.
import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  password: {
    show: 'Show',
    hide: 'Hide',
    new: 'New password',
    confirm: 'Confirm password',
    rules: 'Password requirements',
    ruleMet: '(met)',
    ruleUnmet: '(not met yet)',
    strength: {
      label: 'Password strength',
      empty: 'Not typed yet',
      checking: 'Checking…',
      score0: 'Very weak',
      score1: 'Weak',
      score2: 'Fair',
      score3: 'Good',
      score4: 'Excellent',
    },
    rule: {
      PASSWORD_TOO_SHORT: 'At least 8 characters',
      PASSWORD_NEEDS_UPPER: 'At least one upper-case letter',
      PASSWORD_NEEDS_LOWER: 'At least one lower-case letter',
      PASSWORD_NEEDS_DIGIT: 'At least one digit',
      PASSWORD_NEEDS_SPECIAL: 'At least one special character, such as ! ? # %',
      PASSWORD_TOO_LONG: 'At most 128 characters',
      PASSWORD_CONTAINS_PERSONAL: 'Must not contain your email or name',
      PASSWORD_TOO_COMMON: 'Must not be a common or easily guessed password',
    },
  },
  code: {
    digit: 'Digit {n} of {total}',
  },
  resend: {
    action: 'Send again',
    wait: 'Send again in {seconds} s',
  },
  register: {
    title: 'Register',
    intro: 'Create your access to the online services. You need a bill and an email address.',
    introDesk:
      'Create the customer’s access to the online services. You need one of their bills and their email address.',
    steps: {
      customer: 'Your contract',
      customerDesk: 'The customer’s contract',
      access: 'Email and password',
      terms: 'Terms',
    },
    kind: {
      label: 'Type of customer',
      private: { title: 'Private', text: 'Household supply: we will use the ISS code.' },
      business: { title: 'Business', text: 'VAT number: we will use the C.O.E. code.' },
    },
    codiceCliente: {
      label: 'Customer code',
      help: '8 digits: you find it on every bill, at the top right.',
    },
    iss: {
      label: 'ISS code',
      help: 'Your Social Security Institute (ISS) code: you find it on every bill.',
      name: 'ISS code',
    },
    coe: {
      label: 'C.O.E. code (Economic Operator Code)',
      help: 'For example SM12345: you find it on every bill.',
      name: 'C.O.E. code',
    },
    email: {
      label: 'Email',
      help: 'It will be your user name. We will write to it to confirm the registration.',
      helpDesk:
        'It will be the customer’s user name: we will write to it to confirm the registration.',
    },
    password: { label: 'Choose a password', labelDesk: 'Password chosen by the customer' },
    terms: {
      heading: 'Terms of use of the online services',
      p1: 'The online services let you see the bills and data of your supplies and ask for changes. They are free.',
      p2: 'Your credentials are personal: do not share them. Our staff will never ask for your password.',
      p3: 'We will use the email you give for messages about your account: confirmations, security notices and new bills.',
      p4: 'Your data is processed only to provide these services, under the data protection rules. You may ask to close the account at any time.',
      accept: 'ACCEPT',
      acceptText: 'I have read and accept the terms of use.',
      acceptTextDesk: 'The customer has read and accepts the terms of use.',
    },
    submit: 'REGISTER',
    haveCode: 'Already registered and have the confirmation code?',
    haveCodeDesk: 'Has the customer already registered, with the confirmation code at hand?',
    haveCodeLink: 'Confirm your registration',
  },
  confirm: {
    title: 'Confirm your registration',
    checkMailTitle: 'Check your email',
    checkMailTitleDesk: 'The customer checks their email',
    checkMailIntro:
      'We have written to {email}. The message “Confirm your registration” holds a 6-digit code: type it below. The code is valid for 24 hours.',
    checkMailIntroDesk:
      'We have written to the customer at {email}. The message “Confirm your registration” holds a 6-digit code, which they type on the screen that faces them. The code is valid for 24 hours.',
    intro: 'Type your email and the 6-digit code from the message “Confirm your registration”.',
    introDesk:
      'Type the customer’s email; the 6-digit code from the message “Confirm your registration” they type themselves, on the screen that faces them.',
    checkingLink: 'Checking the link…',
    doneTitle: 'Registration confirmed',
    doneText: 'Your account is active. You can now sign in with your email and password.',
    codeTitle: 'Confirmation code',
    askNewMail: 'Tap “Send again” below to get a new code.',
    usedHint: 'If you have already confirmed your registration, you can sign in.',
    email: 'Email used to register',
    code: '6-digit code',
    codeHelp: 'Use the code from the latest email.',
    submit: 'CONFIRM',
    noMailTitle: 'No email?',
    spamHint: 'It can take a few minutes. Check your SPAM or JUNK folder too.',
    spamHintDesk:
      'It can take a few minutes. The customer should check the SPAM or JUNK folder too.',
    resendHint: 'If you cannot find it, we can send a new code: the old one will stop working.',
    resendHintDesk:
      'If they cannot find it, you can have a new code sent: the old one will stop working.',
    resent:
      'If this address has a registration waiting for confirmation, a new email will arrive in a few minutes.',
  },
  login: {
    title: 'Sign in',
    intro: 'Enter your customer area.',
    identifier: {
      label: 'Email or tax code',
      help: 'You may type the tax code (codice fiscale) in upper or lower case.',
    },
    password: 'Password',
    noRemember:
      'On a shared kiosk your sign-in is never remembered: when you are done, tap SIGN OUT.',
    submit: 'SIGN IN',
    enterCode: 'Enter the confirmation code',
    otherWays: 'Other options',
    forgot: 'Forgot your password?',
    noAccount: 'No account yet? Register',
  },
  recovery: {
    title: 'Forgot your password?',
    intro: 'Choose a new password in three steps. We will never send you your password by email.',
    introDesk:
      'The customer chooses a new password in three steps, with the code they receive by email.',
    steps: {
      email: 'Your email',
      emailDesk: 'The customer’s email',
      code: 'The code you received',
      password: 'Your new password',
    },
    email: {
      label: 'Email',
      help: 'The address you registered with.',
      helpDesk: 'The address the customer registered with.',
    },
    sendCode: 'Send the code',
    sent: 'If {email} is registered, you will receive an email “Reset your password” with a 6-digit code. The code is valid for 30 minutes.',
    sentDesk:
      'If {email} is registered, the customer will receive an email “Reset your password” with a 6-digit code. The code is valid for 30 minutes.',
    code: '6-digit code',
    codeHelp: 'Use the code from the latest email.',
    spamHint: 'No email yet? It can take a few minutes: check your SPAM or JUNK folder too.',
    resent: 'Request sent again: use the code from the new email.',
    askNewMail: 'Ask for a new code with “Send again”.',
    save: 'Save the new password',
    doneTitle: 'Password changed',
    doneText:
      'Your new password is active. For your safety we signed out your other sessions. You can now sign in.',
    linkTitle: 'Choose a new password',
    linkIntro: 'Type your new password twice.',
    askAgain: 'Ask for a new code',
  },
  area: {
    title: 'Customer area',
    greeting: 'Hello, {name}.',
    signedInAs: 'You are signed in as',
    customers: 'Your supplies',
    codiceCliente: 'Customer code',
    private: 'Private',
    business: 'Business',
  },
}
