// Italian texts of the first-run setup; en.ts beside it has the same keys.
export const it = {
  setup: {
    title: 'Prima configurazione',
    intro:
      'Questa installazione di Sportello non è ancora configurata. Solo un amministratore può completare la configurazione: servono la chiave scritta su questo computer e le credenziali di un amministratore.',
    loadError: 'Non riesco a leggere lo stato della configurazione.',
    key: {
      heading: 'Chiave di configurazione',
      label: 'Scrivi la chiave',
      help: 'Copiala, con o senza i trattini, dal file qui sotto: solo l’amministratore di questo computer può leggerlo.',
    },
    mode: {
      heading: 'Uso di questa postazione',
      help: 'Decide che cosa mostra lo schermo ogni volta che Sportello si avvia.',
      suggested: 'Indicato all’avvio',
      kiosk: {
        title: 'Chiosco self-service per i clienti',
        text: 'Schermo pubblico, spesso touch: i clienti si registrano, accedono e recuperano la password da soli.',
      },
      desk: {
        title: 'Sportello con operatore',
        text: 'Computer del personale: gli operatori accedono con nome utente e password e servono il cliente che hanno davanti.',
      },
      // A kiosk's way out for the staff (features/kiosk-lock).
      exitPin: {
        heading: 'PIN di uscita del chiosco',
        help: 'Il chiosco resta a schermo intero senza via d’uscita: solo chi conosce questo PIN lo chiude, tenendo premuto per 3 secondi l’angolo in alto a sinistra dello schermo. Da 6 a 8 cifre, non tutte uguali, in fila o ripetute.',
        pin: 'PIN di uscita',
        repeat: 'Ripeti il PIN',
      },
    },
    office: {
      heading: 'Ufficio',
      name: 'Nome dell’ufficio',
      nameHelp: 'Compare sulle schermate, per esempio «Sportello clienti di Borgo Maggiore».',
      portal: 'Indirizzo del portale clienti',
      optional: '(facoltativo)',
      portalHelp:
        'I link nelle email ai clienti portano lì, per esempio {example}. Se lo lasci vuoto, le email riportano solo il codice da digitare.',
    },
    admin: {
      newHeading: 'Crea l’amministratore',
      newIntro:
        'Il primo amministratore di questo sportello: potrà creare gli operatori e cambiare queste impostazioni.',
      existingHeading: 'Accedi come amministratore',
      existingIntro:
        'I dati di questo sportello hanno già un amministratore: conferma con il suo nome utente e la sua password.',
      username: 'Nome utente',
      usernameHelp: 'Da 3 a 40 caratteri: lettere, numeri, punto, trattino.',
      displayName: 'Nome e cognome',
      displayNameHelp: 'Compare in alto quando è connesso e nel registro attività.',
      password: 'Password',
    },
    submit: 'Completa la configurazione',
    done: {
      title: 'Configurazione completata',
      text: 'Configurazione completata: Sportello si riavvia…',
      slow: 'Il riavvio richiede più tempo del solito. Se la pagina non cambia, ricaricala.',
      reload: 'Ricarica la pagina',
    },
  },
}
