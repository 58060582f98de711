// English texts of the home feature: the same keys as it.ts beside it.
import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  kiosk: {
    title: 'Welcome',
    welcome: 'Welcome to the self-service counter',
    intro: 'Tap the service you need. You can change the language at the top.',
    welcomeBack: 'Hello, {name}',
    introSignedIn: 'You are signed in. When you are done, tap SIGN OUT at the top.',
    servicesHeading: 'Customer services',
    help: 'Need help? The staff at the counter are here for you.',
    tiles: {
      area: {
        title: 'Go to your area',
        text: 'Your supplies, your password and your details.',
      },
      register: {
        title: 'Register',
        text: 'Create your access to the online services with your customer code.',
      },
      login: {
        title: 'Sign in',
        text: 'Enter your customer area with your email and password.',
      },
      bills: {
        title: 'My bills',
        text: 'View, print or receive your bills by email.',
      },
      forgotPassword: {
        title: 'Forgot your password?',
        text: 'Choose a new password safely.',
      },
      secureChannel: {
        title: 'Secure channel (OTP)',
        text: 'Register your email or mobile to receive OTP codes, in your customer area.',
      },
      changedContacts: {
        title: 'Changed your mobile or email?',
        text: 'Reset your secure channel with an identity document.',
      },
    },
  },
  desk: {
    title: 'Operator workstation',
    welcome: 'Have a good day, {name}. Reach every function of the counter from here.',
    customerHeading: 'For the customer at the counter',
    workHeading: 'Counter work',
    adminHeading: 'Administration',
    systemHeading: 'System',
    backHome: 'Back to the workstation',
    sections: {
      register: {
        title: 'Registration',
        text: 'Register the customer for the online services with a bill and their email.',
      },
      confirm: {
        title: 'Confirm registration',
        text: 'The customer has the 6-digit code received by email.',
      },
      recovery: {
        title: 'Forgotten password',
        text: 'The customer chooses a new password with the code received by email.',
      },
      unlock: {
        title: 'Unlock a customer account',
        text: 'After too many wrong passwords, with an identity document.',
      },
      search: {
        title: 'Find a customer',
        text: 'By name, customer code, tax code, VAT number, email or phone.',
      },
      review: {
        title: 'Requests to review',
        text: 'MODIFICA (contact change) and RESET LOGIN with the ID document, oldest first.',
      },
      operators: {
        title: 'Operators',
        text: 'Create operators, disable them, reset passwords.',
      },
      audit: {
        title: 'Activity log',
        text: 'Who did what, for which customer, and when.',
      },
      deadLetters: {
        title: 'Undelivered mail',
        text: 'Emails the mail server refused after every retry.',
      },
      officeSettings: {
        title: 'Office settings',
        text: 'The office’s name and the customer portal address in the emails.',
      },
      mailSettings: {
        title: 'Mail settings',
        text: 'The server the counter sends its emails to customers through.',
      },
      smsSettings: {
        title: 'SMS settings',
        text: 'The service the counter sends its SMS to customers through.',
      },
      mailbox: {
        title: 'Sent mail',
        text: 'The emails the counter sent in demo mode.',
      },
      smsbox: {
        title: 'Sent SMS',
        text: 'The SMS the counter sent in demo mode.',
      },
      status: {
        title: 'Replica status',
        text: 'Customers, documents and database of the local replica.',
      },
    },
    about: {
      title: 'About',
      version: 'Sportello version',
      mode: 'This workstation',
      office: 'Office',
      noOffice: 'Name not set yet',
      data: 'Data',
      realData: 'Real customer data',
      timeZone: 'Time zone',
    },
  },
}
