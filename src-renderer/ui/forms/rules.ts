// Small field rules every form shares (see use-field-errors: a rule answers the code of what is
// wrong, or null).

/** An empty field (spaces only count as empty): one short line, "Campo obbligatorio". */
export const requiredText = (value: string): 'REQUIRED' | null =>
  value.trim() === '' ? 'REQUIRED' : null
