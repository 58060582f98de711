// The form's own checks, run before anything is sent, so a typo is pointed out at once and next
// to its field. Each one parses with the very zod schema main validates the channel input with:
// a value the form lets through is one main accepts, and the other way round. A check only says
// yes or no; whichever zod issue it was, the view shows its one message for the field
// (`invalid_format`, `CODE_FORMAT`, `REQUIRED`), as before the checks used the contract.
import type { ZodType } from 'zod'
import {
  codeSchema,
  codiceClienteSchema,
  customerCodeSchema,
  emailSchema,
} from '../../../../src-shared/ipc'

/** Spaces are dropped: codes are copied from a bill, often with a space in the middle. */
export const compactDigits = (value: string): string => value.replace(/\s+/g, '')

const accepts =
  (schema: ZodType) =>
  (value: string): boolean =>
    schema.safeParse(value).success

/** What the views send is `value.trim()`; the schema trims and lower-cases it anyway. */
export const isEmail = accepts(emailSchema)

/** Checked as it is sent: with the spaces dropped (`compactDigits`). */
export const isCodiceCliente = (value: string): boolean =>
  accepts(codiceClienteSchema)(compactDigits(value))

/** The codice ISS or C.O.E.: typed, at most 20 characters. */
export const isCustomerCode = accepts(customerCodeSchema)

/** The 6-digit code from the mail, as typed: spaces around it only. */
export const isCode = accepts(codeSchema)

/**
 * A new password's rule for its field: empty, or not yet every rule of the checklist under it.
 * The field then only points at the checklist (PASSWORD_RULES): the rules themselves are said
 * once, ticked or crossed there, so the two never disagree.
 */
export const newPasswordRule = (
  password: string,
  unmet: readonly string[],
): 'REQUIRED' | 'PASSWORD_RULES' | null =>
  password === '' ? 'REQUIRED' : unmet.length > 0 ? 'PASSWORD_RULES' : null
