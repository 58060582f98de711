// English texts of the shared pieces (ui/): the same keys as it.ts beside it.
import type { MessageTree } from '../../i18n/message-tree'
import type { it } from './it'

export const en: MessageTree<typeof it> = {
  a11y: {
    close: 'Close',
  },
  common: {
    retry: 'Try again',
    cancel: 'Cancel',
    loading: 'Loading…',
    actions: 'Actions',
    refresh: 'Refresh',
  },
  wizard: {
    progress: 'Progress',
    stepOf: 'Step {step} of {total}',
    done: '(done)',
    back: 'Back',
    next: 'Next',
  },
  fieldErrors: {
    invalid: 'The value is not valid.',
    REQUIRED: 'Required.',
    PASSWORD_RULES: 'It does not meet every requirement below yet.',
    NOT_A_MOBILE:
      'This is not a mobile number: type it with the country code, for example +39 333 123 4567.',
    SCANS_REQUIRED: 'Take a photo of the front and of the back of the document, then press Next.',
    invalid_format: 'The format is not valid.',
    too_small: 'The value is too short.',
    too_big: 'The value is too long.',
    invalid_type: 'The value is not valid.',
    invalid_value: 'The value is not one of those allowed.',
    PASSWORD_TOO_SHORT: 'It does not meet every requirement below yet.',
    PASSWORD_TOO_LONG: 'It does not meet every requirement below yet.',
    PASSWORD_NEEDS_UPPER: 'It does not meet every requirement below yet.',
    PASSWORD_NEEDS_LOWER: 'It does not meet every requirement below yet.',
    PASSWORD_NEEDS_DIGIT: 'It does not meet every requirement below yet.',
    PASSWORD_NEEDS_SPECIAL: 'It does not meet every requirement below yet.',
    PASSWORD_CONTAINS_PERSONAL: 'It does not meet every requirement below yet.',
    PASSWORD_TOO_COMMON: 'It does not meet every requirement below yet.',
    PASSWORD_SAME: 'The new password must differ from the current one.',
    PASSWORDS_DIFFER: 'The two passwords do not match.',
    CUSTOMER_NOT_MATCHED: 'It does not match the bill: check that you copied it correctly.',
    INVALID_CREDENTIALS: 'Wrong password.',
    OPERATOR_EXISTS: 'This user name is already taken.',
    CODE_FORMAT: 'Type the 6 digits of the code.',
    NUMBER_WHOLE: 'Write a whole number, digits only.',
    NUMBER_RANGE: 'Write a number from {min} to {max}.',
    TOKEN_INVALID: 'Wrong code: check the digits in the latest email.',
    USERNAME_FORMAT: '3 to 40 characters: letters, digits, dot, hyphen.',
    TERMS_REQUIRED: 'To register, tick ACCEPT.',
    ID_CHECK_REQUIRED: 'Confirm that you checked the identity document.',
    ACCOUNT_NOT_FOUND: 'No account with this email.',
    PIVA_REQUIRED: 'Type the VAT number.',
    PIVA_LENGTH: 'The VAT number has 11 digits (without IT in front, if you like).',
    PIVA_DIGITS: 'The VAT number is made of digits only: check that you did not type a letter.',
    PIVA_OFFICE_CODE:
      'Digits 8-10 are the tax office code: 001 to 100, or 120, 121, 888 or 999. Check that you copied them right.',
    PIVA_CHECK_DIGIT:
      'The last digit does not match the others: check that you copied the VAT number right.',
    COE_REQUIRED: 'Type the C.O.E. code.',
    COE_FORMAT:
      'The C.O.E. is a number of up to 5 digits, with or without SM in front (for example SM01234).',
    COE_NOT_REGISTERED:
      'This C.O.E. of 1 or 2 digits is not an assigned one: check the number on the bill.',
    ISS_REQUIRED: 'Type the ISS code.',
    ISS_FORMAT: 'The ISS code has 6 digits.',
    CF_REQUIRED: 'Type the codice fiscale.',
    CF_LENGTH: 'The codice fiscale has 16 characters, letters and digits.',
    CF_CHARACTER:
      'A character is out of place: a codice fiscale is 6 letters, 2 digits, 1 letter, 2 digits, 1 letter, 3 digits, 1 letter.',
    CF_DATE: 'The date of birth in this codice fiscale does not exist: check you copied it right.',
    CF_CHECK_CHARACTER:
      'The last letter does not match the others: check you copied the codice fiscale right.',
    MOBILE_REQUIRED: 'Type the mobile number.',
    MOBILE_FORMAT: 'This does not look like a mobile number: for example 333 123 4567.',
    MOBILE_NOT_MOBILE: 'This is a landline: type a mobile, to receive codes by SMS.',
    MOBILE_COUNTRY: 'Italian (+39) or San Marino (+378) mobiles only.',
    CUSTOMER_ENTRY_PENDING: 'The customer has not typed it yet on the screen that faces them.',
    CUSTOMER_PASSWORD_REFUSED:
      'The password the customer chose does not meet the requirements: ask them to choose another.',
    password: {
      CUSTOMER_ENTRY_PENDING:
        'The customer has not chosen the password yet on the screen that faces them.',
    },
    newPassword: {
      CUSTOMER_ENTRY_PENDING:
        'The customer has not chosen the new password yet on the screen that faces them.',
    },
    code: {
      CUSTOMER_ENTRY_PENDING:
        'The customer has not typed the code yet on the screen that faces them.',
    },
    customerKind: { REQUIRED: 'Choose Private or Business.' },
    codiceCliente: {
      invalid_format: 'The customer code has 8 digits.',
      CUSTOMER_NOT_MATCHED: 'It does not match the code below: check that you copied it correctly.',
    },
    customerCode: {
      too_big: 'At most 20 characters: copy the code as it is written on the bill.',
      CUSTOMER_NOT_MATCHED:
        'The customer code and the {codeName} do not match: check that you copied them correctly from the bill.',
    },
    host: {
      invalid_format:
        'Type just the server name, for example smtp.example.com: no spaces, no http:// and no port.',
    },
    port: {
      invalid_type: 'A number from 1 to 65535.',
      too_small: 'A number from 1 to 65535.',
      too_big: 'A number from 1 to 65535.',
    },
    from: {
      invalid_format: "Type a full email address, for example counter{'@'}example.com.",
    },
    email: {
      invalid_format: "Type a full email address, for example name{'@'}example.com.",
    },
    // The first-run setup's fields (features/setup).
    SETUP_KEY_INVALID: 'The setup key is not right: copy it from the file named above.',
    setupKey: {
      invalid_format:
        'The key is letters and digits in groups of 4 (for example ABCD-2345-…): copy it from the file named above.',
    },
    mode: { REQUIRED: 'Choose how this workstation is used.' },
    officeName: {
      too_small: '2 to 80 characters.',
      too_big: '2 to 80 characters.',
    },
    portalUrl: {
      invalid_format: 'Type the complete address, starting with https, or leave it empty.',
      invalid_union: 'Type the complete address, starting with https, or leave it empty.',
    },
    adminUsername: {
      invalid_format: '3 to 40 characters: letters, digits, dot, hyphen.',
    },
    adminDisplayName: {
      too_small: '2 to 80 characters.',
      too_big: '2 to 80 characters.',
    },
    // The kiosk's exit PIN (first-run setup, Change PIN: features/kiosk-lock).
    kioskPin: {
      invalid_format: '6 to 8 digits, numbers only.',
      KIOSK_PIN_GUESSABLE: 'Too easy to guess: avoid repeated digits, runs or patterns.',
    },
    kioskPinConfirm: { PASSWORDS_DIFFER: 'The two PINs do not match.' },
    adminPassword: {
      INVALID_CREDENTIALS: 'Wrong username or password.',
    },
  },
  errors: {
    INVALID_INPUT: 'Some of the data entered is not correct. Check the highlighted fields.',
    UNKNOWN_CHANNEL: 'This function is not available in this version of the counter.',
    FOREIGN_SENDER: 'Request refused for security reasons.',
    FORBIDDEN: 'You are not allowed to do this.',
    PASSWORD_CHANGE_REQUIRED: 'Before you continue, you must choose a new password.',
    NOT_FOUND: 'What you are looking for was not found.',
    SERVICE_UNAVAILABLE: 'The service cannot be reached right now. Please try again shortly.',
    COUNTER_RESTARTING:
      'The service restarted after an error and what you were doing was interrupted. Try again starts over from the home screen.',
    NOT_IN_THIS_MODE: 'This function is not available on this workstation.',
    INVALID_CREDENTIALS: 'The credentials entered are not correct.',
    ACCOUNT_LOCKED:
      'Account locked until {until}: too many failed attempts. Try again later or ask the staff for help.',
    ACCOUNT_NOT_CONFIRMED:
      'The account is not confirmed yet. Use the link or the code we sent you by email (check your SPAM folder too).',
    TEMPORARY_PASSWORD_EXPIRED: 'The first-access password has expired. Ask for a new one.',
    CUSTOMER_NOT_MATCHED:
      'The customer code and the ISS or C.O.E. code do not match: check that you copied them correctly from the bill.',
    PASSWORD_POLICY:
      'The password needs at least 8 characters, with an upper-case letter, a lower-case letter, a digit and a special character.',
    PASSWORD_SAME: 'The new password must differ from the current one.',
    PASSWORDS_DIFFER: 'The two passwords do not match.',
    TOKEN_INVALID: 'The code or link is not valid.',
    TOKEN_EXPIRED: 'The code or link has expired. Ask for a new one.',
    TOKEN_USED: 'The code or link has already been used.',
    TOO_MANY_ATTEMPTS: 'Too many attempts. Ask for a new code.',
    CHECKS_LOCKED:
      'Too many attempts with this customer code: try again after {until} or ask the staff for help.',
    DEVICE_LOCKED:
      'Too many failed attempts from this screen: try again after {until} or ask the staff for help.',
    NOT_SERVING_THIS_CUSTOMER:
      'You are serving another customer: end that service with “Fine servizio” before acting for this one.',
    SIGN_IN_WITH_EMAIL:
      'This codice fiscale belongs to more than one account: sign in with your email.',
    RATE_LIMITED: 'Too many requests in a short time. Wait a few minutes and try again.',
    OPERATOR_EXISTS: 'An operator with this username already exists.',
    CANNOT_CHANGE_SELF: 'You cannot change your own account here.',
    MAIL_NOT_RETRYABLE:
      'This message cannot be sent again: only undelivered messages can be retried.',
    SETUP_KEY_INVALID: 'The setup key is not right: copy it from the file named above.',
    PAIRING_CODE_INVALID:
      'The code is not valid or has expired: type the one the operator’s screen shows now.',
    CUSTOMER_ENTRY_REQUIRED:
      'The customer types this, on the screen that faces them: ask them with “Ask the customer”.',
    OTP_STILL_VALID:
      'The OTP code sent is still good: wait until it expires (at {until}) to ask for another with RIGENERA OTP.',
    RECONFIRM_REQUIRED: 'For your safety, type your codice fiscale and password again.',
    CONTACT_NOT_ON_FILE:
      'No contact of this kind is on file: choose the other, or add one with MODIFICA.',
    SMS_UNAVAILABLE: 'This counter cannot send SMS today: choose EMAIL.',
    SECURE_CHANNEL_REQUIRED:
      'Changing your data needs the secure channel first: register it with the OTP code.',
    CUSTOMER_ENTRY_MISSING: 'The customer has not typed it yet, or it has expired: ask them again.',
    SCAN_TOO_LARGE: 'The file is over 10 MB: scan the document at a lower resolution.',
    SCAN_UNREADABLE: 'The file cannot be read: scan the document again.',
    SCAN_TYPE_REFUSED:
      'This file is neither a JPEG or PNG image nor a PDF: attach a scan of the document.',
    SCAN_TYPE_MISMATCH:
      'The file’s content is not what its name says: attach the original scan of the document.',
    SCAN_POLYGLOT:
      'The file holds something else besides the image: it is refused for safety. Scan the document again.',
    SCAN_TOO_MANY_PIXELS: 'The image is too large: scan at a lower resolution.',
    SCAN_TOO_MANY_PAGES: 'The PDF has too many pages: attach only that side of the document.',
    SCAN_PDF_ACTIVE_CONTENT:
      'The PDF holds scripts or attachments: it is refused for safety. Attach an image or a plain PDF.',
    SCAN_PDF_ENCRYPTED: 'The PDF is password-protected: attach an unprotected PDF or an image.',
    SCAN_PDF_UNCHECKABLE: 'The PDF cannot be checked: attach a JPEG or PNG image of the document.',
    SCANS_MISSING: 'Attach the front and the back of the ID document.',
    CONTACTS_DIFFER: 'The two contacts differ: type the same one twice.',
    CONTACT_UNCHANGED: 'This contact is already the one on file.',
    CANNOT_DECIDE: 'A colleague must decide this request, or it has already been decided.',
    KIOSK_PIN_NOT_SET:
      'This kiosk has no exit PIN yet: an administrator signs in with their username and password and sets one.',
    KIOSK_NOT_UNLOCKED: 'Enter the PIN again: the exit panel was left open too long.',
    KIOSK_PIN_GUESSABLE: 'PIN too easy to guess: avoid repeated digits, runs or patterns.',
    INTERNAL: 'Something unexpected went wrong. Try again; if it keeps happening, call support.',
  },
  codeErrors: {
    TOKEN_INVALID: 'The code is not valid.',
    TOKEN_EXPIRED: 'The code has expired.',
    TOKEN_USED: 'The code has already been used.',
  },
  attempts: {
    INVALID_CREDENTIALS:
      'One more try, then signing in is locked for a few minutes. | {remaining} more tries, then signing in is locked for a few minutes.',
    TOKEN_INVALID:
      'One more try, then this code stops working and you will need a new one. | {remaining} more tries, then this code stops working and you will need a new one.',
    CUSTOMER_NOT_MATCHED:
      'One more try, then the check is locked for a few minutes. | {remaining} more tries, then the check is locked for a few minutes.',
    SETUP_KEY_INVALID:
      'One more try, then the setup is locked for a few minutes. | {remaining} more tries, then the setup is locked for a few minutes.',
  },
}
