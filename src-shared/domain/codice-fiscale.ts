// The Italian codice fiscale of a person (DM 23/12/1976): validation, computation, omocodia.
import { compactUpper, invalid, valid, type Validation } from './validation'

export const codiceFiscaleIssueCodes = [
  'CF_REQUIRED',
  'CF_LENGTH',
  'CF_CHARACTER',
  'CF_DATE',
  'CF_CHECK_CHARACTER',
] as const

export type CodiceFiscaleIssueCode = (typeof codiceFiscaleIssueCodes)[number]

/** What belongs at a position, for CF_CHARACTER's `expected` param. */
export type CodiceFiscaleSlot = 'letter' | 'digit' | 'month'

export type Sex = 'M' | 'F'

/** Belfiore code of San Marino: people born there are "born abroad" for the Italian registry. */
export const SAN_MARINO_BELFIORE = 'Z130'

export const CF_LENGTH = 16

const MONTH_LETTERS = 'ABCDEHLMPRST'

/** Digits 0-9 written as letters when omocodia (two people, same code) forces a substitution. */
const OMOCODIA_LETTERS = 'LMNPQRSTUV'

/**
 * 0-based positions that may carry an omocodia letter, in the order the Agenzia delle Entrate
 * substitutes them: from the right-most digit of the place code back to the first of the year.
 */
export const OMOCODIA_POSITIONS: readonly number[] = [14, 13, 12, 10, 9, 7, 6]

const SLOTS: readonly CodiceFiscaleSlot[] = [
  ...Array<CodiceFiscaleSlot>(6).fill('letter'),
  'digit',
  'digit',
  'month',
  'digit',
  'digit',
  'letter',
  'digit',
  'digit',
  'digit',
  'letter',
]

// Values of the characters in odd (1st, 3rd, ...) positions for the check character; digits take
// the value of the letter with the same index (0 like A, 1 like B...).
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
]

const isLetter = (c: string): boolean => c >= 'A' && c <= 'Z'
const isDigit = (c: string): boolean => c >= '0' && c <= '9'

function fitsSlot(c: string, slot: CodiceFiscaleSlot): boolean {
  switch (slot) {
    case 'letter':
      return isLetter(c)
    case 'digit':
      return isDigit(c) || OMOCODIA_LETTERS.includes(c)
    case 'month':
      return MONTH_LETTERS.includes(c)
  }
}

/** Index 0-25 of a letter, or the value of a digit. */
const ordinal = (c: string): number => (isDigit(c) ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65)

/** The 16th character for the first 15 (upper-case, already well-formed). */
export function codiceFiscaleCheckCharacter(first15: string): string {
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const value = ordinal(first15.charAt(i))
    // Positions count from 1 in the decree, so index 0 is an odd position.
    sum += i % 2 === 0 ? (ODD_VALUES[value] ?? 0) : value
  }
  return String.fromCharCode(65 + (sum % 26))
}

/** A digit position's value, undoing omocodia. */
const digitAt = (cf: string, index: number): number => {
  const c = cf.charAt(index)
  return isDigit(c) ? c.charCodeAt(0) - 48 : OMOCODIA_LETTERS.indexOf(c)
}

export type DecodedCodiceFiscale = {
  /** Two digits only: the century is not in the code. */
  birthYear2: number
  birthMonth: number
  birthDay: number
  sex: Sex
  birthPlaceCode: string
  /** How many digit positions carry an omocodia letter. */
  omocodiaLevel: number
}

/** Reads the facts a well-formed code carries (no date or check validation). */
export function decodeCodiceFiscale(cf: string): DecodedCodiceFiscale {
  const day = digitAt(cf, 9) * 10 + digitAt(cf, 10)
  return {
    birthYear2: digitAt(cf, 6) * 10 + digitAt(cf, 7),
    birthMonth: MONTH_LETTERS.indexOf(cf.charAt(8)) + 1,
    birthDay: day > 40 ? day - 40 : day,
    sex: day > 40 ? 'F' : 'M',
    birthPlaceCode: cf.charAt(11) + [12, 13, 14].map((i) => String(digitAt(cf, i))).join(''),
    omocodiaLevel: OMOCODIA_POSITIONS.filter((i) => isLetter(cf.charAt(i))).length,
  }
}

function daysInMonth(month: number, leap: boolean): number {
  if (month === 2) return leap ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * Checks a codice fiscale typed by a person: any letter case, spaces anywhere. On success the
 * value is the normalised code (16 upper-case characters, omocodia letters kept as typed, since
 * they are part of the code the Agenzia issued).
 */
export function validateCodiceFiscale(input: string): Validation<string, CodiceFiscaleIssueCode> {
  const cf = compactUpper(input)
  if (cf.length === 0) return invalid('CF_REQUIRED')
  if (cf.length !== CF_LENGTH) return invalid('CF_LENGTH', { length: cf.length })

  for (let i = 0; i < CF_LENGTH; i++) {
    const slot = SLOTS[i] ?? 'letter'
    if (!fitsSlot(cf.charAt(i), slot)) {
      return invalid('CF_CHARACTER', { position: i + 1, expected: slot })
    }
  }

  const { birthYear2, birthMonth, birthDay } = decodeCodiceFiscale(cf)
  const rawDay = digitAt(cf, 9) * 10 + digitAt(cf, 10)
  // The century is unknown, so 29 February is possible whenever 19yy or 20yy is a leap year;
  // for yy = 00 that is 2000.
  const leapPossible = birthYear2 % 4 === 0
  const dayInRange = (rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71)
  if (!dayInRange || birthDay > daysInMonth(birthMonth, leapPossible)) return invalid('CF_DATE')

  if (codiceFiscaleCheckCharacter(cf) !== cf.charAt(15)) {
    return invalid('CF_CHECK_CHARACTER', { position: 16 })
  }
  return valid(cf)
}

export type CodiceFiscalePerson = {
  surname: string
  name: string
  /** ISO date, YYYY-MM-DD. */
  birthDate: string
  sex: Sex
  /** Belfiore code of the comune of birth, or of the foreign state (San Marino: Z130). */
  birthPlaceCode: string
}

/** Upper-case A-Z only: accents dropped (Nicolò → NICOLO), apostrophes and spaces removed. */
function lettersOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
}

const VOWELS = 'AEIOU'
const consonantsOf = (letters: string): string =>
  [...letters].filter((c) => !VOWELS.includes(c)).join('')
const vowelsOf = (letters: string): string =>
  [...letters].filter((c) => VOWELS.includes(c)).join('')

function surnameCode(surname: string): string {
  const letters = lettersOf(surname)
  return (consonantsOf(letters) + vowelsOf(letters) + 'XXX').slice(0, 3)
}

function nameCode(name: string): string {
  const letters = lettersOf(name)
  const consonants = consonantsOf(letters)
  // With four or more consonants the second is skipped (GIANFRANCO → GFR, not GNF).
  if (consonants.length >= 4) return consonants.charAt(0) + consonants.slice(2, 4)
  return (consonants + vowelsOf(letters) + 'XXX').slice(0, 3)
}

/**
 * The code the Agenzia delle Entrate would compute for a person with no namesake (no omocodia).
 * Throws RangeError on an impossible date or a malformed Belfiore code: the caller passes facts,
 * not user input.
 */
export function computeCodiceFiscale(person: CodiceFiscalePerson): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(person.birthDate)
  const [year, month, day] = date ? [Number(date[1]), Number(date[2]), Number(date[3])] : [0, 0, 0]
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  if (!date || month < 1 || month > 12 || day < 1 || day > daysInMonth(month, leap)) {
    throw new RangeError(`computeCodiceFiscale: impossible birth date ${person.birthDate}`)
  }
  const place = person.birthPlaceCode.toUpperCase()
  if (!/^[A-Z]\d{3}$/.test(place)) {
    throw new RangeError(`computeCodiceFiscale: malformed Belfiore code ${person.birthPlaceCode}`)
  }
  const first15 =
    surnameCode(person.surname) +
    nameCode(person.name) +
    String(year % 100).padStart(2, '0') +
    MONTH_LETTERS.charAt(month - 1) +
    String(person.sex === 'F' ? day + 40 : day).padStart(2, '0') +
    place
  return first15 + codiceFiscaleCheckCharacter(first15)
}

/**
 * The code after `level` omocodia substitutions (0-7), as issued to the level-th namesake:
 * digits become LMNPQRSTUV from the right, and the check character is computed again.
 */
export function applyOmocodia(cf: string, level: number): string {
  const checked = validateCodiceFiscale(cf)
  if (!checked.ok)
    throw new RangeError(`applyOmocodia: invalid codice fiscale (${checked.issue.code})`)
  if (!Number.isInteger(level) || level < 0 || level > OMOCODIA_POSITIONS.length) {
    throw new RangeError(`applyOmocodia: level must be 0-${OMOCODIA_POSITIONS.length}`)
  }
  const chars = [...checked.value.slice(0, 15)]
  for (const index of OMOCODIA_POSITIONS.slice(0, level)) {
    chars[index] = OMOCODIA_LETTERS.charAt(digitAt(checked.value, index))
  }
  const first15 = chars.join('')
  return first15 + codiceFiscaleCheckCharacter(first15)
}
