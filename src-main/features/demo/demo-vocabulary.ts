// The raw material of the demo data: names, places and trades of the Rimini - San Marino area,
// kept as data in resources/demo/vocabulary.json and typed here. The assignments below are the
// schema: a misspelt or mistyped field in the JSON fails the typecheck, not the seeding.
// Belfiore codes are the Agenzia delle Entrate's (Z1xx-Z3xx for foreign states).
import vocabulary from '../../../resources/demo/vocabulary.json' with { type: 'json' }

export type Place = {
  name: string
  /** Province abbreviation, or RSM for a castello of San Marino. */
  province: string
  /** Postal codes of the place; bigger towns have several. */
  caps: readonly string[]
  /** Belfiore code: where a person born here gets in the codice fiscale. */
  belfiore: string
  /** How many demo customers live here, relative to the other places of the country. */
  weight: number
}

/** Towns of the province of Rimini (and two neighbours), where Italian customers live. */
export const italianTowns: readonly Place[] = vocabulary.italianTowns

/** The nine castelli of San Marino (and Dogana, the biggest frazione) with their postal codes. */
export const sanMarinoCastelli: readonly Omit<Place, 'belfiore'>[] = vocabulary.sanMarinoCastelli

/** Where customers were born when not in a town above: other Italian cities. */
export const otherBirthPlaces: readonly { name: string; belfiore: string; weight: number }[] =
  vocabulary.otherBirthPlaces

/** Foreign states customers were born in (besides San Marino, Z130). */
export const foreignBirthStates: readonly { name: string; belfiore: string; weight: number }[] =
  vocabulary.foreignBirthStates

export const maleNames: readonly string[] = vocabulary.maleNames

export const femaleNames: readonly string[] = vocabulary.femaleNames

/** Surnames of Romagna and San Marino, with a few that test the codice fiscale's edge cases. */
export const surnames: readonly string[] = vocabulary.surnames

export const streets: readonly string[] = vocabulary.streets

export const sanMarinoStreets: readonly string[] = vocabulary.sanMarinoStreets

/** Trades of small businesses; `{s}` is a surname, `{n}` a given name. */
export const businessPatterns: readonly string[] = vocabulary.businessPatterns

/** Legal forms with their weights; '' is a sole trader's business, with no form in the name. */
export const legalForms: readonly (readonly [string, number])[] = vocabulary.legalForms.map(
  ({ form, weight }) => [form, weight] as const,
)

/** Italian mobile network prefixes. */
export const italianMobilePrefixes: readonly string[] = vocabulary.italianMobilePrefixes

/**
 * Mail domains under the reserved `.example` top-level domain (RFC 2606): a demo counter sends
 * real mail in its flows, and demo data must never reach a stranger's mailbox.
 */
export const personalMailDomains: readonly string[] = vocabulary.personalMailDomains
export const sanMarinoMailDomains: readonly string[] = vocabulary.sanMarinoMailDomains
