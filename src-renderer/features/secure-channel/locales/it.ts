// Italian texts of the secure channel (seed 003's words: REGISTRATI, CONFERMA, RIGENERA OTP,
// EMAIL, SMS) and of its desk pages ("SMS inviati", "Impostazioni SMS"); en.ts has the same keys.
export const it = {
  secureChannel: {
    title: 'Registra il canale sicuro',
    intro:
      'Per fare le disposizioni online (cambiare i recapiti, la password e altro) serve un canale sicuro: la tua email o il tuo cellulare, confermati con un codice OTP.',
    customer: 'Utenza {codiceCliente}',
    steps: {
      credentials: 'Le tue credenziali',
      medium: 'Il canale',
      otp: 'Il codice OTP',
    },
    identifier: {
      label: 'Codice fiscale',
      help: 'In caratteri MAIUSCOLI, come sulla tessera sanitaria. Puoi scrivere anche la tua email.',
    },
    password: {
      label: 'Password',
      help: 'La password con cui sei entrato nell’area clienti.',
    },
    medium: {
      label: 'Dove vuoi ricevere il codice OTP?',
      email: 'EMAIL',
      sms: 'SMS',
      none: 'Nessun recapito in anagrafica',
      tick: 'Confermo che il recapito {contact} è mio',
      tickHelp: 'Metti la spunta per confermare il recapito scelto, poi premi REGISTRATI.',
      noneOnFile:
        'In anagrafica non c’è né un’email né un cellulare: chiedi al personale dello sportello di aggiungerne uno.',
    },
    submit: 'REGISTRATI',
    sent: 'Abbiamo inviato il codice OTP via {medium} a {contact}.',
    validity: 'Il codice vale {minutes} minuti. Finché vale non se ne può chiedere un altro.',
    otp: {
      label: 'Codice OTP',
      help: 'Le 6 cifre che hai ricevuto. Puoi anche incollarle tutte insieme.',
    },
    confirm: 'CONFERMA',
    regenerate: 'RIGENERA OTP',
    countdown: 'Potrai chiederne un altro tra {time}',
    expired: 'Il codice OTP è scaduto: chiedine uno nuovo con RIGENERA OTP.',
    otherMedium: 'Non è arrivato? Ricevilo via {medium}',
    regenerated: 'Nuovo codice OTP inviato via {medium} a {contact}.',
    already: 'Il canale sicuro di questa utenza è già registrato: {medium} {contact}.',
    backToArea: 'Torna all’area clienti',
    areaTitle: 'Canale sicuro',
    areaIntro: 'Serve per fare le disposizioni online: cambiare i recapiti, la password e altro.',
    needed: 'Serve prima di ogni altra operazione su questa utenza.',
    link: 'Registra il canale sicuro',
    linkLabel: 'Registra il canale sicuro per l’utenza {codiceCliente}',
    confirmedTag: 'Canale sicuro: {medium}',
    desk: {
      intro:
        'Il cliente registra il suo canale sicuro: scrive la password del suo account e il codice OTP sullo schermo rivolto verso di lui. Tu scegli con lui EMAIL o SMS.',
      account: 'account {email}',
      back: 'Torna alla scheda cliente',
      done: 'Canale sicuro registrato: {medium} {contact}. Al cliente è stata inviata su questo canale la password di primo accesso: al primo accesso ne sceglierà una sua.',
    },
    done: {
      title: 'Canale sicuro registrato',
      text: 'Canale sicuro registrato. Ti abbiamo inviato la password di primo accesso: accedi con quella, poi ne sceglierai una tua.',
      login: 'ACCEDI',
    },
  },
  /** Refusals said the way this screen needs them. */
  secureChannelErrors: {
    TOKEN_INVALID: 'Il codice OTP non è corretto.',
    TOKEN_EXPIRED: 'Il codice OTP è scaduto: chiedine uno nuovo con RIGENERA OTP.',
    TOO_MANY_ATTEMPTS:
      'Troppi tentativi sbagliati: questo codice OTP non vale più. Chiedine uno nuovo con RIGENERA OTP.',
    TOKEN_USED: 'Questo codice OTP è già stato usato.',
    OTP_STILL_VALID:
      'Il codice OTP inviato vale ancora: potrai chiederne un altro con RIGENERA OTP quando scade.',
  },
  smsbox: {
    title: 'SMS inviati',
    intro:
      'Dati dimostrativi: gli SMS dello sportello non escono davvero, restano qui. Si aggiorna da sola.',
    empty: 'Nessun SMS inviato finora.',
    when: 'Data e ora',
    to: 'Numero',
    sender: 'Mittente',
    text: 'Testo',
  },
  smsSettings: {
    title: 'Impostazioni SMS',
    intro:
      'Il servizio (gateway) da cui lo sportello invia gli SMS ai clienti: i codici OTP del canale sicuro e le password di primo accesso.',
    demoTitle: 'Modalità dimostrativa.',
    demoText:
      'In modalità dimostrativa gli SMS vanno al ricevitore interno dello sportello («SMS inviati»), qualunque cosa sia impostata qui.',
    notConfiguredTitle: 'SMS non configurati.',
    notConfiguredText:
      'Finché non imposti il gateway, i clienti possono ricevere il codice solo via EMAIL.',
    url: 'Indirizzo del gateway',
    urlHelp: 'Solo https, ad esempio https://sms.esempio.it/invio',
    sender: 'Mittente',
    senderHelp: 'Il nome che compare sul telefono: fino a 11 lettere o cifre.',
    authorization: 'Intestazione Authorization',
    authorizationKeepHelp: 'Lascia vuoto per tenere quella salvata. Non viene mai mostrata.',
    authorizationNoneHelp: 'Ad esempio «Bearer …», come indicato dal fornitore. Facoltativa.',
    authorizationSaved: 'Salvata',
    noAuthorization: 'Nessuna',
    authorizationToRemove: 'Verrà rimossa',
    remove: 'Rimuovi',
    removeAuthorization: 'Rimuovi l’intestazione Authorization',
    keepAuthorization: 'Tienila',
    removePending: 'Al salvataggio l’intestazione salvata verrà rimossa.',
    sealedText: 'L’intestazione viene cifrata sullo sportello e non torna mai su questa pagina.',
    save: 'Salva',
    saved: 'Impostazioni SMS salvate',
    savedDemo: 'In modalità dimostrativa gli SMS continuano ad andare al ricevitore interno.',
    savedLive: 'Da ora gli SMS partono da questo gateway.',
  },
}
