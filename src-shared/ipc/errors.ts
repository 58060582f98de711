// Stable error codes. The renderer translates each one (src-renderer/i18n); never rename a code.
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'FOREIGN_SENDER',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  /** The counter's worker thread stopped and was restarted: the screen's state is gone. */
  'COUNTER_RESTARTING',
  'NOT_IN_THIS_MODE',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_NOT_CONFIRMED',
  'TEMPORARY_PASSWORD_EXPIRED',
  'CUSTOMER_NOT_MATCHED',
  'PASSWORD_POLICY',
  'PASSWORDS_DIFFER',
  /** The new password is the current one. */
  'PASSWORD_SAME',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'TOKEN_USED',
  'TOO_MANY_ATTEMPTS',
  'CHECKS_LOCKED',
  /** Too many wrong secrets from this screen, across subjects: it waits until `until`. */
  'DEVICE_LOCKED',
  'SIGN_IN_WITH_EMAIL',
  'RATE_LIMITED',
  'OPERATOR_EXISTS',
  'CANNOT_CHANGE_SELF',
  'MAIL_NOT_RETRYABLE',
  'SETUP_KEY_INVALID',
  /** A desk action on a customer other than the one the operator is serving. */
  'NOT_SERVING_THIS_CUSTOMER',
  /** A customer display typed a pairing code no operator's screen shows (or an expired one). */
  'PAIRING_CODE_INVALID',
  /** At a desk a customer's secret comes from the customer display, never from the operator. */
  'CUSTOMER_ENTRY_REQUIRED',
  /** The customer's entry is not there (never typed, withdrawn, expired, another screen's). */
  'CUSTOMER_ENTRY_MISSING',
  /** An OTP sent is still good (`until`): no other may be asked for before. */
  'OTP_STILL_VALID',
  /** The secure channel's phase I (the credentials again) is not done, or too long ago. */
  'RECONFIRM_REQUIRED',
  /** No contact of that kind on file for the customer: MODIFICA adds one (issue #13). */
  'CONTACT_NOT_ON_FILE',
  /** SMS cannot be sent from this counter (no gateway configured). */
  'SMS_UNAVAILABLE',
  /** A disposizione needs the account's confirmed secure channel for that customer. */
  'SECURE_CHANNEL_REQUIRED',
  /** An ID document's file refused (issue #13): over 10 MB, not JPEG/PNG/PDF, a polyglot… */
  'SCAN_TOO_LARGE',
  'SCAN_UNREADABLE',
  'SCAN_TYPE_REFUSED',
  'SCAN_TYPE_MISMATCH',
  'SCAN_POLYGLOT',
  'SCAN_TOO_MANY_PIXELS',
  'SCAN_TOO_MANY_PAGES',
  'SCAN_PDF_ACTIVE_CONTENT',
  'SCAN_PDF_ENCRYPTED',
  'SCAN_PDF_UNCHECKABLE',
  /** A request needs both sides of the ID document (`missing`: front, back). */
  'SCANS_MISSING',
  /** The new contact typed twice differs. */
  'CONTACTS_DIFFER',
  /** The new contact is the one on file already. */
  'CONTACT_UNCHANGED',
  /** Four eyes: this reviewer may not decide this request (`reason`). */
  'CANNOT_DECIDE',
  /** The kiosk has no exit PIN stored (configured before there was one): see the README. */
  'KIOSK_PIN_NOT_SET',
  /** Chiudi Sportello / Cambia PIN on a screen not unlocked by the PIN a moment ago. */
  'KIOSK_NOT_UNLOCKED',
  /** A new exit PIN anyone would try first (000000, 123456, 121212). */
  'KIOSK_PIN_GUESSABLE',
  'INTERNAL',
] as const

export type ErrorCode = (typeof errorCodes)[number]
