// Italian texts of the associations feature (seed 002's words: nome cliente, tipo utenza, codice
// cliente, "Non trovi il codice cliente?"); en.ts beside it has the same keys.
export const it = {
  associations: {
    associate: {
      title: 'Aggiungi un cliente',
      intro:
        'Collega al tuo account un’altra utenza, per esempio quella di casa o della tua attività. Ti serve una sua bolletta.',
      cardTitle: 'I dati della bolletta',
      cancel: 'Annulla',
    },
    kind: {
      label: 'Tipo utenza',
      private: {
        title: 'Privata',
        text: 'Utenza domestica, intestata a una persona: serve il codice fiscale.',
      },
      business: {
        title: 'Partita IVA',
        text: 'Azienda, ditta o professionista: serve la partita IVA o il C.O.E.',
      },
    },
    form: {
      customerName: {
        label: 'Nome cliente',
        help: 'Come è scritto sulla bolletta, per esempio Rossi Maria. Maiuscole, accenti e ordine delle parole non contano.',
      },
      codiceCliente: {
        label: 'Codice cliente',
        help: '8 cifre: si trova in ogni bolletta, in alto a destra.',
      },
      codiceFiscale: {
        label: 'Codice fiscale',
        help: '16 lettere e cifre, come sulla tessera sanitaria.',
      },
      partitaIva: {
        label: 'Partita IVA o C.O.E.',
        help: 'La partita IVA di 11 cifre, oppure il C.O.E. per le attività di San Marino (per esempio SM12345).',
      },
      accountEmail: {
        label: 'Email dell’account del cliente',
        help: 'L’indirizzo con cui il cliente accede ai servizi online.',
      },
      submit: 'ASSOCIA',
      lostCode: 'Non trovi il codice cliente?',
      notMatched:
        'I dati non corrispondono a quelli di una bolletta: controlla di averli copiati tutti bene e riprova.',
      locked:
        'Troppi tentativi non riusciti: per sicurezza la verifica è bloccata fino alle {until}. Riprova dopo, o chiedi aiuto al personale.',
      readFromBill: 'Letto dalla bolletta: controlla che sia il codice giusto.',
    },
    /** The form's own texts for a field's problem, before the shared ones (ui/locales). */
    fieldErrors: {
      customerKind: { REQUIRED: 'Scegli Privata o Partita IVA.' },
      customerName: {
        REQUIRED: 'Scrivi il nome del cliente, come è sulla bolletta.',
        too_small: 'Scrivi il nome completo, come è sulla bolletta.',
        too_big: 'Al massimo 120 caratteri: scrivi il nome come è sulla bolletta.',
      },
      taxCode: { PIVA_REQUIRED: 'Scrivi la partita IVA o il C.O.E.' },
      codiceCliente: {
        NOT_SERVED:
          'Non è il codice del cliente che stai servendo ({code}): controlla che la bolletta sia sua.',
      },
    },
    camera: {
      open: 'Leggi dalla bolletta',
      title: 'Leggi il codice dalla bolletta',
      aim: 'Inquadra il codice QR in basso a destra della bolletta',
      aimHelp:
        'Tieni la bolletta ferma davanti alla fotocamera, a una spanna di distanza: il codice si legge da solo.',
      picture: 'Dove si trova il codice QR: nell’angolo in basso a destra della bolletta.',
      preview: 'Immagine della fotocamera',
      starting: 'Accensione della fotocamera…',
      scanning: 'Sto cercando il codice QR…',
      otherCode: 'Questo codice QR non è quello della bolletta: inquadra quello in basso a destra.',
      close: 'Chiudi la fotocamera',
      typeInstead: 'Scrivi il codice a mano',
      failed: {
        denied:
          'La fotocamera non si può usare: il permesso è stato negato. Scrivi il codice cliente a mano: si trova in alto a destra della bolletta.',
        missing:
          'Su questo sportello non c’è una fotocamera disponibile. Scrivi il codice cliente a mano: si trova in alto a destra della bolletta.',
        busy: 'La fotocamera è occupata in questo momento. Scrivi il codice cliente a mano, oppure riprova tra poco.',
        failed:
          'La fotocamera non si è accesa. Scrivi il codice cliente a mano: si trova in alto a destra della bolletta.',
      },
    },
    pdf: {
      pick: 'Leggi da una bolletta PDF',
      help: 'Scegli il file PDF di una bolletta del cliente: il codice cliente si legge dal testo.',
      reading: 'Lettura del PDF in corso…',
      read: 'Codice cliente letto da «{file}»: controlla che sia giusto.',
      noCode: 'In «{file}» non c’è un codice cliente: scegli il PDF di una bolletta.',
      broken: '«{file}» non si apre come PDF: forse è danneggiato, o non è un PDF.',
      tooBig:
        '«{file}» è troppo grande (più di {max} MB) per essere una bolletta: scegli il PDF di una bolletta.',
    },
    lostCode: {
      title: 'Non trovi il codice cliente?',
      intro:
        'Te lo inviamo all’email che risulta a noi (o, se non c’è, al cellulare). Per sicurezza non compare mai sullo schermo.',
      introDesk:
        'Lo inviamo al cliente, all’email che risulta a noi (o, se non c’è, al cellulare). Per sicurezza non compare mai sullo schermo.',
      cardTitle: 'Di chi è l’utenza?',
      submit: 'Invia il codice cliente',
      sentTitle: 'Richiesta ricevuta',
      sent: 'Se i dati corrispondono a un cliente, gli abbiamo inviato il codice cliente all’email (o al cellulare) che risulta a noi.',
      spam: 'Può volerci qualche minuto: controlla anche nella cartella SPAM o POSTA INDESIDERATA.',
      onBill: 'Il codice cliente è scritto anche in alto a destra di ogni bolletta.',
      rateLimited: 'Troppe richieste per questi dati: riprova dopo le {until}.',
      back: {
        associate: 'Torna ad Aggiungi un cliente',
        register: 'Torna a Registrati',
        home: 'Torna all’inizio',
      },
    },
    area: {
      current: 'Utenza che stai guardando',
      viewing: 'Stai guardando questa',
      switch: 'Guarda questa utenza',
      switchLabel: 'Guarda questa utenza: {name}',
      switched: 'Ora stai guardando l’utenza {name}',
      add: 'Aggiungi un cliente',
      addHelp:
        'Per esempio l’utenza di casa e quella della tua attività: ti serve una loro bolletta.',
      remove: 'Rimuovi',
      removeLabel: 'Rimuovi l’utenza {name}',
      removeTitle: 'Rimuovere questa utenza?',
      removeText:
        'L’utenza {name} (codice cliente {code}) non sarà più nel tuo account e qui non ne vedrai più le bollette. Potrai aggiungerla di nuovo quando vuoi, con i dati della bolletta.',
      removeConfirm: 'Sì, rimuovi',
      keep: 'No, tienila',
      removed: 'L’utenza {name} non è più nel tuo account.',
      added: 'Fatto: l’utenza {name} è ora nel tuo account.',
      addedShared:
        'Questa utenza è anche nell’account di un’altra persona: puoi vederne le bollette, ma per cambiarne i dati serve prima il canale sicuro.',
      needsChannel:
        'In attesa del canale sicuro — i dati non si possono cambiare finché non lo registri',
    },
    desk: {
      title: 'Associa a un account',
      intro:
        'Collega questa utenza all’account del portale del cliente, con i dati della sua bolletta.',
      notServing: 'Per associare questo cliente a un account, prima premi «Servi questo cliente».',
      done: 'Fatto: l’account {email} ora vede questa utenza.',
      doneShared:
        'Fatto: l’account {email} vede questa utenza. Un altro account la aveva già: i dati si potranno cambiare solo dopo il canale sicuro, e chi la usa già è stato avvisato via email.',
      associatedAt: 'associato il {date}',
      holder: 'Titolare',
      needsChannel: 'In attesa del canale sicuro',
      remove: 'Rimuovi associazione',
      removeLabel: 'Rimuovi associazione: {email}',
      removeTitle: 'Rimuovere l’associazione?',
      removeText:
        'L’account {email} non vedrà più questa utenza. Il cliente potrà associarla di nuovo con i dati della bolletta.',
      removeConfirm: 'Rimuovi',
      removed: 'L’associazione con {email} è stata rimossa.',
    },
  },
}
