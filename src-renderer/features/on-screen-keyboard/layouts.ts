// The on-screen keyboard's layouts (simple-keyboard's row strings; `{name}` is a function key)
// and which one a field asks for. Italian letters with their accents; an email keypad with
// @ . - _ and the common endings; a numeric pad for codes, amounts and phone numbers.

/** What the keyboard shows for a field. */
export type KeyboardKind = 'text' | 'email' | 'numeric' | 'decimal' | 'tel'

/** The function keys: the component acts on them, the rest are typed as they are. */
export const FUNCTION_KEYS = {
  backspace: '{bksp}',
  shift: '{shift}',
  space: '{space}',
  enter: '{enter}',
  symbols: '{sym}',
  letters: '{abc}',
} as const

/** simple-keyboard's layouts: for each kind, its layout names and their rows. */
export type KeyboardLayout = Record<string, string[]>

const digits = '1 2 3 4 5 6 7 8 9 0 {bksp}'

export const LAYOUTS: Record<KeyboardKind, KeyboardLayout> = {
  text: {
    default: [
      digits,
      'q w e r t y u i o p è é',
      'a s d f g h j k l ò à ù',
      "{shift} z x c v b n m ì ' -",
      '{sym} @ , {space} . {enter}',
    ],
    shift: [
      digits,
      'Q W E R T Y U I O P È É',
      'A S D F G H J K L Ò À Ù',
      "{shift} Z X C V B N M Ì ' -",
      '{sym} @ , {space} . {enter}',
    ],
    symbols: [
      digits,
      '! ? " ( ) / & % € # $',
      '+ = * : ; _ ° £ [ ] §',
      "- ' < > | \\ ^ ~",
      '{abc} @ , {space} . {enter}',
    ],
  },
  email: {
    default: [
      digits,
      'q w e r t y u i o p',
      'a s d f g h j k l',
      'z x c v b n m - _',
      '@ . .it .com {enter}',
    ],
  },
  numeric: { default: ['1 2 3', '4 5 6', '7 8 9', '{bksp} 0 {enter}'] },
  decimal: { default: ['1 2 3', '4 5 6', '7 8 9', ', 0 {bksp}', '{enter}'] },
  tel: { default: ['1 2 3', '4 5 6', '7 8 9', '+ 0 {bksp}', '{enter}'] },
}

/** Keys whose text is not the key itself: simple-keyboard writes a display as HTML. */
export const SYMBOL_DISPLAY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
}

/** What of a field decides its keyboard (read from the element; plain for the tests). */
export type FieldTraits = {
  tag: 'input' | 'textarea'
  type: string
  inputMode: string
  autocomplete: string
}

/**
 * The keyboard a field asks for: its inputmode first (what the page says the text is), then its
 * type; an email or a username (ACCEDI's "email o codice cliente") gets the email keypad, which
 * has the digits too.
 */
export function keyboardKindFor(field: FieldTraits): KeyboardKind {
  const mode = field.inputMode.toLowerCase()
  const type = field.tag === 'textarea' ? 'textarea' : field.type.toLowerCase()
  const autocomplete = field.autocomplete.toLowerCase().split(/\s+/)
  if (mode === 'numeric') return 'numeric'
  if (mode === 'decimal' || type === 'number') return 'decimal'
  if (mode === 'tel' || type === 'tel') return 'tel'
  if (mode === 'email' || type === 'email') return 'email'
  if (mode === 'text' || mode === 'search' || type === 'password' || type === 'textarea')
    return 'text'
  if (autocomplete.includes('email') || autocomplete.includes('username')) return 'email'
  return 'text'
}
