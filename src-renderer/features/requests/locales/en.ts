// English texts of the requests feature: the same keys as it.ts.
import type { MessageTree } from '../../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  requests: {
    customer: 'Account {codiceCliente}',
    backToArea: 'Back to the customer area',
    medium: { email: 'EMAIL', sms: 'SMS' },
    documentLead:
      'You need a valid identity document (identity card, driving licence or passport): take a photo of the front, then of the back.',
    cameraWayOut:
      'Without a camera you can make the request at the desk with the operator, who scans the document.',
    codes: {
      taxCode: 'Tax code or VAT number',
      taxCodeHelp: 'As on the bill. The tax code in CAPITAL letters.',
      codiceCliente: 'Customer code (member code)',
      codiceClienteHelp: 'The 8 digits at the top right of the bill.',
    },
    summary: {
      document: 'Identity document',
      bothSides: 'Front and back photographed',
    },
    change: {
      title: 'CHANGE your contacts',
      intro:
        'Change the email or mobile we send notices and codes to. The office checks the document and then updates your details.',
      steps: { contact: 'The new contact', document: 'The document', confirm: 'Confirm' },
      medium: 'What do you want to change?',
      mediumHelp: { email: 'Your email address', sms: 'Your mobile number' },
      newContact: { email: 'New email', sms: 'New mobile' },
      newContactHelp: {
        email: "For example name.surname{'@'}example.com",
        sms: 'With the country code if it is not Italian, for example +378 66 123456.',
      },
      confirmContact: { email: 'Type the new email again', sms: 'Type the new mobile again' },
      review: 'Check the new contact: if it is right, press CONFIRM CHANGE.',
      submit: 'CONFIRM CHANGE',
      needsChannel: {
        title: 'First you need the secure channel',
        text: 'To change your details you first need the secure channel of this account: register it with the OTP code, then come back here.',
        register: 'Register the secure channel',
      },
      link: 'CHANGE contacts',
      linkLabel: 'CHANGE contacts of account {codiceCliente}',
    },
    reset: {
      title: 'Did you change your mobile or email?',
      intro:
        'If you no longer receive our codes because you changed mobile or email, ask for a RESET LOGIN: the office checks the document and sends you a new first-access password.',
      steps: { customer: 'The bill’s details', document: 'The document', confirm: 'Confirm' },
      review: 'If the details are right, press RESET LOGIN.',
      submit: 'RESET LOGIN',
      link: 'Did you change your mobile or email?',
    },
    receipt: {
      title: 'Request received',
      number: 'Request number:',
      change:
        'The office checks the document within {days} days. When the new contact is on file we tell you there, and you register the secure channel again.',
      reset:
        'The office checks the document within {days} days. If the request is approved, the first-access password goes to the contact on file.',
      keep: 'Note the number: you need it to ask about the request at the counter.',
    },
    status: {
      title: 'Request status',
      intro: 'See how your CHANGE and RESET LOGIN requests went.',
      cardTitle: 'The bill’s details',
      submit: 'SEE THE STATUS',
      found: 'No requests | 1 request | {count} requests',
      none: 'There are no requests for this account.',
      sentOn: 'made on {date}',
      decidedOn: 'decided on {date}',
      because: 'Reason: {reason}',
      home: 'Back to the start',
      link: 'Request status',
    },
    errors: {
      CUSTOMER_NOT_MATCHED:
        'The tax code (or VAT number) and the customer code do not match: check you copied them correctly from the bill.',
    },
    capture: {
      title: 'Identity document',
      step: {
        front: 'Take a photo of the front of the document',
        back: 'Now turn the document over and take a photo of the back',
        done: 'Front and back are done',
      },
      aim: 'Put the document inside the frame',
      preview: 'What the camera sees',
      starting: 'Turning the camera on…',
      ready: 'Hold the document still inside the frame and press TAKE PHOTO.',
      checking: 'Checking the photo…',
      review: 'Look at the photo: can you read the writing? Press USE THIS PHOTO, or RETAKE.',
      done: 'You can take either photo again, if you like.',
      still: {
        front: 'The photo of the front just taken',
        back: 'The photo of the back just taken',
      },
      thumbnail: {
        front: 'The photo of the front',
        back: 'The photo of the back',
      },
      state: {
        front: { done: 'Front: done', now: 'Front: now', todo: 'Front: to do' },
        back: { done: 'Back: done', now: 'Back: now', todo: 'Back: to do' },
      },
      take: 'TAKE PHOTO',
      retake: 'RETAKE',
      use: 'USE THIS PHOTO',
      retakeSide: {
        front: 'Take the photo of the front again',
        back: 'Take the photo of the back again',
      },
      retry: 'TRY AGAIN',
      problem: {
        blurred: 'The photo is blurred: hold the document still and try again',
        glare: 'There is a reflection of light on the document: tilt it a little and try again',
        dark: 'The photo is too dark: bring the document closer to the light and try again',
        empty: 'I cannot see the document: put it inside the frame and try again',
      },
      failed: {
        denied: 'I am not allowed to use the camera.',
        missing: 'I cannot find the camera.',
        busy: 'The camera is already in use by another program.',
        failed: 'The camera is not working at the moment.',
      },
      failedHelp: 'You can try again, or ask the staff at the counter for help.',
    },
  },
}
