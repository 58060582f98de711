// Who is signed in on this window, and the ways in and out.
import { z } from 'zod'
import { operatorRoles } from '../roles'
import { channel, everyMode, kioskOnly, noInput, nothing, passwordSchema } from './common'

export const sessionViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({
    kind: z.literal('customer'),
    email: z.string(),
    mustChangePassword: z.boolean(),
    customers: z.array(
      z.object({
        codiceCliente: z.string(),
        name: z.string(),
        kind: z.enum(['private', 'business']),
        /** Another account held the customer first: disposizioni wait for a secure channel. */
        needsChannel: z.boolean().default(false),
      }),
    ),
  }),
  z.object({
    kind: z.literal('operator'),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(operatorRoles),
    mustChangePassword: z.boolean(),
    remembered: z.boolean(),
  }),
])
export type SessionView = z.infer<typeof sessionViewSchema>

export const sessionChannels = {
  'session:current': channel({
    access: 'public',
    modes: everyMode,
    input: noInput,
    output: sessionViewSchema,
    duringPasswordChange: true,
  }),
  'session:logout': channel({
    access: 'public',
    modes: everyMode,
    input: noInput,
    output: nothing,
    duringPasswordChange: true,
  }),
  /**
   * The end of a customer's visit at a kiosk (ESCI, done, or untouched too long): the session
   * ends and main forgets everything it held for this screen, its temporary files too.
   */
  'session:end-visit': channel({
    access: 'public',
    modes: kioskOnly,
    input: z.object({ reason: z.enum(['exit', 'finished', 'idle']) }).strict(),
    output: nothing,
    duringPasswordChange: true,
  }),
  /** RICORDAMI at a desk: picks up the remembered operator session in a new window. */
  'session:resume': channel({
    access: 'public',
    modes: everyMode,
    input: noInput,
    output: sessionViewSchema,
  }),
  'session:change-password': channel({
    access: ['customer', 'front_desk', 'back_office', 'admin'],
    modes: everyMode,
    input: z
      .object({
        currentPassword: passwordSchema,
        newPassword: passwordSchema,
        newPasswordConfirm: passwordSchema,
      })
      .strict(),
    output: nothing,
    duringPasswordChange: true,
  }),
}
