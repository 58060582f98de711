// Italian texts of the accounts feature; en.ts beside it has the same keys.
export const it = {
  password: {
    show: 'Mostra',
    hide: 'Nascondi',
    new: 'Nuova password',
    confirm: 'Conferma password',
    rules: 'Requisiti della password',
    ruleMet: '(rispettato)',
    ruleUnmet: '(da rispettare)',
    strength: {
      label: 'Sicurezza della password',
      empty: 'Non ancora scritta',
      checking: 'Verifica in corso…',
      score0: 'Molto debole',
      score1: 'Debole',
      score2: 'Discreta',
      score3: 'Buona',
      score4: 'Ottima',
    },
    rule: {
      PASSWORD_TOO_SHORT: 'Almeno 8 caratteri',
      PASSWORD_NEEDS_UPPER: 'Almeno una lettera maiuscola',
      PASSWORD_NEEDS_LOWER: 'Almeno una lettera minuscola',
      PASSWORD_NEEDS_DIGIT: 'Almeno un numero',
      PASSWORD_NEEDS_SPECIAL: 'Almeno un carattere speciale, per esempio ! ? # %',
      PASSWORD_TOO_LONG: 'Al massimo 128 caratteri',
      PASSWORD_CONTAINS_PERSONAL: 'Non deve contenere l’email o il nome',
      PASSWORD_TOO_COMMON: 'Non deve essere una password comune o facile da indovinare',
    },
  },
  code: {
    digit: 'Cifra {n} di {total}',
  },
  resend: {
    action: 'Invia di nuovo',
    wait: 'Invia di nuovo tra {seconds} s',
  },
  register: {
    title: 'Registrati',
    intro: 'Crea il tuo accesso ai servizi online. Ti servono una bolletta e un indirizzo email.',
    introDesk:
      'Crea l’accesso ai servizi online per il cliente. Servono una sua bolletta e il suo indirizzo email.',
    steps: {
      customer: 'Il tuo contratto',
      customerDesk: 'Il contratto del cliente',
      access: 'Email e password',
      terms: 'Condizioni',
    },
    kind: {
      label: 'Tipo di utenza',
      private: { title: 'Privato', text: 'Utenza domestica: useremo il codice ISS.' },
      business: { title: 'Azienda', text: 'Partita IVA: useremo il codice C.O.E.' },
    },
    codiceCliente: {
      label: 'Codice cliente',
      help: '8 cifre: si trova in ogni bolletta, in alto a destra.',
    },
    iss: {
      label: 'Codice ISS',
      help: 'Il codice dell’Istituto per la Sicurezza Sociale: si trova in ogni bolletta.',
      name: 'codice ISS',
    },
    coe: {
      label: 'Codice C.O.E. (Codice Operatore Economico)',
      help: 'Per esempio SM12345: si trova in ogni bolletta.',
      name: 'codice C.O.E.',
    },
    email: {
      label: 'Email',
      help: 'Sarà il tuo nome utente. Ti scriveremo qui per confermare la registrazione.',
      helpDesk:
        'Sarà il nome utente del cliente: gli scriveremo qui per confermare la registrazione.',
    },
    password: { label: 'Scegli una password', labelDesk: 'Password scelta dal cliente' },
    terms: {
      heading: 'Condizioni di utilizzo dei servizi online',
      p1: 'I servizi online ti permettono di consultare le bollette e i dati delle tue utenze e di chiedere modifiche. Sono gratuiti.',
      p2: 'Le credenziali sono personali: non comunicarle a nessuno. Il personale non ti chiederà mai la password.',
      p3: 'Useremo l’email che indichi per le comunicazioni sul tuo account: conferme, avvisi di sicurezza e nuove bollette.',
      p4: 'I tuoi dati sono trattati solo per fornirti questi servizi, secondo la normativa sulla protezione dei dati personali. Puoi chiedere in ogni momento di chiudere l’account.',
      accept: 'ACCETTA',
      acceptText: 'Ho letto e accetto le condizioni di utilizzo.',
      acceptTextDesk: 'Il cliente ha letto e accetta le condizioni di utilizzo.',
    },
    submit: 'REGISTRATI',
    haveCode: 'Ti sei già registrato e hai il codice di conferma?',
    haveCodeDesk: 'Il cliente si è già registrato e ha il codice di conferma?',
    haveCodeLink: 'Conferma la registrazione',
  },
  confirm: {
    title: 'Conferma la registrazione',
    checkMailTitle: 'Controlla la tua email',
    checkMailTitleDesk: 'Il cliente controlla la sua email',
    checkMailIntro:
      'Ti abbiamo scritto all’indirizzo {email}. Nel messaggio «Conferma registrazione» trovi un codice di 6 cifre: scrivilo qui sotto. Il codice vale 24 ore.',
    checkMailIntroDesk:
      'Abbiamo scritto al cliente all’indirizzo {email}. Nel messaggio «Conferma registrazione» trova un codice di 6 cifre, che scrive lui sullo schermo rivolto verso di lui. Il codice vale 24 ore.',
    intro:
      'Scrivi la tua email e il codice di 6 cifre che trovi nel messaggio «Conferma registrazione».',
    introDesk:
      'Scrivi l’email del cliente; il codice di 6 cifre del messaggio «Conferma registrazione» lo scrive lui, sullo schermo rivolto verso di lui.',
    checkingLink: 'Verifica del collegamento in corso…',
    doneTitle: 'Registrazione confermata',
    doneText: 'Il tuo account è attivo. Ora puoi accedere con la tua email e la password.',
    codeTitle: 'Codice di conferma',
    askNewMail: 'Tocca «Invia di nuovo» qui sotto per ricevere un nuovo codice.',
    usedHint: 'Se hai già confermato la registrazione, puoi accedere.',
    email: 'Email usata per la registrazione',
    code: 'Codice di 6 cifre',
    codeHelp: 'Usa il codice dell’ultima email ricevuta.',
    submit: 'CONFERMA',
    noMailTitle: 'L’email non è arrivata?',
    spamHint:
      'Può volerci qualche minuto. Controlla anche nella cartella SPAM o POSTA INDESIDERATA.',
    spamHintDesk:
      'Può volerci qualche minuto. Il cliente controlli anche nella cartella SPAM o POSTA INDESIDERATA.',
    resendHint:
      'Se non la trovi, puoi farti inviare un nuovo codice: quello vecchio non varrà più.',
    resendHintDesk:
      'Se non la trova, puoi fargli inviare un nuovo codice: quello vecchio non varrà più.',
    resent:
      'Se l’indirizzo ha una registrazione da confermare, riceverai una nuova email tra pochi minuti.',
  },
  login: {
    title: 'Accedi',
    intro: 'Entra nella tua area clienti.',
    identifier: {
      label: 'Email o codice fiscale',
      help: 'Il codice fiscale puoi scriverlo in maiuscolo o in minuscolo.',
    },
    password: 'Password',
    noRemember:
      'Su un chiosco condiviso l’accesso non viene ricordato: quando hai finito, tocca ESCI.',
    submit: 'ACCEDI',
    enterCode: 'Inserisci il codice di conferma',
    otherWays: 'Altre possibilità',
    forgot: 'Hai dimenticato la password?',
    noAccount: 'Non hai un account? Registrati',
  },
  recovery: {
    title: 'Hai dimenticato la password?',
    intro: 'Scegli una nuova password in tre passi. Non ti invieremo mai la password per email.',
    introDesk:
      'Il cliente sceglie una nuova password in tre passi, con il codice che riceve per email.',
    steps: {
      email: 'La tua email',
      emailDesk: 'L’email del cliente',
      code: 'Il codice ricevuto',
      password: 'La nuova password',
    },
    email: {
      label: 'Email',
      help: 'L’indirizzo con cui ti sei registrato.',
      helpDesk: 'L’indirizzo con cui il cliente si è registrato.',
    },
    sendCode: 'Invia il codice',
    sent: 'Se l’indirizzo {email} è registrato, riceverai un’email «Reimpostazione della password» con un codice di 6 cifre. Il codice vale 30 minuti.',
    sentDesk:
      'Se l’indirizzo {email} è registrato, il cliente riceverà un’email «Reimpostazione della password» con un codice di 6 cifre. Il codice vale 30 minuti.',
    code: 'Codice di 6 cifre',
    codeHelp: 'Usa il codice dell’ultima email ricevuta.',
    spamHint:
      'L’email non arriva? Può volerci qualche minuto: controlla anche nella cartella SPAM o POSTA INDESIDERATA.',
    resent: 'Richiesta inviata di nuovo: usa il codice della nuova email.',
    askNewMail: 'Chiedi un nuovo codice con «Invia di nuovo».',
    save: 'Salva la nuova password',
    doneTitle: 'Password cambiata',
    doneText:
      'La tua nuova password è attiva. Per sicurezza abbiamo chiuso le altre sessioni aperte. Ora puoi accedere.',
    linkTitle: 'Scegli una nuova password',
    linkIntro: 'Scrivi due volte la nuova password.',
    askAgain: 'Chiedi un nuovo codice',
  },
  area: {
    title: 'Area clienti',
    greeting: 'Buongiorno, {name}.',
    signedInAs: 'Hai effettuato l’accesso come',
    customers: 'Le tue utenze',
    codiceCliente: 'Codice cliente',
    private: 'Privato',
    business: 'Azienda',
  },
}
