// Customer portal accounts: registration, confirmation, login, recovery, strength, unlock.
import { z } from 'zod'
import {
  channel,
  codeSchema,
  deskOnly,
  emailSchema,
  everyMode,
  localeSchema,
  nothing,
  operatorAccess,
  passwordSchema,
  tokenSchema,
} from './common'
import { secretOrEntry } from './display'
import { sessionViewSchema } from './session'

// A secret the customer types (a password, a code from their mail) is, at a desk, the id of what
// they typed on the customer display (./display.ts); at a kiosk, the secret itself.
const customerPassword = secretOrEntry(passwordSchema)
const customerCode = secretOrEntry(codeSchema)

const byTokenOrCode = z.union([
  z.object({ token: tokenSchema }).strict(),
  z.object({ email: emailSchema, code: customerCode }).strict(),
])

const newPasswords = { newPassword: customerPassword, newPasswordConfirm: customerPassword }

/** The codice cliente on the bill: 8 digits. */
export const codiceClienteSchema = z
  .string()
  .trim()
  .regex(/^\d{8}$/)
/** Codice ISS (private) or C.O.E. (business), as on the bill. */
export const customerCodeSchema = z.string().trim().min(1).max(20)

export const passwordCheckSchema = z.object({
  /** 0 (very weak) to 4 (very strong), zxcvbn's scale. */
  score: z.number().int().min(0).max(4),
  unmet: z.array(z.string()),
})
export type PasswordCheck = z.infer<typeof passwordCheckSchema>

/** What REGISTRATI's first step asks: the customer as on the bill. */
const customerOnBill = {
  customerKind: z.enum(['private', 'business']),
  codiceCliente: codiceClienteSchema,
  customerCode: customerCodeSchema,
}

export const accountsChannels = {
  /**
   * REGISTRATI step 1, checked where it is typed: the same counted match as the registration's.
   * A match proves the customer to this screen (the meter then counts their name).
   */
  'accounts:check-customer': channel({
    access: 'public',
    modes: everyMode,
    input: z.object(customerOnBill).strict(),
    output: nothing,
  }),
  /** Recovery's code step: the code proved (counted like the reset's) and kept for the next step. */
  'accounts:check-reset-code': channel({
    access: 'public',
    modes: everyMode,
    input: z.object({ email: emailSchema, code: customerCode }).strict(),
    output: nothing,
  }),
  'accounts:register': channel({
    access: 'public',
    modes: everyMode,
    input: z
      .object({
        email: emailSchema,
        password: customerPassword,
        passwordConfirm: customerPassword,
        ...customerOnBill,
        acceptTerms: z.literal(true),
        locale: localeSchema,
      })
      .strict(),
    // The same answer whether or not the email already has an account.
    output: z.object({ email: z.string() }),
  }),
  'accounts:resend-confirmation': channel({
    access: 'public',
    modes: everyMode,
    input: z.object({ email: emailSchema, locale: localeSchema }).strict(),
    output: nothing,
  }),
  'accounts:confirm': channel({
    access: 'public',
    modes: everyMode,
    input: byTokenOrCode,
    output: nothing,
  }),
  'accounts:login': channel({
    access: 'public',
    modes: everyMode,
    input: z
      .object({ identifier: z.string().trim().min(1).max(254), password: passwordSchema })
      .strict(),
    output: sessionViewSchema,
  }),
  'accounts:request-password-reset': channel({
    access: 'public',
    modes: everyMode,
    input: z.object({ email: emailSchema, locale: localeSchema }).strict(),
    output: nothing,
  }),
  'accounts:reset-password': channel({
    access: 'public',
    modes: everyMode,
    input: z.union([
      z.object({ token: tokenSchema, ...newPasswords }).strict(),
      z.object({ email: emailSchema, code: customerCode, ...newPasswords }).strict(),
    ]),
    output: nothing,
  }),
  /** Strength as the user types: the policy's unmet rules and zxcvbn's score. */
  'accounts:check-password': channel({
    access: 'public',
    modes: everyMode,
    input: z
      .object({ password: z.string().max(1024), email: z.string().max(254).optional() })
      .strict(),
    output: passwordCheckSchema,
    duringPasswordChange: true,
  }),
  /** An operator unlocks a customer's account after checking their ID. */
  'accounts:unlock': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: z.object({ email: emailSchema }).strict(),
    output: nothing,
  }),
}
