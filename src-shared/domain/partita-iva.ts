// Business and San Marino identifiers: Italian partita IVA, San Marino C.O.E. and codice ISS
// (SPEC §3, "Identity codes follow their official definitions").
import { compactUpper, invalid, valid, type Validation } from './validation'

export const partitaIvaIssueCodes = [
  'PIVA_REQUIRED',
  'PIVA_LENGTH',
  'PIVA_DIGITS',
  'PIVA_OFFICE_CODE',
  'PIVA_CHECK_DIGIT',
] as const
export type PartitaIvaIssueCode = (typeof partitaIvaIssueCodes)[number]

export const coeIssueCodes = ['COE_REQUIRED', 'COE_FORMAT', 'COE_NOT_REGISTERED'] as const
export type CoeIssueCode = (typeof coeIssueCodes)[number]

export const codiceIssIssueCodes = ['ISS_REQUIRED', 'ISS_FORMAT'] as const
export type CodiceIssIssueCode = (typeof codiceIssIssueCodes)[number]

export const PARTITA_IVA_LENGTH = 11

/**
 * Whether digits 8-10 of a partita IVA are a codice ufficio provinciale (DPR 633/1972, art. 35):
 * 001-100 for the provincial offices, 120 and 121, 888 and 999 for the special cases.
 */
export function isPartitaIvaOfficeCode(office: string): boolean {
  if (!/^\d{3}$/.test(office)) return false
  const n = Number(office)
  return (n >= 1 && n <= 100) || n === 120 || n === 121 || n === 888 || n === 999
}

/**
 * The 11th digit of a partita IVA for its first 10 (DM 23/12/1976, a Luhn check): digits in odd
 * positions count as they are, those in even positions doubled, less 9 when over 9.
 */
export function computePartitaIvaCheckDigit(first10: string): number {
  if (!/^\d{10}$/.test(first10)) {
    throw new RangeError('computePartitaIvaCheckDigit: expected 10 digits')
  }
  let sum = 0
  for (let i = 0; i < 10; i++) {
    const digit = first10.charCodeAt(i) - 48
    if (i % 2 === 0) {
      sum += digit
    } else {
      const doubled = digit * 2
      sum += doubled > 9 ? doubled - 9 : doubled
    }
  }
  return (10 - (sum % 10)) % 10
}

/**
 * Checks an Italian partita IVA: spaces anywhere are dropped, and the "IT" prefix of the
 * European VAT number (IT01234567890) is accepted and removed. The value is the 11 digits.
 * The office code (digits 8-10) is checked before the check digit: a typo there is pointed at
 * where it is, not at the 11th digit.
 */
export function validatePartitaIva(input: string): Validation<string, PartitaIvaIssueCode> {
  let piva = compactUpper(input)
  if (piva.startsWith('IT')) piva = piva.slice(2)
  if (piva.length === 0) return invalid('PIVA_REQUIRED')
  const wrong = [...piva].findIndex((c) => c < '0' || c > '9')
  // A letter in a code of the wrong length is most likely a different identifier (a codice
  // fiscale in the wrong field), which the length message explains better.
  if (wrong >= 0 && piva.length === PARTITA_IVA_LENGTH) {
    return invalid('PIVA_DIGITS', { position: wrong + 1 })
  }
  if (piva.length !== PARTITA_IVA_LENGTH) return invalid('PIVA_LENGTH', { length: piva.length })
  const office = piva.slice(7, 10)
  if (!isPartitaIvaOfficeCode(office)) return invalid('PIVA_OFFICE_CODE', { office })
  if (computePartitaIvaCheckDigit(piva.slice(0, 10)) !== piva.charCodeAt(10) - 48) {
    return invalid('PIVA_CHECK_DIGIT', { position: PARTITA_IVA_LENGTH })
  }
  return valid(piva)
}

/**
 * The C.O.E. of 1 or 2 digits that are assigned. There is no public list: this is a placeholder
 * set standing for the list of assigned short codes the billing system publishes, and the office
 * updates it from there. Every C.O.E. of 3 to 5 digits is valid without a list.
 */
export const REGISTERED_SHORT_COE: readonly number[] = [1, 2, 3, 5, 10, 12, 20, 25, 50, 77]

export const COE_MAX_DIGITS = 5

/** What a typed C.O.E. is: its number, or why it is none. */
function parseCoe(input: string): number | CoeIssueCode {
  let coe = compactUpper(input)
  if (coe.length === 0) return 'COE_REQUIRED'
  if (coe.startsWith('SM')) coe = coe.slice(2)
  if (!/^\d{1,5}$/.test(coe)) return 'COE_FORMAT'
  const n = Number(coe)
  return n >= 100 || REGISTERED_SHORT_COE.includes(n) ? n : 'COE_NOT_REGISTERED'
}

/** The form the replica stores a C.O.E. in: SM and the number in five digits (SM00123). */
const storedCoe = (n: number): string => `SM${String(n).padStart(COE_MAX_DIGITS, '0')}`

/**
 * Checks a San Marino Codice Operatore Economico: a number of up to 5 digits, written with or
 * without "SM" and leading zeros (SM00123, SM123, 00123 and 123 are one code); a code of 1 or 2
 * digits only if registered (REGISTERED_SHORT_COE). Letter case and spaces are forgiven. It
 * carries no check digit. The value is the stored form, SM and five digits.
 */
export function validateCoe(input: string): Validation<string, CoeIssueCode> {
  const parsed = parseCoe(input)
  return typeof parsed === 'number' ? valid(storedCoe(parsed)) : invalid(parsed)
}

/**
 * A typed C.O.E. in the form the replica stores (SM and five digits), to compare with it; null
 * when it is no valid C.O.E., so that it matches nothing.
 */
export function normalizeCoe(input: string): string | null {
  const parsed = parseCoe(input)
  return typeof parsed === 'number' ? storedCoe(parsed) : null
}

export const CODICE_ISS_LENGTH = 6

/**
 * Checks a San Marino codice ISS (Istituto per la Sicurezza Sociale) as Sportello stores it:
 * exactly six digits, leading zeros significant (so it is text, never a number). The real ISS
 * number has no published check digit, so only the shape is checked.
 */
export function validateCodiceIss(input: string): Validation<string, CodiceIssIssueCode> {
  const iss = input.replace(/\s+/g, '')
  if (iss.length === 0) return invalid('ISS_REQUIRED')
  return /^\d{6}$/.test(iss) ? valid(iss) : invalid('ISS_FORMAT', { length: CODICE_ISS_LENGTH })
}
