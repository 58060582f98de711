// Italian texts of the shell feature; en.ts beside it has the same keys.
export const it = {
  app: {
    kioskMode: 'Sportello self-service',
    deskMode: 'Postazione operatore',
    country: 'Repubblica di San Marino',
    setupMode: 'Installazione da configurare',
    demoBand: {
      tag: 'DEMO',
      text: 'dati di prova, nessun cliente reale',
    },
    demoHint: 'Dati dimostrativi: nessun cliente reale',
    startError: 'Lo sportello non riesce ad avviarsi.',
    restarted: 'Il servizio si è riavviato.',
    restartedHint:
      'Dopo un errore lo sportello è ripartito e l’operazione in corso è stata interrotta. Con Riprova si ricomincia dall’inizio.',
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
  display: {
    group: 'Facilitazioni di lettura',
    largeText: 'Testo grande',
    highContrast: 'Alto contrasto',
  },
  forbidden: {
    title: 'Accesso non consentito',
    text: 'Il tuo ruolo non permette di aprire questa pagina. Se ti serve, chiedi a un amministratore.',
  },
  notFound: {
    title: 'Pagina non trovata',
    text: 'La pagina che cerchi non esiste o è stata spostata.',
    back: 'Torna all’inizio',
  },
}
