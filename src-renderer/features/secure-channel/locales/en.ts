// English texts of the secure channel and its desk pages: the same keys as it.ts.
import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  secureChannel: {
    title: 'Register your secure channel',
    intro:
      'To make changes online (your contacts, your password and more) you need a secure channel: your email or your mobile, confirmed with an OTP code.',
    customer: 'Customer {codiceCliente}',
    steps: {
      credentials: 'Your credentials',
      medium: 'The channel',
      otp: 'The OTP code',
    },
    identifier: {
      label: 'Codice fiscale',
      help: 'In CAPITAL letters, as on your health card. You may also type your email.',
    },
    password: {
      label: 'Password',
      help: 'The password you signed in to the customer area with.',
    },
    medium: {
      label: 'Where do you want to receive the OTP code?',
      email: 'EMAIL',
      sms: 'SMS',
      none: 'No contact on file',
      tick: 'I confirm that {contact} is mine',
      tickHelp: 'Tick to confirm the contact you chose, then press REGISTER.',
      noneOnFile:
        'There is neither an email nor a mobile on file: ask the counter staff to add one.',
    },
    submit: 'REGISTER',
    sent: 'We sent the OTP code by {medium} to {contact}.',
    validity: 'The code is good for {minutes} minutes. While it is, no other can be asked for.',
    otp: {
      label: 'OTP code',
      help: 'The 6 digits you received. You may also paste them all at once.',
    },
    confirm: 'CONFIRM',
    regenerate: 'NEW OTP',
    countdown: 'You can ask for another in {time}',
    expired: 'The OTP code has expired: ask for a new one with NEW OTP.',
    otherMedium: 'Did it not arrive? Get it by {medium}',
    regenerated: 'New OTP code sent by {medium} to {contact}.',
    already: 'This customer’s secure channel is already registered: {medium} {contact}.',
    backToArea: 'Back to the customer area',
    areaTitle: 'Secure channel',
    areaIntro: 'You need it to make changes online: your contacts, your password and more.',
    needed: 'Needed before anything else on this customer.',
    link: 'Register the secure channel',
    linkLabel: 'Register the secure channel for customer {codiceCliente}',
    confirmedTag: 'Secure channel: {medium}',
    desk: {
      intro:
        'The customer registers their secure channel: they type their account’s password and the OTP on the screen that faces them. You choose EMAIL or SMS with them.',
      account: 'account {email}',
      back: 'Back to the customer page',
      done: 'Secure channel registered: {medium} {contact}. The first-access password was sent to the customer over this channel: at their first sign-in they choose their own.',
    },
    done: {
      title: 'Secure channel registered',
      text: 'Secure channel registered. We sent you the first-access password: sign in with it, then you will choose your own.',
      login: 'SIGN IN',
    },
  },
  secureChannelErrors: {
    TOKEN_INVALID: 'The OTP code is not correct.',
    TOKEN_EXPIRED: 'The OTP code has expired: ask for a new one with NEW OTP.',
    TOO_MANY_ATTEMPTS:
      'Too many wrong tries: this OTP code is no longer good. Ask for a new one with NEW OTP.',
    TOKEN_USED: 'This OTP code has already been used.',
    OTP_STILL_VALID:
      'The OTP code sent is still good: you can ask for another with NEW OTP once it expires.',
  },
  smsbox: {
    title: 'Sent SMS',
    intro:
      'Demo data: the counter’s SMS do not really leave, they stay here. The list updates itself.',
    empty: 'No SMS sent so far.',
    when: 'Date and time',
    to: 'Number',
    sender: 'Sender',
    text: 'Text',
  },
  smsSettings: {
    title: 'SMS settings',
    intro:
      'The service (gateway) the counter sends SMS to customers through: the secure channel’s OTP codes and first-access passwords.',
    demoTitle: 'Demo mode.',
    demoText:
      'In demo mode SMS go to the counter’s built-in catcher (“Sent SMS”), whatever is set here.',
    notConfiguredTitle: 'SMS not configured.',
    notConfiguredText: 'Until the gateway is set, customers can receive the code by EMAIL only.',
    url: 'Gateway address',
    urlHelp: 'https only, for example https://sms.example.com/send',
    sender: 'Sender',
    senderHelp: 'The name the phone shows: up to 11 letters or digits.',
    authorization: 'Authorization header',
    authorizationKeepHelp: 'Leave empty to keep the saved one. It is never shown.',
    authorizationNoneHelp: 'For example “Bearer …”, as the provider says. Optional.',
    authorizationSaved: 'Saved',
    noAuthorization: 'None',
    authorizationToRemove: 'Will be removed',
    remove: 'Remove',
    removeAuthorization: 'Remove the Authorization header',
    keepAuthorization: 'Keep it',
    removePending: 'On save the saved header will be removed.',
    sealedText: 'The header is encrypted on the counter and never comes back to this page.',
    save: 'Save',
    saved: 'SMS settings saved',
    savedDemo: 'In demo mode SMS still go to the built-in catcher.',
    savedLive: 'From now on SMS leave through this gateway.',
  },
}
