// English texts of the associations feature; the same keys as it.ts.
import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  associations: {
    associate: {
      title: 'Add a customer',
      intro:
        'Link another utility account to your account, for example your home’s or your business’s. You need one of its bills.',
      cardTitle: 'The details on the bill',
      cancel: 'Cancel',
    },
    kind: {
      label: 'Type of account',
      private: {
        title: 'Private',
        text: 'A household account, in a person’s name: the codice fiscale is needed.',
      },
      business: {
        title: 'VAT number',
        text: 'A company, firm or self-employed person: the partita IVA or the C.O.E. is needed.',
      },
    },
    form: {
      customerName: {
        label: 'Customer name',
        help: 'As written on the bill, for example Rossi Maria. Capitals, accents and word order do not matter.',
      },
      codiceCliente: {
        label: 'Customer code',
        help: '8 digits: it is on every bill, at the top right.',
      },
      codiceFiscale: {
        label: 'Codice fiscale',
        help: '16 letters and digits, as on the health card.',
      },
      partitaIva: {
        label: 'Partita IVA or C.O.E.',
        help: 'The 11-digit partita IVA, or the C.O.E. for San Marino businesses (for example SM12345).',
      },
      accountEmail: {
        label: 'Email of the customer’s account',
        help: 'The address the customer signs in to the online services with.',
      },
      submit: 'ASSOCIATE',
      lostCode: 'Cannot find the customer code?',
      notMatched:
        'These details do not match those of a bill: check that you copied them all correctly and try again.',
      locked:
        'Too many failed attempts: for safety the check is blocked until {until}. Try again later, or ask the staff for help.',
      readFromBill: 'Read from the bill: check that it is the right code.',
    },
    fieldErrors: {
      customerKind: { REQUIRED: 'Choose Private or VAT number.' },
      customerName: {
        REQUIRED: 'Write the customer’s name, as it is on the bill.',
        too_small: 'Write the full name, as it is on the bill.',
        too_big: 'At most 120 characters: write the name as it is on the bill.',
      },
      taxCode: { PIVA_REQUIRED: 'Write the partita IVA or the C.O.E.' },
      codiceCliente: {
        NOT_SERVED:
          'This is not the code of the customer you are serving ({code}): check that the bill is theirs.',
      },
    },
    camera: {
      open: 'Read from the bill',
      title: 'Read the code from the bill',
      aim: 'Frame the QR code at the bottom right of the bill',
      aimHelp:
        'Hold the bill still in front of the camera, a hand’s width away: the code is read by itself.',
      picture: 'Where the QR code is: in the bottom right corner of the bill.',
      preview: 'Camera picture',
      starting: 'Turning the camera on…',
      scanning: 'Looking for the QR code…',
      otherCode: 'This QR code is not the bill’s: frame the one at the bottom right.',
      close: 'Close the camera',
      typeInstead: 'Type the code instead',
      failed: {
        denied:
          'The camera cannot be used: permission was refused. Type the customer code instead: it is at the top right of the bill.',
        missing:
          'There is no camera available at this counter. Type the customer code instead: it is at the top right of the bill.',
        busy: 'The camera is busy right now. Type the customer code instead, or try again in a moment.',
        failed:
          'The camera did not turn on. Type the customer code instead: it is at the top right of the bill.',
      },
    },
    pdf: {
      pick: 'Read from a bill PDF',
      help: 'Choose the PDF file of one of the customer’s bills: the customer code is read from its text.',
      reading: 'Reading the PDF…',
      read: 'Customer code read from “{file}”: check that it is right.',
      noCode: '“{file}” holds no customer code: choose the PDF of a bill.',
      broken: '“{file}” does not open as a PDF: it may be damaged, or not a PDF.',
      tooBig: '“{file}” is too large (over {max} MB) to be a bill: choose the PDF of a bill.',
    },
    lostCode: {
      title: 'Cannot find the customer code?',
      intro:
        'We send it to the email we have on file (or, if there is none, to the mobile). For safety it is never shown on screen.',
      introDesk:
        'We send it to the customer, to the email we have on file (or, if there is none, to the mobile). For safety it is never shown on screen.',
      cardTitle: 'Whose account is it?',
      submit: 'Send the customer code',
      sentTitle: 'Request received',
      sent: 'If the details match a customer, we have sent them the customer code at the email (or mobile) we have on file.',
      spam: 'It may take a few minutes: check the SPAM or JUNK folder too.',
      onBill: 'The customer code is also written at the top right of every bill.',
      rateLimited: 'Too many requests for these details: try again after {until}.',
      back: {
        associate: 'Back to Add a customer',
        register: 'Back to Register',
        home: 'Back to the start page',
      },
    },
    area: {
      current: 'Account you are looking at',
      viewing: 'You are looking at this one',
      switch: 'Look at this account',
      switchLabel: 'Look at this account: {name}',
      switched: 'You are now looking at the account {name}',
      add: 'Add a customer',
      addHelp: 'For example your home’s account and your business’s: you need one of their bills.',
      remove: 'Remove',
      removeLabel: 'Remove: {name}',
      removeTitle: 'Remove this account?',
      removeText:
        'The account {name} (customer code {code}) will no longer be in your account and you will not see its bills here. You can add it again whenever you like, with the details on the bill.',
      removeConfirm: 'Yes, remove',
      keep: 'No, keep it',
      removed: 'The account {name} is no longer in your account.',
      added: 'Done: the account {name} is now in your account.',
      addedShared:
        'This account is also in another person’s account: you can see its bills, but changing its data needs the secure channel first.',
      needsChannel:
        'Waiting for the secure channel — the data cannot be changed until you register it',
    },
    desk: {
      title: 'Associate with an account',
      intro:
        'Link this utility account to the customer’s portal account, with the details on their bill.',
      notServing: 'To associate this customer with an account, first press “Serve this customer”.',
      done: 'Done: the account {email} now sees this utility account.',
      doneShared:
        'Done: the account {email} sees this utility account. Another account already had it: the data can be changed only after the secure channel, and whoever already uses it was told by email.',
      associatedAt: 'associated on {date}',
      holder: 'Holder',
      needsChannel: 'Waiting for the secure channel',
      remove: 'Remove association',
      removeLabel: 'Remove association: {email}',
      removeTitle: 'Remove the association?',
      removeText:
        'The account {email} will no longer see this utility account. The customer can associate it again with the details on the bill.',
      removeConfirm: 'Remove',
      removed: 'The association with {email} was removed.',
    },
  },
}
