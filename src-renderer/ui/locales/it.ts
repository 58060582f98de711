// Italian texts of the shared pieces (ui/); en.ts beside it has the same keys.
export const it = {
  a11y: {
    close: 'Chiudi',
  },
  common: {
    retry: 'Riprova',
    cancel: 'Annulla',
    loading: 'Caricamento…',
    actions: 'Azioni',
    refresh: 'Aggiorna',
  },
  wizard: {
    progress: 'Avanzamento',
    stepOf: 'Passo {step} di {total}',
    done: '(completato)',
    back: 'Indietro',
    next: 'Avanti',
  },
  fieldErrors: {
    invalid: 'Il valore non è valido.',
    REQUIRED: 'Campo obbligatorio.',
    /** The password field points at the checklist under it, which names the rules. */
    PASSWORD_RULES: 'Non rispetta ancora tutti i requisiti qui sotto.',
    NOT_A_MOBILE:
      'Non è un numero di cellulare: scrivilo con il prefisso, per esempio +39 333 123 4567.',
    SCANS_REQUIRED: 'Fotografa il fronte e il retro del documento, poi premi Avanti.',
    invalid_format: 'Il formato non è valido.',
    too_small: 'Il valore è troppo corto.',
    too_big: 'Il valore è troppo lungo.',
    invalid_type: 'Il valore non è valido.',
    invalid_value: 'Il valore non è tra quelli ammessi.',
    PASSWORD_TOO_SHORT: 'Non rispetta ancora tutti i requisiti qui sotto.',
    PASSWORD_TOO_LONG: 'Non rispetta ancora tutti i requisiti qui sotto.',
    PASSWORD_NEEDS_UPPER: 'Non rispetta ancora tutti i requisiti qui sotto.',
    PASSWORD_NEEDS_LOWER: 'Non rispetta ancora tutti i requisiti qui sotto.',
    PASSWORD_NEEDS_DIGIT: 'Non rispetta ancora tutti i requisiti qui sotto.',
    PASSWORD_NEEDS_SPECIAL: 'Non rispetta ancora tutti i requisiti qui sotto.',
    PASSWORD_CONTAINS_PERSONAL: 'Non rispetta ancora tutti i requisiti qui sotto.',
    PASSWORD_TOO_COMMON: 'Non rispetta ancora tutti i requisiti qui sotto.',
    PASSWORD_SAME: 'La nuova password deve essere diversa da quella attuale.',
    PASSWORDS_DIFFER: 'Le due password non coincidono.',
    CUSTOMER_NOT_MATCHED: 'Non corrisponde alla bolletta: controlla di averlo copiato bene.',
    INVALID_CREDENTIALS: 'Password non corretta.',
    OPERATOR_EXISTS: 'Questo nome utente è già usato.',
    CODE_FORMAT: 'Scrivi le 6 cifre del codice.',
    NUMBER_WHOLE: 'Scrivi un numero intero, solo cifre.',
    NUMBER_RANGE: 'Scrivi un numero da {min} a {max}.',
    TOKEN_INVALID: 'Codice non valido: controlla le cifre nell’ultima email ricevuta.',
    USERNAME_FORMAT: 'Da 3 a 40 caratteri: lettere, numeri, punto, trattino.',
    TERMS_REQUIRED: 'Per registrarti devi spuntare ACCETTA.',
    ID_CHECK_REQUIRED: 'Conferma di aver controllato il documento d’identità.',
    ACCOUNT_NOT_FOUND: 'Nessun account con questa email.',
    PIVA_REQUIRED: 'Scrivi la partita IVA.',
    PIVA_LENGTH: 'La partita IVA ha 11 cifre (senza IT davanti, se vuoi).',
    PIVA_DIGITS: 'La partita IVA è fatta solo di cifre: controlla di non aver scritto una lettera.',
    PIVA_OFFICE_CODE:
      'Le cifre 8-10 sono il codice dell’ufficio: da 001 a 100, oppure 120, 121, 888 o 999. Controlla di averle copiate bene.',
    PIVA_CHECK_DIGIT:
      'L’ultima cifra non corrisponde alle altre: controlla di aver copiato bene la partita IVA.',
    COE_REQUIRED: 'Scrivi il codice C.O.E.',
    COE_FORMAT:
      'Il C.O.E. è un numero fino a 5 cifre, con o senza SM davanti (per esempio SM01234).',
    COE_NOT_REGISTERED:
      'Questo C.O.E. di 1 o 2 cifre non risulta assegnato: controlla il numero sulla bolletta.',
    ISS_REQUIRED: 'Scrivi il codice ISS.',
    ISS_FORMAT: 'Il codice ISS ha 6 cifre.',
    CF_REQUIRED: 'Scrivi il codice fiscale.',
    CF_LENGTH: 'Il codice fiscale ha 16 caratteri, lettere e cifre.',
    CF_CHARACTER:
      'Un carattere non è al suo posto: il codice fiscale è fatto di 6 lettere, 2 cifre, 1 lettera, 2 cifre, 1 lettera, 3 cifre, 1 lettera.',
    CF_DATE: 'La data di nascita nel codice fiscale non esiste: controlla di averlo copiato bene.',
    CF_CHECK_CHARACTER:
      'L’ultima lettera non corrisponde alle altre: controlla di aver copiato bene il codice fiscale.',
    MOBILE_REQUIRED: 'Scrivi il numero di cellulare.',
    MOBILE_FORMAT: 'Questo non sembra un numero di cellulare: per esempio 333 123 4567.',
    MOBILE_NOT_MOBILE:
      'È un numero di rete fissa: scrivi un cellulare, per ricevere i codici via SMS.',
    MOBILE_COUNTRY: 'Si accettano cellulari italiani (+39) o sammarinesi (+378).',
    // A secret the customer types on their display, at a desk (features/customer-display).
    CUSTOMER_ENTRY_PENDING:
      'Il cliente non l’ha ancora scritto sullo schermo rivolto verso di lui.',
    CUSTOMER_PASSWORD_REFUSED:
      'La password scelta dal cliente non rispetta i requisiti: chiedigli di sceglierne un’altra.',
    password: {
      CUSTOMER_ENTRY_PENDING:
        'Il cliente non ha ancora scelto la password sullo schermo rivolto verso di lui.',
    },
    newPassword: {
      CUSTOMER_ENTRY_PENDING:
        'Il cliente non ha ancora scelto la nuova password sullo schermo rivolto verso di lui.',
    },
    code: {
      CUSTOMER_ENTRY_PENDING:
        'Il cliente non ha ancora scritto il codice sullo schermo rivolto verso di lui.',
    },
    customerKind: { REQUIRED: 'Scegli Privato o Azienda.' },
    codiceCliente: {
      invalid_format: 'Il codice cliente ha 8 cifre.',
      CUSTOMER_NOT_MATCHED:
        'Non corrisponde al codice qui sotto: controlla di averlo copiato bene.',
    },
    customerCode: {
      too_big: 'Al massimo 20 caratteri: copia il codice come è scritto sulla bolletta.',
      // Said once for the pair, under the second field.
      CUSTOMER_NOT_MATCHED:
        'Il codice cliente e il {codeName} non corrispondono: controlla di averli copiati bene dalla bolletta.',
    },
    host: {
      invalid_format:
        'Scrivi solo il nome del server, per esempio smtp.esempio.it: senza spazi, senza http:// e senza porta.',
    },
    port: {
      invalid_type: 'Un numero da 1 a 65535.',
      too_small: 'Un numero da 1 a 65535.',
      too_big: 'Un numero da 1 a 65535.',
    },
    from: {
      invalid_format: "Scrivi un indirizzo email completo, per esempio sportello{'@'}esempio.it.",
    },
    email: {
      invalid_format: "Scrivi un indirizzo email completo, per esempio nome{'@'}esempio.it.",
    },
    // The first-run setup's fields (features/setup).
    SETUP_KEY_INVALID: 'La chiave di configurazione non è corretta: copiala dal file indicato.',
    setupKey: {
      invalid_format:
        'La chiave è fatta di lettere e cifre in gruppi di 4 (per esempio ABCD-2345-…): copiala dal file indicato.',
    },
    mode: { REQUIRED: 'Scegli come si usa questa postazione.' },
    officeName: {
      too_small: 'Da 2 a 80 caratteri.',
      too_big: 'Da 2 a 80 caratteri.',
    },
    portalUrl: {
      invalid_format: 'Scrivi l’indirizzo completo, che inizia con https, oppure lascialo vuoto.',
      invalid_union: 'Scrivi l’indirizzo completo, che inizia con https, oppure lascialo vuoto.',
    },
    adminUsername: {
      invalid_format: 'Da 3 a 40 caratteri: lettere, numeri, punto, trattino.',
    },
    adminDisplayName: {
      too_small: 'Da 2 a 80 caratteri.',
      too_big: 'Da 2 a 80 caratteri.',
    },
    // The kiosk's exit PIN (first-run setup, Cambia PIN: features/kiosk-lock).
    kioskPin: {
      invalid_format: 'Da 6 a 8 cifre, solo numeri.',
      KIOSK_PIN_GUESSABLE: 'Troppo facile da indovinare: evita cifre uguali, in fila o ripetute.',
    },
    kioskPinConfirm: { PASSWORDS_DIFFER: 'I due PIN non coincidono.' },
    adminPassword: {
      INVALID_CREDENTIALS: 'Nome utente o password non corretti.',
    },
  },
  errors: {
    INVALID_INPUT: 'Alcuni dati inseriti non sono corretti. Controlla i campi evidenziati.',
    UNKNOWN_CHANNEL: 'Questa funzione non è disponibile in questa versione dello sportello.',
    FOREIGN_SENDER: 'Richiesta rifiutata per motivi di sicurezza.',
    FORBIDDEN: 'Non hai i permessi per questa operazione.',
    PASSWORD_CHANGE_REQUIRED: 'Prima di continuare devi scegliere una nuova password.',
    NOT_FOUND: 'Quello che cerchi non è stato trovato.',
    SERVICE_UNAVAILABLE: 'Il servizio non è raggiungibile in questo momento. Riprova tra poco.',
    COUNTER_RESTARTING:
      'Il servizio si è riavviato dopo un errore e l’operazione in corso è stata interrotta. Con Riprova si ricomincia dall’inizio.',
    NOT_IN_THIS_MODE: 'Questa funzione non è disponibile su questa postazione.',
    INVALID_CREDENTIALS: 'Le credenziali inserite non sono corrette.',
    ACCOUNT_LOCKED:
      'Account bloccato fino alle {until}: troppi tentativi non riusciti. Riprova più tardi o chiedi aiuto al personale.',
    ACCOUNT_NOT_CONFIRMED:
      'L’account non è ancora confermato. Usa il link o il codice che ti abbiamo inviato via email (controlla anche la cartella SPAM).',
    TEMPORARY_PASSWORD_EXPIRED: 'La password di primo accesso è scaduta. Chiedine una nuova.',
    CUSTOMER_NOT_MATCHED:
      'Il codice cliente e il codice ISS o C.O.E. non corrispondono: controlla di averli copiati bene dalla bolletta.',
    PASSWORD_POLICY:
      'La password deve avere almeno 8 caratteri, con una lettera maiuscola, una minuscola, un numero e un carattere speciale.',
    PASSWORD_SAME: 'La nuova password deve essere diversa da quella attuale.',
    PASSWORDS_DIFFER: 'Le due password non coincidono.',
    TOKEN_INVALID: 'Il codice o il link non è valido.',
    TOKEN_EXPIRED: 'Il codice o il link è scaduto. Richiedine uno nuovo.',
    TOKEN_USED: 'Il codice o il link è già stato usato.',
    TOO_MANY_ATTEMPTS: 'Troppi tentativi. Richiedi un nuovo codice.',
    CHECKS_LOCKED:
      'Troppi tentativi con questo codice cliente: riprova dopo le {until} o chiedi aiuto al personale.',
    DEVICE_LOCKED:
      'Troppi tentativi non riusciti da questa postazione: riprova dopo le {until} o chiedi aiuto al personale.',
    NOT_SERVING_THIS_CUSTOMER:
      'Stai servendo un altro cliente: chiudi il servizio con «Fine servizio» prima di agire per questo.',
    SIGN_IN_WITH_EMAIL: 'Questo codice fiscale corrisponde a più account: accedi con la tua email.',
    RATE_LIMITED: 'Troppe richieste in poco tempo. Attendi qualche minuto e riprova.',
    OPERATOR_EXISTS: 'Esiste già un operatore con questo nome utente.',
    CANNOT_CHANGE_SELF: 'Non puoi modificare il tuo stesso account da qui.',
    MAIL_NOT_RETRYABLE:
      'Questo messaggio non può essere rispedito: solo i messaggi non recapitati possono essere ritentati.',
    SETUP_KEY_INVALID: 'La chiave di configurazione non è corretta: copiala dal file indicato.',
    PAIRING_CODE_INVALID:
      'Il codice non è valido o è scaduto: digita quello mostrato ora sullo schermo dell’operatore.',
    CUSTOMER_ENTRY_REQUIRED:
      'Questo dato lo digita il cliente, sullo schermo rivolto verso di lui: chiediglielo con «Chiedi al cliente».',
    OTP_STILL_VALID:
      'Il codice OTP inviato vale ancora: attendi che scada (alle {until}) per chiederne un altro con RIGENERA OTP.',
    RECONFIRM_REQUIRED: 'Per sicurezza inserisci di nuovo codice fiscale e password.',
    CONTACT_NOT_ON_FILE:
      'Non risulta un recapito di questo tipo: scegli l’altro, oppure aggiungilo con MODIFICA.',
    SMS_UNAVAILABLE: 'Da questo sportello oggi non si possono inviare SMS: scegli EMAIL.',
    SECURE_CHANNEL_REQUIRED:
      'Per cambiare i dati serve prima il canale sicuro: registralo con il codice OTP.',
    CUSTOMER_ENTRY_MISSING:
      'Il cliente non ha ancora inserito il dato, oppure è scaduto: chiediglielo di nuovo.',
    SCAN_TOO_LARGE: 'Il file supera 10 MB: scansiona il documento a una risoluzione più bassa.',
    SCAN_UNREADABLE: 'Il file non si legge: scansiona di nuovo il documento.',
    SCAN_TYPE_REFUSED:
      'Questo file non è un’immagine JPEG o PNG né un PDF: allega una scansione del documento.',
    SCAN_TYPE_MISMATCH:
      'Il contenuto del file non è quello che dice il suo nome: allega la scansione originale del documento.',
    SCAN_POLYGLOT:
      'Il file contiene anche altro oltre all’immagine: per sicurezza non si accetta. Scansiona di nuovo il documento.',
    SCAN_TOO_MANY_PIXELS: 'L’immagine è troppo grande: scansiona a una risoluzione più bassa.',
    SCAN_TOO_MANY_PAGES: 'Il PDF ha troppe pagine: allega solo il lato del documento.',
    SCAN_PDF_ACTIVE_CONTENT:
      'Il PDF contiene script o allegati: per sicurezza non si accetta. Allega un’immagine o un PDF semplice.',
    SCAN_PDF_ENCRYPTED:
      'Il PDF è protetto da password: allega un PDF senza protezione o un’immagine.',
    SCAN_PDF_UNCHECKABLE:
      'Il PDF non si può controllare: allega un’immagine JPEG o PNG del documento.',
    SCANS_MISSING: 'Allega fronte e retro del documento d’identità.',
    CONTACTS_DIFFER: 'I due recapiti non coincidono: scrivilo uguale due volte.',
    CONTACT_UNCHANGED: 'Questo recapito è già quello in anagrafica.',
    CANNOT_DECIDE: 'Questa richiesta deve deciderla un collega, oppure è già stata decisa.',
    KIOSK_PIN_NOT_SET:
      'Questo chiosco non ha ancora un PIN di uscita: un amministratore accede con il suo nome utente e la sua password e lo imposta.',
    KIOSK_NOT_UNLOCKED:
      'Inserisci di nuovo il PIN: il pannello di uscita è rimasto aperto troppo a lungo.',
    KIOSK_PIN_GUESSABLE: 'PIN troppo facile da indovinare: evita cifre uguali, in fila o ripetute.',
    INTERNAL:
      'Si è verificato un errore imprevisto. Riprova; se il problema continua, avvisa l’assistenza.',
  },
  /** Added to a refusal when main counted the tries left before a lock (`remaining`). */
  /** The same refusals where only a code was typed: no link to speak of. */
  codeErrors: {
    TOKEN_INVALID: 'Il codice non è valido.',
    TOKEN_EXPIRED: 'Il codice è scaduto.',
    TOKEN_USED: 'Il codice è già stato usato.',
  },
  attempts: {
    INVALID_CREDENTIALS:
      'Ancora un tentativo, poi l’accesso si blocca per qualche minuto. | Ancora {remaining} tentativi, poi l’accesso si blocca per qualche minuto.',
    TOKEN_INVALID:
      'Ancora un tentativo, poi questo codice non vale più e ne servirà uno nuovo. | Ancora {remaining} tentativi, poi questo codice non vale più e ne servirà uno nuovo.',
    CUSTOMER_NOT_MATCHED:
      'Ancora un tentativo, poi la verifica si blocca per qualche minuto. | Ancora {remaining} tentativi, poi la verifica si blocca per qualche minuto.',
    SETUP_KEY_INVALID:
      'Ancora un tentativo, poi la configurazione si blocca per qualche minuto. | Ancora {remaining} tentativi, poi la configurazione si blocca per qualche minuto.',
  },
}
