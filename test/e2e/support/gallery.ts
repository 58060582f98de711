// The screenshot gallery (docs/screenshots, shown by docs/screenshots/README.md): for each mode,
// every route of src-renderer/router.ts that exists in it, with the pictures that show its steps
// and states. test/e2e/screenshots.spec.ts takes exactly these pictures; the unit test
// test/unit/renderer/screenshot-gallery.test.ts fails when a route of a mode has no entry here,
// when a picture is missing from docs/screenshots (or one there is not listed), when a picture
// has the wrong size for its mode, and when the gallery page does not show it. The page is
// written from this list: `node --import tsx scripts/screenshot-gallery.ts`.

export type GalleryMode = 'kiosk' | 'desk' | 'setup'

export type Shot = { file: string; caption: string }

/** A route that exists in a mode but that no one can reach there: why, instead of a picture. */
export type Unreachable = { unreachable: string }

export type GalleryEntry = readonly Shot[] | Unreachable

/** The viewport each mode's pictures are taken at (the kiosk's landscape picture aside). */
export const screenSizes: Record<GalleryMode, { width: number; height: number }> = {
  kiosk: { width: 1080, height: 1920 },
  desk: { width: 1280, height: 800 },
  setup: { width: 1280, height: 800 },
}

/** Pictures taken at another size on purpose, with that size. */
export const otherSizes: Record<string, { width: number; height: number }> = {
  'kiosk-home-landscape.png': { width: 1366, height: 768 },
  'setup-portrait.png': { width: 1080, height: 1920 },
}

const kiosk: Record<string, GalleryEntry> = {
  home: [
    { file: 'kiosk-home.png', caption: 'Start page: the six services as large tiles' },
    { file: 'kiosk-home-landscape.png', caption: 'Start page on a landscape screen (1366×768)' },
    { file: 'kiosk-home-signed-in.png', caption: 'Start page with a customer signed in' },
    { file: 'kiosk-home-large-text.png', caption: 'Testo grande (the footer’s reading aid)' },
    { file: 'kiosk-home-high-contrast.png', caption: 'Alto contrasto (the footer’s reading aid)' },
    {
      file: 'kiosk-lock-pin.png',
      caption: 'The operator’s exit: the PIN (a finger held on the top-left corner)',
    },
    { file: 'kiosk-lock-panel.png', caption: 'The operator’s panel behind the PIN' },
    {
      file: 'kiosk-timeout-warning.png',
      caption: 'Sei ancora lì? The idle warning and its countdown',
    },
    { file: 'kiosk-visit-ended.png', caption: 'After the visit: the notice on a fresh start page' },
  ],
  register: [
    {
      file: 'kiosk-register-step1.png',
      caption: 'REGISTRATI, step 1: tipo utenza and the bill’s codes',
    },
    { file: 'kiosk-register-refused.png', caption: 'REGISTRATI, step 1 refused under the field' },
    { file: 'kiosk-register.png', caption: 'REGISTRATI, step 2: the password checklist and meter' },
    { file: 'kiosk-register-terms.png', caption: 'REGISTRATI, step 3: ACCETTA' },
  ],
  confirm: [
    {
      file: 'kiosk-confirm.png',
      caption: 'Conferma registrazione: the 6-digit code from the mail',
    },
    { file: 'kiosk-confirm-error.png', caption: 'Conferma registrazione: a wrong code' },
    { file: 'kiosk-confirm-done.png', caption: 'Registrazione confermata' },
  ],
  login: [
    { file: 'kiosk-login.png', caption: 'ACCEDI' },
    { file: 'kiosk-keyboard.png', caption: 'ACCEDI with the on-screen keyboard for an email' },
    { file: 'kiosk-login-error.png', caption: 'ACCEDI: wrong credentials' },
  ],
  recovery: [
    { file: 'kiosk-recovery.png', caption: 'Hai dimenticato la password?, step 1: the email' },
    { file: 'kiosk-recovery-code.png', caption: 'Step 2: the code from the mail' },
    { file: 'kiosk-recovery-password.png', caption: 'Step 3: the new password' },
    { file: 'kiosk-recovery-done.png', caption: 'The new password saved' },
  ],
  'reset-by-link': [
    {
      file: 'kiosk-reset-by-link.png',
      caption: 'Scegli una nuova password (the reset mail’s link)',
    },
  ],
  'customer-area': [
    { file: 'kiosk-customer-area.png', caption: 'Area clienti with one customer' },
    {
      file: 'kiosk-customer-switch.png',
      caption: 'Area clienti: a home and a business, one looked at',
    },
    { file: 'kiosk-customer-remove.png', caption: 'Rimuovere questa utenza? The question' },
  ],
  documents: [{ file: 'kiosk-documents.png', caption: 'Le tue bollette' }],
  document: [{ file: 'kiosk-document-viewer.png', caption: 'A bill in the viewer' }],
  associate: [
    { file: 'kiosk-associate.png', caption: 'Aggiungi un cliente: each field judged as typed' },
    {
      file: 'kiosk-associate-camera.png',
      caption: 'Leggi dalla bolletta: the camera reads the QR code',
    },
  ],
  'lost-code': [
    { file: 'kiosk-lost-code.png', caption: 'Non trovi il codice cliente?' },
    { file: 'kiosk-lost-code-sent.png', caption: 'Non trovi il codice cliente?: the answer' },
  ],
  'secure-channel': [
    {
      file: 'kiosk-secure-channel.png',
      caption: 'Registra il canale sicuro, step 1: codice fiscale and password',
    },
    {
      file: 'kiosk-secure-channel-medium.png',
      caption: 'Step 2: EMAIL or SMS, the contact on file',
    },
    { file: 'kiosk-secure-channel-otp.png', caption: 'Step 3: the OTP with its countdown' },
  ],
  'secure-channel-done': [
    { file: 'kiosk-secure-channel-done.png', caption: 'Canale sicuro registrato' },
  ],
  'contact-change': [
    {
      file: 'kiosk-change-contact-no-channel.png',
      caption: 'MODIFICA before the secure channel exists',
    },
    { file: 'kiosk-change-contact.png', caption: 'MODIFICA, step 1: the new contact' },
    { file: 'kiosk-id-capture.png', caption: 'Step 2: the ID document by camera, front taken' },
    { file: 'kiosk-change-contact-confirm.png', caption: 'Step 3: CONFERMA MODIFICA' },
    { file: 'kiosk-request-receipt.png', caption: 'The request’s receipt' },
  ],
  'reset-login': [
    { file: 'kiosk-reset-login.png', caption: 'RESET LOGIN, step 1: the bill’s codes' },
    {
      file: 'kiosk-reset-login-id.png',
      caption: 'RESET LOGIN, step 2: both sides of the ID document',
    },
    { file: 'kiosk-reset-login-confirm.png', caption: 'RESET LOGIN, step 3: the request to send' },
    { file: 'kiosk-reset-login-receipt.png', caption: 'RESET LOGIN: the receipt' },
  ],
  'request-status': [
    { file: 'kiosk-request-status.png', caption: 'Stato della richiesta: the bill’s codes' },
    {
      file: 'kiosk-request-status-result.png',
      caption: 'Stato della richiesta: the requests found',
    },
  ],
  'change-password': [{ file: 'kiosk-change-password.png', caption: 'Cambia password' }],
  'not-found': [{ file: 'kiosk-not-found.png', caption: 'Pagina non trovata' }],
}

const desk: Record<string, GalleryEntry> = {
  home: [
    { file: 'desk-home.png', caption: 'Start page (admin)' },
    { file: 'desk-home-front-desk.png', caption: 'Start page (front desk)' },
    {
      file: 'desk-timeout-warning.png',
      caption: 'Stai ancora servendo il cliente? The idle warning',
    },
  ],
  status: [
    { file: 'desk-status.png', caption: 'Stato della replica (operators)' },
    { file: 'desk-status-en.png', caption: 'Counter status, in English' },
  ],
  register: [
    { file: 'desk-register.png', caption: 'Registrazione run by the operator, step 1' },
    {
      file: 'desk-customer-entry.png',
      caption: 'Step 2: the operator waits for the customer’s password',
    },
  ],
  confirm: [{ file: 'desk-confirm.png', caption: 'Conferma registrazione' }],
  recovery: [{ file: 'desk-recovery.png', caption: 'Password dimenticata, step 1' }],
  'reset-by-link': [
    { file: 'desk-reset-by-link.png', caption: 'Scegli una nuova password (by link)' },
  ],
  'customer-area': {
    unreachable:
      'a desk signs in operators only, never a customer: the area clienti sends a desk home',
  },
  'lost-code': [{ file: 'desk-lost-code.png', caption: 'Non trovi il codice cliente?' }],
  'secure-channel-done': {
    unreachable:
      'at a desk the channel is said registered on the wizard’s own page (desk-secure-channel-done.png); nothing leads here',
  },
  'change-password': [{ file: 'desk-change-password.png', caption: 'Cambia password (operator)' }],
  'operator-sign-in': [
    { file: 'desk-operator-login.png', caption: 'Accesso operatore' },
    { file: 'desk-operator-login-error.png', caption: 'Accesso operatore: wrong credentials' },
  ],
  'customer-display': [
    { file: 'desk-customer-display.png', caption: 'Schermo cliente, waiting for the pairing code' },
    {
      file: 'desk-customer-display-password.png',
      caption: 'Schermo cliente: the customer chooses the password',
    },
    {
      file: 'desk-customer-display-done.png',
      caption: 'Schermo cliente: done, the operator can go on',
    },
  ],
  unlock: [{ file: 'desk-unlock.png', caption: 'Sblocca account cliente' }],
  customers: [
    { file: 'desk-search.png', caption: 'Cerca cliente: results as typed, matches marked' },
  ],
  customer: [
    { file: 'desk-customer.png', caption: 'The customer page, while serving the customer' },
    {
      file: 'desk-customer-sections.png',
      caption: 'The customer page further down: portal accounts, association, requests',
    },
  ],
  'desk-secure-channel': [
    {
      file: 'desk-secure-channel.png',
      caption: 'Canale sicuro at the desk, step 1: the customer types the password',
    },
    { file: 'desk-secure-channel-medium.png', caption: 'Step 2: EMAIL or SMS' },
    { file: 'desk-secure-channel-otp.png', caption: 'Step 3: the customer types the OTP' },
    { file: 'desk-secure-channel-done.png', caption: 'Canale sicuro registrato' },
  ],
  'review-queue': [
    { file: 'desk-review-queue.png', caption: 'Richieste da esaminare (back office)' },
  ],
  'review-request': [
    { file: 'desk-review-request.png', caption: 'A request under review' },
    { file: 'desk-review-reject.png', caption: 'RIFIUTA: the reason' },
  ],
  mailbox: [
    { file: 'desk-mailbox.png', caption: 'Posta inviata (demo)' },
    { file: 'desk-mailbox-mail.png', caption: 'Posta inviata: a mail opened' },
  ],
  smsbox: [{ file: 'desk-sms.png', caption: 'SMS inviati (demo)' }],
  operators: [
    { file: 'desk-operators.png', caption: 'Operatori (admin)' },
    { file: 'desk-operator-new.png', caption: 'Nuovo operatore' },
    { file: 'desk-operator-password.png', caption: 'A temporary password, shown once' },
  ],
  audit: [{ file: 'desk-audit.png', caption: 'Registro attività (admin)' }],
  'dead-letters': [{ file: 'desk-dead-letters.png', caption: 'Posta non consegnata (admin)' }],
  'mail-settings': [{ file: 'desk-mail-settings.png', caption: 'Impostazioni posta (admin)' }],
  'sms-settings': [{ file: 'desk-sms-settings.png', caption: 'Impostazioni SMS (admin)' }],
  'office-settings': [
    { file: 'desk-office-settings.png', caption: 'Impostazioni ufficio (admin)' },
  ],
  forbidden: [{ file: 'desk-forbidden.png', caption: 'Accesso non consentito' }],
  'not-found': [{ file: 'desk-not-found.png', caption: 'Pagina non trovata' }],
}

const setup: Record<string, GalleryEntry> = {
  setup: [
    { file: 'setup.png', caption: 'Prima configurazione (1280×800)' },
    { file: 'setup-errors.png', caption: 'Prima configurazione sent empty: each field says why' },
    {
      file: 'setup-portrait.png',
      caption: 'Prima configurazione on a portrait screen (1080×1920)',
    },
  ],
}

export const gallery: Record<GalleryMode, Record<string, GalleryEntry>> = { kiosk, desk, setup }

export function shotsOf(entry: GalleryEntry): readonly Shot[] {
  return 'unreachable' in entry ? [] : entry
}

/** Every picture of the gallery, with its mode. */
export function allShots(): { mode: GalleryMode; route: string; shot: Shot }[] {
  return (Object.keys(gallery) as GalleryMode[]).flatMap((mode) =>
    Object.entries(gallery[mode]).flatMap(([route, entry]) =>
      shotsOf(entry).map((shot) => ({ mode, route, shot })),
    ),
  )
}
