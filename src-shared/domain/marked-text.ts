// Text with the parts a search matched marked by two control characters that no customer field
// holds (U+0002 before a match, U+0003 after). Main sends it as a plain string (cheap to check
// against the contract); the screen cuts it with `splitMarked` and shows each part as text,
// the matched ones highlighted — never as markup.

export const MARK_OPEN = '\u0002'
export const MARK_CLOSE = '\u0003'

/** [text, matched] parts, in order; empty parts left out. */
export function splitMarked(text: string): [string, boolean][] {
  const parts: [string, boolean][] = []
  let matched = false
  let current = ''
  for (const ch of text) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      if (current) parts.push([current, matched])
      current = ''
      matched = ch === MARK_OPEN
    } else current += ch
  }
  if (current) parts.push([current, matched])
  return parts
}

/** The text without its marks. */
export const unmarked = (text: string): string =>
  text.split(MARK_OPEN).join('').split(MARK_CLOSE).join('')

/** `text` with the first occurrence of `part` marked; unchanged when it does not occur. */
export function markFirst(text: string, part: string | undefined): string {
  const at = part ? text.indexOf(part) : -1
  if (!part || at < 0) return text
  return `${text.slice(0, at)}${MARK_OPEN}${part}${MARK_CLOSE}${text.slice(at + part.length)}`
}
