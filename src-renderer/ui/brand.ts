// The utility this counter serves. The demo's is fictional, Multiservizi del Titano ("MdT"), with
// an original logo: no real company's name or mark. Official names are not translated: where the
// UI is in English they are marked lang="it" so screen readers pronounce them in Italian.
import logo from '../../resources/brand/logo.svg'

export const brand = {
  product: 'Sportello',
  utility: 'Multiservizi del Titano',
  utilityShort: 'MdT',
  utilityLong: 'Multiservizi del Titano — energia, gas e acqua',
  /** URL of the utility's logo (resources/brand/logo.svg), bundled by Vite. */
  logo,
} as const
