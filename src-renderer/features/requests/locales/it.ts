// Italian texts of the requests feature (issue #13: MODIFICA, RESET LOGIN and the ID document
// they need); en.ts beside it has the same keys.
export const it = {
  requests: {
    customer: 'Utenza {codiceCliente}',
    backToArea: 'Torna all’area clienti',
    medium: { email: 'EMAIL', sms: 'SMS' },
    documentLead:
      'Serve un documento d’identità valido (carta d’identità, patente o passaporto): fotografa il fronte e poi il retro.',
    cameraWayOut:
      'Senza fotocamera puoi presentare la richiesta allo sportello con l’operatore, che acquisisce il documento con lo scanner.',
    codes: {
      taxCode: 'Codice fiscale o partita IVA',
      taxCodeHelp: 'Come sulla bolletta. Il codice fiscale in caratteri MAIUSCOLI.',
      codiceCliente: 'Codice cliente (codice aderente)',
      codiceClienteHelp: 'Le 8 cifre in alto a destra della bolletta.',
    },
    summary: {
      document: 'Documento d’identità',
      bothSides: 'Fronte e retro fotografati',
    },
    change: {
      title: 'MODIFICA i tuoi recapiti',
      intro:
        'Cambia l’email o il cellulare a cui ti mandiamo avvisi e codici. L’ufficio controlla il documento e poi aggiorna i tuoi dati.',
      steps: { contact: 'Il nuovo recapito', document: 'Il documento', confirm: 'Conferma' },
      medium: 'Cosa vuoi cambiare?',
      mediumHelp: { email: 'Il tuo indirizzo email', sms: 'Il numero del tuo cellulare' },
      newContact: { email: 'Nuova email', sms: 'Nuovo cellulare' },
      newContactHelp: {
        email: "Per esempio nome.cognome{'@'}esempio.it",
        sms: 'Con il prefisso se non è italiano, per esempio +378 66 123456.',
      },
      confirmContact: {
        email: 'Scrivi di nuovo la nuova email',
        sms: 'Scrivi di nuovo il nuovo cellulare',
      },
      review: 'Controlla il nuovo recapito: se è giusto premi CONFERMA MODIFICA.',
      submit: 'CONFERMA MODIFICA',
      needsChannel: {
        title: 'Prima serve il canale sicuro',
        text: 'Per cambiare i tuoi dati serve prima il canale sicuro di questa utenza: registralo con il codice OTP, poi torna qui.',
        register: 'Registra il canale sicuro',
      },
      link: 'MODIFICA recapiti',
      linkLabel: 'MODIFICA recapiti dell’utenza {codiceCliente}',
    },
    reset: {
      title: 'Hai cambiato il cellulare o l’email?',
      intro:
        'Se non ricevi più i nostri codici perché hai cambiato cellulare o email, chiedi il RESET LOGIN: l’ufficio controlla il documento e ti manda una nuova password di primo accesso.',
      steps: { customer: 'I dati della bolletta', document: 'Il documento', confirm: 'Conferma' },
      review: 'Se i dati sono giusti premi RESET LOGIN.',
      submit: 'RESET LOGIN',
      link: 'Hai cambiato il cellulare o l’email?',
    },
    receipt: {
      title: 'Richiesta ricevuta',
      number: 'Numero della richiesta:',
      change:
        'L’ufficio controlla il documento entro {days} giorni. Quando il nuovo recapito è in anagrafica ti avvisiamo lì, e registrerai di nuovo il canale sicuro.',
      reset:
        'L’ufficio controlla il documento entro {days} giorni. Se la richiesta è accolta, la password di primo accesso arriva al recapito in anagrafica.',
      keep: 'Annota il numero: serve per chiedere notizie allo sportello.',
    },
    status: {
      title: 'Stato della richiesta',
      intro: 'Vedi come sono andate le tue richieste di MODIFICA e di RESET LOGIN.',
      cardTitle: 'I dati della bolletta',
      submit: 'VEDI LO STATO',
      found: 'Nessuna richiesta | 1 richiesta | {count} richieste',
      none: 'Per questa utenza non ci sono richieste.',
      sentOn: 'presentata il {date}',
      decidedOn: 'decisa il {date}',
      because: 'Motivo: {reason}',
      home: 'Torna all’inizio',
      link: 'Stato della richiesta',
    },
    errors: {
      CUSTOMER_NOT_MATCHED:
        'Il codice fiscale (o la partita IVA) e il codice cliente non corrispondono: controlla di averli copiati bene dalla bolletta.',
    },
    capture: {
      title: 'Documento d’identità',
      step: {
        front: 'Fotografa il fronte del documento',
        back: 'Ora gira il documento e fotografa il retro',
        done: 'Fronte e retro sono fatti',
      },
      aim: 'Metti il documento dentro il riquadro',
      preview: 'Quello che vede la fotocamera',
      starting: 'Accendo la fotocamera…',
      ready: 'Tieni fermo il documento dentro il riquadro e premi SCATTA.',
      checking: 'Controllo la foto…',
      review: 'Guarda la foto: si leggono bene le scritte? Premi USA QUESTA FOTO, oppure RIFAI.',
      done: 'Puoi rifare una delle due foto, se vuoi.',
      still: {
        front: 'La foto del fronte appena scattata',
        back: 'La foto del retro appena scattata',
      },
      thumbnail: {
        front: 'La foto del fronte',
        back: 'La foto del retro',
      },
      state: {
        front: { done: 'Fronte: fatto', now: 'Fronte: adesso', todo: 'Fronte: da fare' },
        back: { done: 'Retro: fatto', now: 'Retro: adesso', todo: 'Retro: da fare' },
      },
      take: 'SCATTA',
      retake: 'RIFAI',
      use: 'USA QUESTA FOTO',
      retakeSide: {
        front: 'Rifai la foto del fronte',
        back: 'Rifai la foto del retro',
      },
      retry: 'RIPROVA',
      problem: {
        blurred: 'La foto è sfocata: tieni fermo il documento e riprova',
        glare: 'C’è un riflesso di luce sul documento: inclinalo un poco e riprova',
        dark: 'La foto è troppo scura: avvicina il documento alla luce e riprova',
        empty: 'Non vedo il documento: mettilo dentro il riquadro e riprova',
      },
      failed: {
        denied: 'Non ho il permesso di usare la fotocamera.',
        missing: 'Non trovo la fotocamera.',
        busy: 'La fotocamera è già usata da un altro programma.',
        failed: 'La fotocamera non funziona in questo momento.',
      },
      failedHelp: 'Puoi riprovare, oppure chiedere aiuto al personale dello sportello.',
    },
  },
}
