// What one key of the on-screen keyboard does to a field's text, as a physical keyboard would:
// insert at the caret (replacing a selection), delete before it, respect maxlength. Pure: the
// component reads the field, applies the edit, and tells the page (editable-field.ts).

/** A field's text and selection, as the DOM gives them (`maxLength` -1 or absent: no limit). */
export type FieldText = {
  value: string
  selectionStart: number
  selectionEnd: number
  maxLength?: number
}

/** The field's new text, where the caret goes, and the `input` event that reports it. */
export type TextEdit = {
  value: string
  caret: number
  inputType: 'insertText' | 'deleteContentBackward'
  data: string | null
}

function selection(field: FieldText): { start: number; end: number } {
  const length = field.value.length
  const clamp = (n: number) =>
    Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : length, 0), length)
  const a = clamp(field.selectionStart)
  const b = clamp(field.selectionEnd)
  return { start: Math.min(a, b), end: Math.max(a, b) }
}

/**
 * Types `text` at the caret, replacing the selection. Like the browser, maxlength cuts what does
 * not fit (counted in UTF-16 code units, as the HTML spec counts). Null: nothing changes (the
 * field is full, or nothing to type).
 */
export function insertAtCaret(field: FieldText, text: string): TextEdit | null {
  const { start, end } = selection(field)
  let typed = text
  const max = field.maxLength
  if (max !== undefined && max >= 0) {
    const room = max - (field.value.length - (end - start))
    if (room <= 0) return null
    if (typed.length > room) {
      typed = typed.slice(0, room)
      // Never leave half of a surrogate pair behind.
      if (/[\uD800-\uDBFF]$/.test(typed)) typed = typed.slice(0, -1)
    }
  }
  if (typed === '') return null
  return {
    value: field.value.slice(0, start) + typed + field.value.slice(end),
    caret: start + typed.length,
    inputType: 'insertText',
    data: typed,
  }
}

/** Backspace: the selection, else the character before the caret. Null at the start of the text. */
export function deleteBeforeCaret(field: FieldText): TextEdit | null {
  let { start } = selection(field)
  const { end } = selection(field)
  if (start === end) {
    if (start === 0) return null
    start -= 1
    // An emoji or another astral character is two code units: delete both, as Chromium does.
    if (
      start > 0 &&
      /[\uDC00-\uDFFF]/.test(field.value.charAt(start)) &&
      /[\uD800-\uDBFF]/.test(field.value.charAt(start - 1))
    )
      start -= 1
  }
  return {
    value: field.value.slice(0, start) + field.value.slice(end),
    caret: start,
    inputType: 'deleteContentBackward',
    data: null,
  }
}
