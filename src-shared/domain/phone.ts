// Mobile numbers as people write them (`333 123 4567`, `+39 333 1234567`, `0039 333…`,
// `(+39) 333-123.45.67`, San Marino's `+378 66 12 34 56`), checked with libphonenumber-js for
// Italy and San Marino and kept as E.164 (`+393331234567`). A number that is not a mobile (a
// landline, a number of another country) is refused: codes and notices go only to a mobile.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import { invalid, valid, type Validation } from './validation'

export const mobileIssueCodes = [
  'MOBILE_REQUIRED',
  'MOBILE_FORMAT',
  'MOBILE_NOT_MOBILE',
  'MOBILE_COUNTRY',
] as const
export type MobileIssueCode = (typeof mobileIssueCodes)[number]

/** The countries whose numbers the counter takes: Italy and San Marino. */
export const MOBILE_COUNTRIES: readonly CountryCode[] = ['IT', 'SM']

export function validateMobile(input: string): Validation<string, MobileIssueCode> {
  const typed = input.trim()
  if (typed.length === 0) return invalid('MOBILE_REQUIRED')
  // 00 is the international prefix written out; libphonenumber wants "+".
  const written = typed.replace(/^\(?00/, '+').replace(/^\(\+/, '+')
  // San Marino's numbers need their +378 to be told from Italy's: without a prefix, Italy's.
  const number = parsePhoneNumberFromString(written, 'IT')
  if (!number || !number.isPossible()) return invalid('MOBILE_FORMAT')
  if (!number.country || !MOBILE_COUNTRIES.includes(number.country))
    return invalid('MOBILE_COUNTRY')
  if (!number.isValid()) return invalid('MOBILE_FORMAT')
  const type = number.getType()
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') return invalid('MOBILE_NOT_MOBILE')
  return valid(number.number)
}
