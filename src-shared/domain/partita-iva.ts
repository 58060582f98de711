// Business and San Marino identifiers: Italian partita IVA, San Marino C.O.E. and codice ISS.
import { compactUpper, invalid, valid, type Validation } from './validation'

export const partitaIvaIssueCodes = [
  'PIVA_REQUIRED',
  'PIVA_LENGTH',
  'PIVA_DIGITS',
  'PIVA_CHECK_DIGIT',
] as const
export type PartitaIvaIssueCode = (typeof partitaIvaIssueCodes)[number]

export const coeIssueCodes = ['COE_REQUIRED', 'COE_FORMAT'] as const
export type CoeIssueCode = (typeof coeIssueCodes)[number]

export const codiceIssIssueCodes = ['ISS_REQUIRED', 'ISS_FORMAT'] as const
export type CodiceIssIssueCode = (typeof codiceIssIssueCodes)[number]

export const PARTITA_IVA_LENGTH = 11

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
  if (computePartitaIvaCheckDigit(piva.slice(0, 10)) !== piva.charCodeAt(10) - 48) {
    return invalid('PIVA_CHECK_DIGIT', { position: PARTITA_IVA_LENGTH })
  }
  return valid(piva)
}

/**
 * Checks a San Marino Codice Operatore Economico: "SM" and five digits (SM04512). Letter case
 * and spaces are forgiven; the value is upper-case. It carries no check digit.
 */
export function validateCoe(input: string): Validation<string, CoeIssueCode> {
  const coe = compactUpper(input)
  if (coe.length === 0) return invalid('COE_REQUIRED')
  return /^SM\d{5}$/.test(coe) ? valid(coe) : invalid('COE_FORMAT')
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
