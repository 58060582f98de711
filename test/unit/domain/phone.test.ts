// The mobile number rule (issue #11 point 2), against a table of real-world writings: Italy and
// San Marino, stored as E.164; landlines and foreign numbers refused with their own reason.
import { describe, expect, it } from 'vitest'
import { validateMobile } from '../../../src-shared/domain/phone'

const mobiles: [string, string][] = [
  ['3331234567', '+393331234567'],
  ['333 123 4567', '+393331234567'],
  ['333-123-4567', '+393331234567'],
  ['333.123.45.67', '+393331234567'],
  ['+39 333 1234567', '+393331234567'],
  ['+393331234567', '+393331234567'],
  ['0039 333 1234567', '+393331234567'],
  ['0039-333-1234567', '+393331234567'],
  ['(+39) 333 123 4567', '+393331234567'],
  ['  347 765 4321  ', '+393477654321'],
  ['+39 320 123 4567', '+393201234567'],
  ['+378 66 12 34 56', '+37866123456'],
  ['00378 66123456', '+37866123456'],
]

const refused: [string, string][] = [
  ['', 'MOBILE_REQUIRED'],
  ['   ', 'MOBILE_REQUIRED'],
  ['333', 'MOBILE_FORMAT'],
  ['abc', 'MOBILE_FORMAT'],
  ['333 123 4567 890 12', 'MOBILE_FORMAT'],
  // A landline in Rome and one in Rimini.
  ['06 1234 5678', 'MOBILE_NOT_MOBILE'],
  ['0541 123456', 'MOBILE_NOT_MOBILE'],
  // A landline in San Marino.
  ['+378 0549 882121', 'MOBILE_NOT_MOBILE'],
  // A French and a German mobile.
  ['+33 6 12 34 56 78', 'MOBILE_COUNTRY'],
  ['0049 151 23456789', 'MOBILE_COUNTRY'],
]

describe('validateMobile', () => {
  it.each(mobiles)('"%s" is %s', (typed, e164) => {
    expect(validateMobile(typed)).toEqual({ ok: true, value: e164 })
  })
  it.each(refused)('"%s" is refused: %s', (typed, code) => {
    expect(validateMobile(typed)).toMatchObject({ ok: false, issue: { code } })
  })
})
