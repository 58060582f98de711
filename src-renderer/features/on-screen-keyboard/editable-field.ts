// The page side of the on-screen keyboard: which elements it serves, and how a key reaches one
// of them so that the page cannot tell it from a physical key (keydown first, then the edit and
// its `input` event, which Vue's v-model, PrimeVue's InputText and InputOtp listen to).
import { deleteBeforeCaret, insertAtCaret, type FieldText, type TextEdit } from './edit-at-caret'
import { keyboardKindFor, type KeyboardKind } from './layouts'

export type EditableField = HTMLInputElement | HTMLTextAreaElement

/** Input types that take typed text (a button, a checkbox or a date picker do not). */
const TEXT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number'])

/** HTML gives the selection API to these only: Chromium answers null on email and number. */
const SELECTABLE_TYPES = new Set(['text', 'search', 'url', 'tel', 'password'])

/** A field the keyboard types into: a textarea or a text input, neither read-only nor disabled. */
export function isEditableField(target: EventTarget | null): target is EditableField {
  if (target instanceof HTMLTextAreaElement) return !target.readOnly && !target.disabled
  if (!(target instanceof HTMLInputElement)) return false
  return TEXT_TYPES.has(target.type) && !target.readOnly && !target.disabled
}

export function kindOf(field: EditableField): KeyboardKind {
  return keyboardKindFor({
    tag: field instanceof HTMLTextAreaElement ? 'textarea' : 'input',
    type: field instanceof HTMLInputElement ? field.type : 'textarea',
    inputMode: field.inputMode,
    autocomplete: field.getAttribute('autocomplete') ?? '',
  })
}

const SWAPPED = 'data-osk-type'

/**
 * An email field has no caret the page can read or place, so a key typed in the middle of an
 * address would land at its end. From its first key on screen it is a text input with the email
 * keypad hint (same value, same validation by the page's own rules: every form is `novalidate`),
 * the caret at its end (where it was cannot be known); `restoreType` gives it back its type when
 * the keyboard leaves it. A number input keeps its type (its value would not survive the trip):
 * keys go at its end.
 */
export function makeCaretReadable(field: EditableField): void {
  if (!(field instanceof HTMLInputElement) || field.type !== 'email') return
  const end = field.value.length
  field.setAttribute(SWAPPED, field.type)
  if (!field.hasAttribute('inputmode')) field.inputMode = 'email'
  field.type = 'text'
  field.setSelectionRange(end, end)
}

export function restoreType(field: EditableField): void {
  const type = field.getAttribute(SWAPPED)
  if (type === null || !(field instanceof HTMLInputElement)) return
  field.removeAttribute(SWAPPED)
  field.type = type
}

function textOf(field: EditableField): FieldText {
  const readable = field instanceof HTMLTextAreaElement || SELECTABLE_TYPES.has(field.type)
  const end = field.value.length
  return {
    value: field.value,
    selectionStart: readable ? (field.selectionStart ?? end) : end,
    selectionEnd: readable ? (field.selectionEnd ?? end) : end,
    maxLength: field.maxLength,
  }
}

function keyCode(key: string): string {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`
  if (/^[0-9]$/.test(key)) return `Digit${key}`
  if (key === ' ') return 'Space'
  if (key === 'Enter' || key === 'Backspace') return key
  return ''
}

/** A keydown as a physical key sends it; false when the page refused the key (preventDefault). */
function keydown(field: EditableField, key: string): boolean {
  return field.dispatchEvent(
    new KeyboardEvent('keydown', { key, code: keyCode(key), bubbles: true, cancelable: true }),
  )
}

function apply(field: EditableField, edit: TextEdit): void {
  const before = new InputEvent('beforeinput', {
    inputType: edit.inputType,
    data: edit.data,
    bubbles: true,
    cancelable: true,
  })
  if (!field.dispatchEvent(before)) return
  field.value = edit.value
  if (field instanceof HTMLTextAreaElement || SELECTABLE_TYPES.has(field.type))
    field.setSelectionRange(edit.caret, edit.caret)
  field.dispatchEvent(
    new InputEvent('input', { inputType: edit.inputType, data: edit.data, bubbles: true }),
  )
}

/** Types `text` (one key: a letter, ".com") at the field's caret. */
export function typeInto(field: EditableField, text: string): void {
  // A key of several characters (".com") has no keydown of its own, as a paste has none.
  if (text.length === 1 && !keydown(field, text)) return
  const edit = insertAtCaret(textOf(field), text)
  if (edit) apply(field, edit)
}

/** Backspace. With nothing to delete the keydown alone still goes (InputOtp then moves back). */
export function backspaceIn(field: EditableField): void {
  if (!keydown(field, 'Backspace')) return
  const edit = deleteBeforeCaret(textOf(field))
  if (edit) apply(field, edit)
}

/**
 * Enter, as a physical Enter: a new line in a textarea; in a form, its submission (the step's
 * main action, as the browser's implicit submission would); elsewhere, the keydown only.
 */
export function enterIn(field: EditableField): void {
  if (!keydown(field, 'Enter')) return
  if (field instanceof HTMLTextAreaElement) {
    const edit = insertAtCaret(textOf(field), '\n')
    if (edit) apply(field, edit)
    return
  }
  const form = field.form
  if (!form) return
  // The browser's implicit submission presses the form's first submit button: none while it is
  // disabled (a step already sending).
  const button = form.querySelector<HTMLButtonElement | HTMLInputElement>(
    'button[type="submit"], input[type="submit"]',
  )
  if (button?.disabled) return
  form.requestSubmit(button ?? undefined)
}
