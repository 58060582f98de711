// "Nome cliente" as a customer types it, compared with the name on file (issue #11): letter case,
// accents, apostrophes, punctuation, extra spaces and the order of the words do not matter
// ("rossi maria" is "Maria Rossi"; "D'Angelo" is "DANGELO", "Dangelo" and "d' angelo"; "Bar
// Sport S.r.l." is "bar sport srl"). Every word must be there, and nothing more.

/** The words of a name, each in its plain form, sorted. */
export function nameWords(name: string): string[] {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // An apostrophe after a short word is an elision that joins the next (D'Angelo, Dell'Orto,
      // Sant’Anna, d' angelo); after a longer one it stands for an accent (Nicolo' = Nicolò).
      .replace(/(\p{L}+)\s*['’‘`´]\s*/gu, (_all, word: string) =>
        word.length <= 4 ? word : `${word} `,
      )
      // Dots of an abbreviation join it (S.r.l. → srl, S.p.A. → spa); other punctuation parts words.
      .replace(/\.(?=\S)/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0)
      .sort()
  )
}

/** Whether a typed name is the name on file, as a person would judge it. */
export function sameCustomerName(typed: string, onFile: string): boolean {
  const a = nameWords(typed)
  const b = nameWords(onFile)
  return a.length > 0 && a.length === b.length && a.every((word, i) => word === b[i])
}
