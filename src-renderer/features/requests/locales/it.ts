// Italian texts of the requests feature (issue #13: MODIFICA, RESET LOGIN and the ID document
// they need); en.ts beside it has the same keys.
export const it = {
  requests: {
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
