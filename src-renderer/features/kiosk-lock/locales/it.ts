// The locked kiosk's operator exit: the PIN prompt, the operator's panel, Cambia PIN.
export const it = {
  kioskLock: {
    prompt: {
      title: 'Uscita operatore',
      intro: 'Riservato al personale dell’ufficio: inserisci il PIN di uscita del chiosco.',
      pin: 'PIN operatore',
      pinHelp: 'Da 6 a 8 cifre.',
      confirm: 'CONFERMA',
      cancel: 'ANNULLA',
      wrongPin: 'PIN errato.',
      locked: 'Troppi tentativi: riprova alle {until}.',
      pinRequired: 'Inserisci il PIN: da 6 a 8 cifre.',
      noPin:
        'Questo chiosco non ha ancora un PIN di uscita. Un amministratore accede con il suo nome utente e la sua password per impostarlo.',
      username: 'Nome utente dell’amministratore',
      password: 'Password',
      adminRequired: 'Scrivi nome utente e password.',
      wrongAdmin: 'Nome utente o password non corretti.',
    },
    panel: {
      title: 'Pannello operatore',
      intro: 'Il chiosco è sbloccato su questo schermo per pochi minuti. Cosa vuoi fare?',
      close: 'Chiudi Sportello',
      changePin: 'Cambia PIN',
      setPin: 'Imposta il PIN',
      back: 'Torna al chiosco',
      closing: 'Sportello si sta chiudendo…',
      browserClosed:
        'Uscita accettata. In una pagina del browser Sportello non può chiudere il programma: chiudi la scheda, oppure ferma il programma dal terminale che lo ha avviato.',
      pinChanged: 'PIN cambiato: da ora serve quello nuovo.',
      pinSet: 'PIN impostato: da ora serve per uscire dal chiosco.',
    },
    change: {
      title: 'Cambia PIN',
      setTitle: 'Imposta il PIN di uscita',
      current: 'PIN attuale',
      new: 'Nuovo PIN',
      newHelp: 'Da 6 a 8 cifre, non tutte uguali, in fila o ripetute (per esempio non 123456).',
      repeat: 'Ripeti il nuovo PIN',
      confirm: 'CONFERMA',
      cancel: 'ANNULLA',
    },
  },
}
