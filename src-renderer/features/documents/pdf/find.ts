// Find in the document: the matches of a query in each page's text (pdf.js text items, as the text
// layer shows them), and the marks put into the text layer's spans for the current page. A match
// is counted within one text item, as a line of the bill reads; case and accents are ignored.

/** Lower case without accents: "Città" and "citta" are the same word to someone searching. */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
}

/** Where the query starts in a text (folded alike), every occurrence, not overlapping. */
export function occurrences(text: string, query: string): number[] {
  const needle = folded(query.trim())
  if (!needle) return []
  const haystack = folded(text)
  const found: number[] = []
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + needle.length)
  )
    found.push(at)
  return found
}

/** How many matches each page holds: `pages[i]` are the text items of page i + 1. */
export function matchesPerPage(pages: readonly (readonly string[])[], query: string): number[] {
  return pages.map((items) => items.reduce((n, item) => n + occurrences(item, query).length, 0))
}

/**
 * Marks the query in the text layer's spans (one per text item, in order), the `current`-th
 * match of the page (0-based; -1 for none) marked as the current one. Returns that element.
 * Folding keeps lengths for the Latin letters of a bill, so positions carry over to the text.
 */
export function markMatches(
  spans: readonly HTMLElement[],
  query: string,
  current: number,
  className: string,
): HTMLElement | null {
  let index = 0
  let currentMark: HTMLElement | null = null
  const length = query.trim().length
  for (const span of spans) {
    const text = span.textContent ?? ''
    const found = occurrences(text, query)
    if (found.length === 0) continue
    const parts = document.createDocumentFragment()
    let from = 0
    for (const at of found) {
      parts.append(text.slice(from, at))
      const mark = document.createElement('mark')
      mark.className = className
      mark.textContent = text.slice(at, at + length)
      if (index === current) {
        mark.classList.add(`${className}--current`)
        currentMark = mark
      }
      parts.append(mark)
      from = at + length
      index++
    }
    parts.append(text.slice(from))
    span.replaceChildren(parts)
  }
  return currentMark
}
