// Italian texts of the on-screen keyboard: its name, its hide button, the names of its function
// keys (read by screen readers; some are shown too); en.ts beside it has the same keys.
export const it = {
  osk: {
    label: 'Tastiera sullo schermo',
    hide: 'Nascondi tastiera',
    keys: {
      backspace: 'Cancella',
      shift: 'Maiuscole',
      space: 'Spazio',
      enter: 'Invio',
      symbols: 'Simboli',
      letters: 'Lettere',
    },
  },
}
