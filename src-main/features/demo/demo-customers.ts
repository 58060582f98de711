// Demo customers of the replica: private people and businesses of Italy and San Marino, each with
// the identifiers the counter checks (codice fiscale + ISS, or partita IVA + C.O.E.).
import {
  applyOmocodia,
  computeCodiceFiscale,
  SAN_MARINO_BELFIORE,
  type Sex,
} from '../../../src-shared/domain/codice-fiscale'
import { computePartitaIvaCheckDigit, validateCoe } from '../../../src-shared/domain/partita-iva'
import type { Prng } from './prng'
import {
  businessPatterns,
  femaleNames,
  foreignBirthStates,
  italianMobilePrefixes,
  italianTowns,
  legalForms,
  maleNames,
  otherBirthPlaces,
  personalMailDomains,
  sanMarinoCastelli,
  sanMarinoMailDomains,
  sanMarinoStreets,
  streets,
  surnames,
} from './demo-vocabulary'
import type { ReplicaCustomer } from '../replica'

/** A replica customer row, less its seeding time. */
export type DemoCustomer = ReplicaCustomer

export const BUSINESS_SHARE = 0.2
export const SAN_MARINO_SHARE = 0.3
/** Share of private customers whose codice fiscale went through omocodia. */
const OMOCODIA_SHARE = 0.04

/** Draws unique values: demo identifiers must be unique like the real ones. */
function uniqueDraw(draw: () => string): () => string {
  const seen = new Set<string>()
  return () => {
    for (;;) {
      const value = draw()
      if (!seen.has(value)) {
        seen.add(value)
        return value
      }
    }
  }
}

const digits = (prng: Prng, count: number): string =>
  Array.from({ length: count }, () => String(prng.int(0, 10))).join('')

/** Lower-case ASCII letters only, for e-mail local parts and domains. */
const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function birthDate(prng: Prng): string {
  const year = prng.int(1938, 2006)
  const month = prng.int(1, 13)
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return isoDate(year, month, prng.int(1, lastDay + 1))
}

function address(prng: Prng, country: 'IT' | 'SM'): string {
  const number = prng.chance(0.15)
    ? `${prng.int(1, 120)}/${prng.pick(['A', 'B', 'C'])}`
    : String(prng.int(1, 180))
  if (country === 'SM') {
    const castello = prng.weighted(sanMarinoCastelli.map((c) => [c, c.weight] as const))
    return `${prng.pick(sanMarinoStreets)} ${number}, ${prng.pick(castello.caps)} ${castello.name} (RSM)`
  }
  const town = prng.weighted(italianTowns.map((t) => [t, t.weight] as const))
  return `${prng.pick(streets)} ${number}, ${prng.pick(town.caps)} ${town.name} (${town.province})`
}

function birthPlace(prng: Prng, country: 'IT' | 'SM'): string {
  const local = () => prng.weighted(italianTowns.map((t) => [t.belfiore, t.weight] as const))
  const other = () => prng.weighted(otherBirthPlaces.map((p) => [p.belfiore, p.weight] as const))
  const foreign = () =>
    prng.weighted(foreignBirthStates.map((p) => [p.belfiore, p.weight] as const))
  // Most Sammarinese are born in San Marino's hospital, some across the border in Rimini.
  if (country === 'SM')
    return prng.weighted([
      [SAN_MARINO_BELFIORE, 75],
      ['local', 25],
    ]) === 'local'
      ? local()
      : SAN_MARINO_BELFIORE
  const where = prng.weighted([
    ['local', 62],
    ['other', 26],
    ['sm', 5],
    ['foreign', 7],
  ] as const)
  return where === 'local'
    ? local()
    : where === 'other'
      ? other()
      : where === 'sm'
        ? SAN_MARINO_BELFIORE
        : foreign()
}

function italianMobile(prng: Prng): string {
  return `+39${prng.pick(italianMobilePrefixes)}${digits(prng, 7)}`
}

/** San Marino mobiles: +378 66 and six digits. */
function sanMarinoMobile(prng: Prng): string {
  return `+37866${digits(prng, 6)}`
}

function personalEmailLocal(prng: Prng, name: string, surname: string, birth: string): string {
  const n = slug(name)
  const s = slug(surname)
  const yy = birth.slice(2, 4)
  return prng.weighted([
    [`${n}.${s}`, 4],
    [`${s}.${n}`, 2],
    [`${n.charAt(0)}.${s}`, 2],
    [`${n}${s}${yy}`, 2],
    [`${n}.${s}${birth.slice(0, 4)}`, 1],
  ])
}

export type GenerateCustomersOptions = { count: number }

/**
 * `count` customers, the same for the same PRNG state. Shares of businesses and of San Marino
 * customers are exact (rounded), their places in the list random, so any count has the mix.
 */
export function generateDemoCustomers(
  prng: Prng,
  { count }: GenerateCustomersOptions,
): DemoCustomer[] {
  const businessCount = Math.round(count * BUSINESS_SHARE)
  const sanMarinoCount = Math.round(count * SAN_MARINO_SHARE)
  const isBusiness = prng.shuffled(Array.from({ length: count }, (_, i) => i < businessCount))
  const isSanMarino = prng.shuffled(Array.from({ length: count }, (_, i) => i < sanMarinoCount))

  const codiceCliente = uniqueDraw(() => String(prng.int(10_000_000, 100_000_000)))
  const codiceIss = uniqueDraw(() => digits(prng, 6))
  // Stored as SM and five digits; a number below 100 is a C.O.E. only if registered, so drawn again.
  const codiceCoe = uniqueDraw(() => {
    for (;;) {
      const coe = `SM${digits(prng, 5)}`
      if (validateCoe(coe).ok) return coe
    }
  })
  const itMobile = uniqueDraw(() => italianMobile(prng))
  const smMobile = uniqueDraw(() => sanMarinoMobile(prng))
  const emails = new Set<string>()
  const uniqueEmail = (local: string, domain: string): string => {
    for (let n = 1; ; n++) {
      const email = `${n === 1 ? local : `${local}${n}`}@${domain}`
      if (!emails.has(email)) {
        emails.add(email)
        return email
      }
    }
  }
  const codiciFiscali = new Set<string>()
  const partiteIva = uniqueDraw(() => {
    // Matricola, then the office of the province (099 Rimini, 040 Forlì-Cesena, 041 Pesaro-Urbino):
    // office codes of the official list (isPartitaIvaOfficeCode).
    const first10 = `${digits(prng, 7)}${prng.weighted([
      ['099', 6],
      ['040', 2],
      ['041', 2],
    ])}`
    return `${first10}${computePartitaIvaCheckDigit(first10)}`
  })

  const customers: DemoCustomer[] = []
  for (let i = 0; i < count; i++) {
    const country: 'IT' | 'SM' = isSanMarino[i] ? 'SM' : 'IT'
    const mobile = prng.chance(0.07) ? null : country === 'SM' ? smMobile() : itMobile()
    const base = {
      codice_cliente: codiceCliente(),
      country,
      mobile,
      address: address(prng, country),
    }

    if (isBusiness[i]) {
      const surname = prng.pick(surnames)
      const firstName = prng.pick(prng.chance(0.5) ? maleNames : femaleNames)
      const trade = prng.pick(businessPatterns).replace('{s}', surname).replace('{n}', firstName)
      const form = prng.weighted(legalForms)
      const name = form ? `${trade} ${form}` : trade
      const coe = codiceCoe()
      const domain = `${slug(trade)}.example`
      customers.push({
        ...base,
        kind: 'business',
        name,
        codice_fiscale: null,
        // The replica holds a San Marino business's C.O.E. where an Italian one has its partita IVA.
        partita_iva: country === 'SM' ? coe : partiteIva(),
        codice_iss: null,
        codice_coe: coe,
        email: prng.chance(0.04)
          ? null
          : uniqueEmail(prng.pick(['info', 'amministrazione', 'contabilita']), domain),
      })
      continue
    }

    const sex: Sex = prng.chance(0.5) ? 'M' : 'F'
    const firstName = prng.pick(sex === 'M' ? maleNames : femaleNames)
    const surname = prng.pick(surnames)
    const birth = birthDate(prng)
    let cf = computeCodiceFiscale({
      surname,
      name: firstName,
      birthDate: birth,
      sex,
      birthPlaceCode: birthPlace(prng, country),
    })
    // A namesake born the same day and place gets the next omocodia level, as in real life.
    let level = prng.chance(OMOCODIA_SHARE) ? prng.int(1, 3) : 0
    while (codiciFiscali.has(level === 0 ? cf : applyOmocodia(cf, level))) level++
    cf = level === 0 ? cf : applyOmocodia(cf, level)
    codiciFiscali.add(cf)

    const domains =
      country === 'SM' ? [...personalMailDomains, ...sanMarinoMailDomains] : personalMailDomains
    customers.push({
      ...base,
      kind: 'private',
      name: `${surname} ${firstName}`,
      codice_fiscale: cf,
      partita_iva: null,
      codice_iss: codiceIss(),
      codice_coe: null,
      email: prng.chance(0.06)
        ? null
        : uniqueEmail(personalEmailLocal(prng, firstName, surname, birth), prng.pick(domains)),
    })
  }
  return customers
}
