// Small field rules every form shares (see use-field-errors: a rule answers the code of what is
// wrong, or null).

/** An empty field (spaces only count as empty): one short line, "Campo obbligatorio". */
export const requiredText = (value: string): 'REQUIRED' | null =>
  value.trim() === '' ? 'REQUIRED' : null

/** A whole number typed in a field, within bounds: what is wrong with it, or null. */
export const wholeNumberIn =
  (min: number, max: number) =>
  (value: string): 'REQUIRED' | 'NUMBER_WHOLE' | 'NUMBER_RANGE' | null => {
    const text = value.trim()
    if (text === '') return 'REQUIRED'
    if (!/^\d+$/.test(text)) return 'NUMBER_WHOLE'
    const number = Number(text)
    return number < min || number > max ? 'NUMBER_RANGE' : null
  }
