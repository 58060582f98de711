// English, the second language. Same keys as it.ts (the type and a unit test both check it).
import type { Messages } from './it'

export const en: Messages = {
  app: {
    kioskMode: 'Self-service counter',
    deskMode: 'Operator workstation',
    country: 'Republic of San Marino',
    demo: 'Demo',
    demoHint: 'Demo data: no real customers',
    startError: 'The counter cannot start.',
    titleSuffix: 'Sportello',
  },
  nav: {
    home: 'Home',
    language: 'Language',
  },
  lang: {
    it: 'Italiano',
    en: 'English',
  },
  a11y: {
    close: 'Close',
  },
  common: {
    comingSoon: 'Coming soon',
    retry: 'Try again',
    refresh: 'Refresh',
  },
  kiosk: {
    title: 'Welcome',
    welcome: 'Welcome to the self-service counter',
    intro: 'Tap the service you need. You can change the language at the top.',
    servicesHeading: 'Customer services',
    infoHeading: 'Information',
    help: 'Need help? The staff at the counter are here for you.',
    comingSoonSummary: 'Service coming soon',
    comingSoonDetail:
      '“{service}” is not available at this counter yet. For now, please ask a member of staff.',
    tiles: {
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
        text: 'Register your email or mobile to receive OTP codes.',
      },
      changedContacts: {
        title: 'Changed your mobile or email?',
        text: 'Reset your secure channel with an identity document.',
      },
      status: {
        title: 'Counter status',
        text: 'How many customers and documents this counter holds.',
      },
    },
  },
  desk: {
    title: 'Operator workstation',
    intro: 'Reach every function of the counter from here.',
    workHeading: 'Counter work',
    systemHeading: 'System',
    sections: {
      search: {
        title: 'Customer search',
        text: 'By name, customer code, tax code, VAT number, email or phone.',
      },
      queue: {
        title: 'Review queue',
        text: 'Requests to change contacts or reset the secure channel, waiting for review.',
      },
      settings: {
        title: 'Settings',
        text: 'Mail, SMS, printer, kiosk and operators.',
      },
      audit: {
        title: 'Activity log',
        text: 'Who did what, for which customer, and when.',
      },
      status: {
        title: 'Replica status',
        text: 'Customers, documents and database of the local replica.',
        action: 'Open the replica status',
      },
    },
    appVersion: 'Sportello version {version}',
  },
  status: {
    title: 'Counter status',
    intro: 'The data of the local replica on this workstation.',
    loading: 'Reading the status…',
    errorTitle: 'The status could not be read.',
    customers: {
      title: 'Customers',
      private: 'Private',
      business: 'Business',
    },
    documents: {
      title: 'Documents',
      size: 'Bills and notices as PDF: {size}',
    },
    database: {
      title: 'Database',
      hint: 'Space used by the local replica',
    },
    details: {
      title: 'Technical details',
      dataDir: 'Data folder',
      schemaVersion: 'Schema version',
      appVersion: 'App version',
      data: 'Data',
      demoData: 'Demo',
      realData: 'Real',
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist or has moved.',
    back: 'Back to the start page',
  },
  errors: {
    INVALID_INPUT: 'Some of the data entered is not correct. Check the highlighted fields.',
    UNKNOWN_CHANNEL: 'This function is not available in this version of the counter.',
    FOREIGN_SENDER: 'Request refused for security reasons.',
    FORBIDDEN: 'You are not allowed to do this.',
    PASSWORD_CHANGE_REQUIRED: 'Before you continue, you must choose a new password.',
    NOT_FOUND: 'What you are looking for was not found.',
    SERVICE_UNAVAILABLE: 'The service cannot be reached right now. Please try again shortly.',
    NOT_IN_THIS_MODE: 'This function is not available on this workstation.',
    INVALID_CREDENTIALS: 'The credentials entered are not correct.',
    ACCOUNT_LOCKED: 'Too many failed attempts: access is locked until {until}.',
    ACCOUNT_NOT_CONFIRMED:
      'The account is not confirmed yet. Use the link or the code we sent you by email (check your SPAM folder too).',
    TEMPORARY_PASSWORD_EXPIRED: 'The first-access password has expired. Ask for a new one.',
    CUSTOMER_NOT_MATCHED:
      'These details do not match a customer. Check the customer code and the ISS code, C.O.E., tax code or VAT number.',
    PASSWORD_POLICY:
      'The password needs at least 8 characters, with an upper-case letter, a lower-case letter, a digit and a special character.',
    PASSWORDS_DIFFER: 'The two passwords do not match.',
    TOKEN_INVALID: 'The code or link is not valid.',
    TOKEN_EXPIRED: 'The code or link has expired. Ask for a new one.',
    TOKEN_USED: 'The code or link has already been used.',
    TOO_MANY_ATTEMPTS: 'Too many attempts. Ask for a new code.',
    RATE_LIMITED: 'Too many requests in a short time. Wait a few minutes and try again.',
    OPERATOR_EXISTS: 'An operator with this username already exists.',
    CANNOT_CHANGE_SELF: 'You cannot change your own account here.',
    MAIL_NOT_RETRYABLE:
      'This message cannot be sent again: only undelivered messages can be retried.',
    INTERNAL: 'Something unexpected went wrong. Try again; if it keeps happening, call support.',
  },
}
