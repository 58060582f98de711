// Italian texts of the home feature; en.ts beside it has the same keys.
export const it = {
  kiosk: {
    title: 'Benvenuto',
    welcome: 'Benvenuto allo sportello self-service',
    intro: 'Tocca il servizio che ti serve. Puoi cambiare lingua in alto.',
    welcomeBack: 'Buongiorno, {name}',
    introSignedIn: 'Hai effettuato l’accesso. Quando hai finito, tocca ESCI in alto.',
    servicesHeading: 'Servizi per i clienti',
    help: 'Serve aiuto? Il personale allo sportello è a tua disposizione.',
    tiles: {
      area: {
        title: 'Vai alla tua area',
        text: 'Le tue utenze, la password e i tuoi dati.',
      },
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
        text: 'Registra email o cellulare per ricevere i codici OTP, nella tua area clienti.',
      },
      changedContacts: {
        title: 'Hai cambiato il cellulare o l’email?',
        text: 'Reimposta il canale sicuro con un documento d’identità.',
      },
    },
  },
  desk: {
    title: 'Postazione operatore',
    welcome: 'Buon lavoro, {name}. Da qui raggiungi le funzioni dello sportello.',
    customerHeading: 'Per il cliente allo sportello',
    workHeading: 'Lavoro allo sportello',
    adminHeading: 'Amministrazione',
    systemHeading: 'Sistema',
    backHome: 'Torna alla postazione',
    sections: {
      register: {
        title: 'Registrazione',
        text: 'Registra il cliente ai servizi online con la bolletta e la sua email.',
      },
      confirm: {
        title: 'Conferma registrazione',
        text: 'Il cliente ha il codice di 6 cifre ricevuto via email.',
      },
      recovery: {
        title: 'Password dimenticata',
        text: 'Il cliente sceglie una nuova password con il codice ricevuto via email.',
      },
      unlock: {
        title: 'Sblocca account cliente',
        text: 'Dopo troppi tentativi sbagliati, con un documento d’identità.',
      },
      search: {
        title: 'Cerca cliente',
        text: 'Per nome, codice cliente, codice fiscale, partita IVA, email o telefono.',
      },
      review: {
        title: 'Richieste da esaminare',
        text: 'MODIFICA recapito e RESET LOGIN con il documento d’identità, dalla più vecchia.',
      },
      operators: {
        title: 'Operatori',
        text: 'Crea operatori, disattivali, reimposta le password.',
      },
      audit: {
        title: 'Registro attività',
        text: 'Chi ha fatto cosa, per quale cliente e quando.',
      },
      deadLetters: {
        title: 'Posta non consegnata',
        text: 'Email rifiutate dal server di posta dopo tutti i tentativi.',
      },
      officeSettings: {
        title: 'Impostazioni ufficio',
        text: 'Il nome dell’ufficio e l’indirizzo del portale clienti nelle email.',
      },
      mailSettings: {
        title: 'Impostazioni posta',
        text: 'Il server da cui lo sportello invia le email ai clienti.',
      },
      smsSettings: {
        title: 'Impostazioni SMS',
        text: 'Il servizio da cui lo sportello invia gli SMS ai clienti.',
      },
      mailbox: {
        title: 'Posta inviata',
        text: 'Le email spedite dallo sportello in modalità dimostrativa.',
      },
      smsbox: {
        title: 'SMS inviati',
        text: 'Gli SMS spediti dallo sportello in modalità dimostrativa.',
      },
      status: {
        title: 'Stato della replica',
        text: 'Clienti, documenti e database della replica locale.',
      },
    },
    about: {
      title: 'Informazioni',
      version: 'Versione di Sportello',
      mode: 'Questa postazione',
      office: 'Ufficio',
      noOffice: 'Nome non ancora impostato',
      data: 'Dati',
      realData: 'Dati reali dei clienti',
      timeZone: 'Fuso orario',
    },
  },
}
