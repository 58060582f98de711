// Italian, the default language. Keeps the vocabulary customers know from the utility's portals
// (REGISTRATI, ACCEDI, "Hai dimenticato la password?"...). en.ts must have exactly these keys.
// vue-i18n syntax: `{name}` is a parameter; never write a bare `@`, `|`, `{` or `}` in a text.
export const it = {
  app: {
    kioskMode: 'Sportello self-service',
    deskMode: 'Postazione operatore',
    country: 'Repubblica di San Marino',
    demo: 'Demo',
    demoHint: 'Dati dimostrativi: nessun cliente reale',
    startError: 'Lo sportello non riesce ad avviarsi.',
    titleSuffix: 'Sportello',
  },
  nav: {
    home: 'Inizio',
    language: 'Lingua',
  },
  lang: {
    it: 'Italiano',
    en: 'English',
  },
  a11y: {
    close: 'Chiudi',
  },
  common: {
    comingSoon: 'Presto disponibile',
    retry: 'Riprova',
    refresh: 'Aggiorna',
  },
  kiosk: {
    title: 'Benvenuto',
    welcome: 'Benvenuto allo sportello self-service',
    intro: 'Tocca il servizio che ti serve. Puoi cambiare lingua in alto.',
    servicesHeading: 'Servizi per i clienti',
    infoHeading: 'Informazioni',
    help: 'Serve aiuto? Il personale allo sportello è a tua disposizione.',
    comingSoonSummary: 'Servizio presto disponibile',
    comingSoonDetail:
      '“{service}” non è ancora attivo su questo sportello. Per ora puoi rivolgerti al personale.',
    tiles: {
      register: {
        title: 'Registrati',
        text: 'Crea il tuo accesso ai servizi online con il codice cliente.',
      },
      login: {
        title: 'Accedi',
        text: 'Entra nella tua area clienti con email e password.',
      },
      bills: {
        title: 'Le mie bollette',
        text: 'Consulta, stampa o ricevi via email le tue bollette.',
      },
      forgotPassword: {
        title: 'Hai dimenticato la password?',
        text: 'Scegli una nuova password in modo sicuro.',
      },
      secureChannel: {
        title: 'Canale sicuro (OTP)',
        text: 'Registra email o cellulare per ricevere i codici OTP.',
      },
      changedContacts: {
        title: 'Hai cambiato il cellulare o l’email?',
        text: 'Reimposta il canale sicuro con un documento d’identità.',
      },
      status: {
        title: 'Stato dello sportello',
        text: 'Quanti clienti e documenti sono disponibili su questo sportello.',
      },
    },
  },
  desk: {
    title: 'Postazione operatore',
    intro: 'Da qui raggiungi le funzioni dello sportello.',
    workHeading: 'Lavoro allo sportello',
    systemHeading: 'Sistema',
    sections: {
      search: {
        title: 'Ricerca clienti',
        text: 'Per nome, codice cliente, codice fiscale, partita IVA, email o telefono.',
      },
      queue: {
        title: 'Coda istruttorie',
        text: 'Richieste di modifica dei recapiti e di reset del canale sicuro da esaminare.',
      },
      settings: {
        title: 'Impostazioni',
        text: 'Posta, SMS, stampante, chiosco e operatori.',
      },
      audit: {
        title: 'Registro attività',
        text: 'Chi ha fatto cosa, per quale cliente e quando.',
      },
      status: {
        title: 'Stato della replica',
        text: 'Clienti, documenti e database della replica locale.',
        action: 'Apri lo stato della replica',
      },
    },
    appVersion: 'Sportello versione {version}',
  },
  status: {
    title: 'Stato dello sportello',
    intro: 'I dati della replica locale su questa postazione.',
    loading: 'Lettura dello stato in corso…',
    errorTitle: 'Non è stato possibile leggere lo stato.',
    customers: {
      title: 'Clienti',
      private: 'Privati',
      business: 'Aziende',
    },
    documents: {
      title: 'Documenti',
      size: 'Bollette e avvisi in PDF: {size}',
    },
    database: {
      title: 'Database',
      hint: 'Spazio occupato dalla replica locale',
    },
    details: {
      title: 'Dettagli tecnici',
      dataDir: 'Cartella dei dati',
      schemaVersion: 'Versione dello schema',
      appVersion: 'Versione dell’app',
      data: 'Dati',
      demoData: 'Dimostrativi',
      realData: 'Reali',
    },
  },
  notFound: {
    title: 'Pagina non trovata',
    text: 'La pagina che cerchi non esiste o è stata spostata.',
    back: 'Torna all’inizio',
  },
  errors: {
    INVALID_INPUT: 'Alcuni dati inseriti non sono corretti. Controlla i campi evidenziati.',
    UNKNOWN_CHANNEL: 'Questa funzione non è disponibile in questa versione dello sportello.',
    FOREIGN_SENDER: 'Richiesta rifiutata per motivi di sicurezza.',
    FORBIDDEN: 'Non hai i permessi per questa operazione.',
    PASSWORD_CHANGE_REQUIRED: 'Prima di continuare devi scegliere una nuova password.',
    NOT_FOUND: 'Quello che cerchi non è stato trovato.',
    SERVICE_UNAVAILABLE: 'Il servizio non è raggiungibile in questo momento. Riprova tra poco.',
    NOT_IN_THIS_MODE: 'Questa funzione non è disponibile su questa postazione.',
    INVALID_CREDENTIALS: 'Le credenziali inserite non sono corrette.',
    ACCOUNT_LOCKED: 'Troppi tentativi non riusciti: l’accesso è bloccato fino alle {until}.',
    ACCOUNT_NOT_CONFIRMED:
      'L’account non è ancora confermato. Usa il link o il codice che ti abbiamo inviato via email (controlla anche la cartella SPAM).',
    TEMPORARY_PASSWORD_EXPIRED: 'La password di primo accesso è scaduta. Chiedine una nuova.',
    CUSTOMER_NOT_MATCHED:
      'I dati non corrispondono a un cliente. Controlla il codice cliente e il codice ISS, C.O.E., codice fiscale o partita IVA.',
    PASSWORD_POLICY:
      'La password deve avere almeno 8 caratteri, con una lettera maiuscola, una minuscola, un numero e un carattere speciale.',
    PASSWORDS_DIFFER: 'Le due password non coincidono.',
    TOKEN_INVALID: 'Il codice o il link non è valido.',
    TOKEN_EXPIRED: 'Il codice o il link è scaduto. Richiedine uno nuovo.',
    TOKEN_USED: 'Il codice o il link è già stato usato.',
    TOO_MANY_ATTEMPTS: 'Troppi tentativi. Richiedi un nuovo codice.',
    RATE_LIMITED: 'Troppe richieste in poco tempo. Attendi qualche minuto e riprova.',
    OPERATOR_EXISTS: 'Esiste già un operatore con questo nome utente.',
    CANNOT_CHANGE_SELF: 'Non puoi modificare il tuo stesso account da qui.',
    MAIL_NOT_RETRYABLE:
      'Questo messaggio non può essere rispedito: solo i messaggi non recapitati possono essere ritentati.',
    INTERNAL:
      'Si è verificato un errore imprevisto. Riprova; se il problema continua, avvisa l’assistenza.',
  },
}
/** The shape every locale must have: the same keys as Italian, each holding a text. */
export type Messages = MessageTree<typeof it>
type MessageTree<T> = { [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> }
