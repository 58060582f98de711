// Italian texts of the customer display feature; en.ts beside it has the same keys.
export const it = {
  customerDisplay: {
    /** The page that faces the customer (a second monitor, a paired page). */
    title: 'Schermo cliente',
    pair: {
      intro: 'Digita il codice mostrato sullo schermo dell’operatore.',
      label: 'Codice di abbinamento',
      help: 'Sono 6 cifre, per esempio 123 456.',
      submit: 'ABBINA',
      locked: 'Troppi codici sbagliati da questo schermo: riprova dopo le {until}.',
    },
    idle: {
      title: 'Schermo cliente di {name}',
      text: 'Attendi: l’operatore ti chiederà di inserire qui i tuoi dati riservati.',
      note: 'Quello che scrivi su questo schermo l’operatore non lo vede.',
    },
    ask: {
      passwordTitle: 'Scegli la tua password',
      passwordIntro:
        'Scrivila due volte. L’operatore non la vede. Quando hai finito, premi CONFERMA.',
      passwordLabel: 'Scegli una password',
      codeTitle: 'Scrivi il codice ricevuto via email',
      codeIntro:
        'Il codice di 6 cifre che ti abbiamo inviato. L’operatore non lo vede. Quando hai finito, premi CONFERMA.',
      codeIntroTo:
        'Il codice di 6 cifre che ti abbiamo inviato all’indirizzo {email}. L’operatore non lo vede. Quando hai finito, premi CONFERMA.',
      currentTitle: 'Scrivi la tua password',
      currentIntro:
        'La password con cui entri nell’area clienti. L’operatore non la vede. Quando hai finito, premi CONFERMA.',
      currentLabel: 'La tua password',
      codeTitleSms: 'Scrivi il codice ricevuto via SMS',
      codeLabel: 'Codice di 6 cifre',
      submit: 'CONFERMA',
      gone: 'L’operatore ha chiuso questa richiesta: attendi che te la faccia di nuovo.',
    },
    done: {
      title: 'Fatto: l’operatore può proseguire',
      text: 'Grazie. Quello che hai scritto è stato inviato in modo sicuro e non resta su questo schermo.',
    },
  },
  customerEntry: {
    passwordTitle: 'La password la sceglie il cliente',
    passwordIntro:
      'Il cliente la scrive sullo schermo rivolto verso di lui, due volte: tu non la vedi.',
    currentPasswordTitle: 'La password la scrive il cliente',
    currentPasswordIntro:
      'Il cliente scrive la password del suo account sullo schermo rivolto verso di lui: tu non la vedi.',
    codeTitle: 'Il codice lo scrive il cliente',
    codeIntro:
      'Il cliente scrive il codice ricevuto sullo schermo rivolto verso di lui: tu non lo vedi.',
    unpaired: {
      lead: 'Sullo schermo rivolto al cliente apri Schermo cliente e digita',
      code: 'Codice di abbinamento',
      address: 'Indirizzo dello Schermo cliente:',
      renews: 'Il codice cambia da solo prima di scadere.',
      opening: 'Lo Schermo cliente si sta aprendo sul secondo monitor…',
      noAddress:
        'Collega un secondo monitor rivolto al cliente: lo Schermo cliente si apre da solo.',
    },
    paired: 'Schermo cliente collegato.',
    ask: 'Chiedi al cliente',
    askAgain: 'Chiedi di nuovo',
    waiting: 'In attesa del cliente…',
    waitingText: 'Sul suo schermo compare il campo da compilare.',
    passwordFilled: 'Password inserita dal cliente',
    codeFilled: 'Codice inserito dal cliente',
    gone: 'La richiesta al cliente è scaduta o è stata chiusa: chiedigli di nuovo.',
    oneScreen: 'Un solo schermo? Gira lo schermo verso il cliente',
    unpair: 'Scollega lo Schermo cliente',
    overlay: {
      label: 'Schermo rivolto al cliente',
      note: 'L’operatore non vede quello che scrivi. Dopo CONFERMA lo schermo torna all’operatore.',
      cancel: 'Annulla e torna all’operatore',
    },
  },
}
