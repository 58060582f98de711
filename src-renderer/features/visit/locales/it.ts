// Italian texts of a customer's visit (kiosk) and service (desk): the idle warning, the end, the
// idle settings; en.ts beside it has the same keys.
export const it = {
  visit: {
    warning: {
      kioskTitle: 'Sei ancora lì?',
      deskTitle: 'Stai ancora servendo il cliente?',
      unit: 'secondo | secondi',
      kioskText:
        'La sessione sta per terminare: tra {seconds} secondo i tuoi dati saranno cancellati. | La sessione sta per terminare: tra {seconds} secondi i tuoi dati saranno cancellati.',
      deskText:
        'Fine servizio tra {seconds} secondo: i dati del cliente saranno cancellati da questo schermo. | Fine servizio tra {seconds} secondi: i dati del cliente saranno cancellati da questo schermo.',
      continue: 'Continua',
      kioskHint: 'Tocca lo schermo per continuare.',
      deskHint: 'Premi un tasto o fai clic per continuare il servizio.',
      announce: 'Ancora {seconds} secondo. | Ancora {seconds} secondi.',
    },
    ending: {
      kiosk: 'Un momento: stiamo cancellando i tuoi dati…',
      desk: 'Un momento: i dati del cliente vengono cancellati da questo schermo…',
    },
    ended: {
      visit: 'Sessione terminata: i tuoi dati sono stati cancellati.',
      visitIdle: 'Sessione terminata per inattività: i tuoi dati sono stati cancellati.',
      service: 'Servizio terminato: i dati del cliente sono stati cancellati da questo schermo.',
      serviceIdle:
        'Servizio terminato per inattività: i dati del cliente sono stati cancellati da questo schermo.',
      signedOut: 'Sei uscito. Arrivederci!',
      signedOutServing:
        'Sei uscito. Servizio terminato: i dati del cliente sono stati cancellati da questo schermo.',
    },
    settings: {
      title: 'Inattività',
      intro:
        'Dopo quanto tempo senza tocchi uno schermo chiude da solo e cancella i dati del cliente. {seconds} secondi prima compare un avviso a tutto schermo con Continua.',
      kiosk: 'Sportello self-service, in secondi',
      kioskHelp:
        'Poi la sessione del cliente termina. Da {min} a {max} secondi; se non lo cambi, {default}.',
      desk: 'Postazione operatore che serve un cliente, in minuti',
      deskHelp:
        'Poi il servizio al cliente termina. Da {min} a {max} minuti; se non lo cambi, {default}.',
      secondsUnit: 'secondi',
      minutesUnit: 'minuti',
      save: 'Salva i tempi di inattività',
      saved: 'Tempi di inattività salvati.',
      savedDetail: 'Valgono dalla prossima sessione di ogni schermo.',
    },
  },
}
