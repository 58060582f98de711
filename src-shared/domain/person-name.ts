// A customer's name as people say it. The billing system writes a private customer's name
// surname first ("Gori Antonio", "De Luca Maria Grazia"); a greeting says it given name first
// ("Antonio Gori"). A surname may start with a particle (De, Della, D'…): it stays with the word
// after it. A business's name is left as it is.

const PARTICLES = new Set([
  'de',
  'di',
  'da',
  'del',
  'della',
  'dello',
  'dei',
  'degli',
  'delle',
  'dal',
  'dalla',
  'dalle',
  'lo',
  'la',
  'li',
  'le',
  'van',
  'von',
  'mc',
  'mac',
])

/** "Gori Antonio" → "Antonio Gori"; "De Luca Maria" → "Maria De Luca"; business names unchanged. */
export function givenNameFirst(name: string, kind: 'private' | 'business' = 'private'): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (kind === 'business' || words.length < 2) return words.join(' ')
  let surnameWords = 1
  // Particles ("De", "Della"…) and an elided one ("D'Angelo" is one word already) join the next.
  while (surnameWords < words.length - 1 && PARTICLES.has(words[surnameWords - 1]!.toLowerCase()))
    surnameWords++
  return [...words.slice(surnameWords), ...words.slice(0, surnameWords)].join(' ')
}
