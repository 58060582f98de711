// The account forms' own checks against what main accepts: for any typed value, the form lets it
// through exactly when main's channel input (the contract main validates with) accepts what the
// view then sends. Checked on tricky inputs by hand and on generated ones.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compactDigits,
  isCode,
  isCodiceCliente,
  isCustomerCode,
  isEmail,
} from '../../../src-renderer/features/accounts/components/form-checks'
import { contract } from '../../../src-shared/ipc'

const goodEmail = 'anna.bianchi@example.it'
const goodCode = '482913'
const goodPassword = 'Corretto-Cavallo-42'

const registration = (fields: Record<string, unknown>) => ({
  email: goodEmail,
  password: goodPassword,
  passwordConfirm: goodPassword,
  customerKind: 'private',
  codiceCliente: '12345678',
  customerCode: 'ISS-1234',
  acceptTerms: true,
  locale: 'it',
  ...fields,
})

const accepted = (channel: keyof typeof contract, input: unknown): boolean =>
  contract[channel].input.safeParse(input).success

/** Main's verdict on an email as each view sends it (RegisterView, RecoveryView, ConfirmView
 *  send it trimmed, UnlockView trimmed and lower-cased), on every channel that takes one. */
function mainAcceptsEmail(typed: string): boolean {
  const email = typed.trim()
  const verdicts = [
    accepted('accounts:register', registration({ email })),
    accepted('accounts:resend-confirmation', { email, locale: 'it' }),
    accepted('accounts:confirm', { email, code: goodCode }),
    accepted('accounts:request-password-reset', { email, locale: 'en' }),
    accepted('accounts:reset-password', {
      email,
      code: goodCode,
      newPassword: goodPassword,
      newPasswordConfirm: goodPassword,
    }),
    accepted('accounts:unlock', { email: email.toLowerCase() }),
  ]
  // The channels must agree among themselves too, or the form could not match them all.
  expect(new Set(verdicts).size).toBe(1)
  return verdicts[0]!
}

function mainAcceptsCode(typed: string): boolean {
  const code = typed.trim()
  const verdicts = [
    accepted('accounts:confirm', { email: goodEmail, code }),
    accepted('accounts:reset-password', {
      email: goodEmail,
      code,
      newPassword: goodPassword,
      newPasswordConfirm: goodPassword,
    }),
  ]
  expect(new Set(verdicts).size).toBe(1)
  return verdicts[0]!
}

const mainAcceptsCodiceCliente = (typed: string) =>
  accepted('accounts:register', registration({ codiceCliente: compactDigits(typed) }))
const mainAcceptsCustomerCode = (typed: string) =>
  accepted('accounts:register', registration({ customerCode: typed.trim() }))

/** An address of exactly `length` characters. */
const emailOfLength = (length: number) => `${'a'.repeat(length - '@example.it'.length)}@example.it`

describe('isEmail', () => {
  it.each([
    ['anna.bianchi@example.it', true],
    ['Anna.Bianchi@Example.IT', true],
    ['  anna@example.it  ', true],
    ["o'neill+bolletta@example.co.uk", true],
    [emailOfLength(254), true],
    // Main's rule (zod's email), which the old form check did not have:
    ['a@b', false],
    ['a@b.c', false],
    ['niccolò@example.it', false],
    ['anna@città.it', false],
    ['anna..b@example.it', false],
    ['.anna@example.it', false],
    ['anna@-example.it', false],
    ['"anna"@example.it', false],
    [emailOfLength(255), false],
    [`  ${emailOfLength(254)}  `, true],
    ['anna @example.it', false],
    ['anna@example.it\u00a0x', false],
    ['', false],
  ])('%j: %s', (typed, expected) => {
    expect(isEmail(typed)).toBe(expected)
    expect(mainAcceptsEmail(typed)).toBe(expected)
  })
})

describe('isCode', () => {
  it.each([
    ['482913', true],
    [' 482913 ', true],
    ['\t482913\n', true],
    ['482 913', false],
    ['48291', false],
    ['4829130', false],
    ['４８２９１３', false],
    ['٤٨٢٩١٣', false],
    ['48291a', false],
    ['', false],
  ])('%j: %s', (typed, expected) => {
    expect(isCode(typed)).toBe(expected)
    expect(mainAcceptsCode(typed)).toBe(expected)
  })
})

describe('isCodiceCliente and isCustomerCode', () => {
  it.each([
    ['12345678', true],
    ['1234 5678', true],
    [' 12 34 56 78 ', true],
    ['1234567', false],
    ['123456789', false],
    ['１２３４５６７８', false],
    ['1234-5678', false],
  ])('codice cliente %j: %s', (typed, expected) => {
    expect(isCodiceCliente(typed)).toBe(expected)
    expect(mainAcceptsCodiceCliente(typed)).toBe(expected)
  })

  it.each([
    ['ISS-1234', true],
    ['  COE 99  ', true],
    ['x'.repeat(20), true],
    ['x'.repeat(21), false],
    ['   ', false],
    ['', false],
  ])('customer code %j: %s', (typed, expected) => {
    expect(isCustomerCode(typed)).toBe(expected)
    expect(mainAcceptsCustomerCode(typed)).toBe(expected)
  })
})

// Generated inputs: mostly near-misses of valid values, where the two rules used to part.
const padding = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0', '\u3000')
const pad = (core: fc.Arbitrary<string>) =>
  fc.tuple(padding, core, padding).map(([before, value, after]) => before + value + after)
const letters = fc.constantFrom(
  ...'abcXYZ09._-+\'"!#%&*/=?^`{|}~ @àèéìòùÀÉçßİı€'.split(''),
  '\u0301',
  '😀',
)
const word = fc.string({ unit: letters, minLength: 0, maxLength: 12 })
const emailLike = fc.oneof(
  fc.emailAddress(),
  fc.emailAddress().map((e) => e.toUpperCase()),
  fc.tuple(word, word, word).map(([local, domain, tld]) => `${local}@${domain}.${tld}`),
  fc.tuple(word, word).map(([local, domain]) => `${local}@${domain}`),
  fc.integer({ min: 245, max: 265 }).map(emailOfLength),
  fc
    .tuple(fc.integer({ min: 240, max: 260 }), fc.constantFrom('A', 'İ', 'ß', 'é'))
    .map(([length, c]) => c + emailOfLength(length)),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
)
const digits = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom('0', '1', '5', '9', ' ', ' ', '\t', '٣', '３', 'a', '-'),
    minLength: min,
    maxLength: max,
  })

describe('the form and main agree on generated inputs', () => {
  const runs = { numRuns: 2_000 }

  it('emails', () => {
    fc.assert(
      fc.property(pad(emailLike), (typed) => isEmail(typed) === mainAcceptsEmail(typed)),
      runs,
    )
  })

  it('codes from the mail', () => {
    fc.assert(
      fc.property(pad(digits(4, 8)), (typed) => isCode(typed) === mainAcceptsCode(typed)),
      runs,
    )
  })

  it('codici cliente and customer codes', () => {
    fc.assert(
      fc.property(
        pad(digits(6, 11)),
        (typed) => isCodiceCliente(typed) === mainAcceptsCodiceCliente(typed),
      ),
      runs,
    )
    fc.assert(
      fc.property(
        pad(fc.string({ unit: 'grapheme', maxLength: 24 })),
        (typed) => isCustomerCode(typed) === mainAcceptsCustomerCode(typed),
      ),
      runs,
    )
  })
})
