// Italian texts of the status feature; en.ts beside it has the same keys.
export const it = {
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
}
