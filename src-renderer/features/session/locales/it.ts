// Italian texts of the session feature; en.ts beside it has the same keys.
export const it = {
  changePassword: {
    title: 'Cambia password',
    intro: 'Scrivi la password attuale e poi due volte quella nuova.',
    forcedTitle: 'Scegli una nuova password',
    forcedCustomer:
      'Hai usato una password di primo accesso: per continuare scegline una tua. Vale solo per questa volta.',
    forcedOperator:
      'La password che hai ricevuto è temporanea: per continuare scegline una tua, che conoscerai solo tu.',
    current: 'Password attuale',
    temporary: 'Password ricevuta (temporanea)',
    submit: 'Cambia password',
    doneTitle: 'Password cambiata',
    doneText: 'La nuova password è attiva. Le altre sessioni aperte sono state chiuse.',
    continue: 'Continua',
  },
  session: {
    logout: 'ESCI',
    customerSignedIn: 'Accesso cliente',
  },
  roles: {
    front_desk: 'Operatore di sportello',
    back_office: 'Revisore (back office)',
    admin: 'Amministratore',
  },
  operatorSignIn: {
    title: 'Accesso operatore',
    intro: 'Entra con il tuo nome utente e la tua password.',
    username: 'Nome utente',
    password: 'Password',
    remember: 'RICORDAMI',
    rememberHelp: 'Resta collegato per 30 giorni su questa postazione',
  },
}
