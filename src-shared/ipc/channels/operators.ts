// Operators (desk staff): their sign-in and the admin's operator tools.
import { z } from 'zod'
import { operatorRoles } from '../roles'
import { adminAccess, channel, deskOnly, noInput, nothing, passwordSchema } from './common'
import { sessionViewSchema } from './session'

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/)

export const operatorViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(operatorRoles),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
})
export type OperatorView = z.infer<typeof operatorViewSchema>

export const operatorsChannels = {
  'operators:login': channel({
    access: 'public',
    modes: deskOnly,
    input: z
      .object({ username: usernameSchema, password: passwordSchema, remember: z.boolean() })
      .strict(),
    output: sessionViewSchema,
  }),
  'operators:list': channel({
    access: adminAccess,
    modes: deskOnly,
    input: noInput,
    output: z.array(operatorViewSchema),
  }),
  'operators:create': channel({
    access: adminAccess,
    modes: deskOnly,
    input: z
      .object({
        username: usernameSchema,
        displayName: z.string().trim().min(2).max(80),
        role: z.enum(operatorRoles),
        temporaryPassword: passwordSchema,
      })
      .strict(),
    output: operatorViewSchema,
  }),
  'operators:set-disabled': channel({
    access: adminAccess,
    modes: deskOnly,
    input: z.object({ id: z.uuid(), disabled: z.boolean() }).strict(),
    output: nothing,
  }),
  'operators:reset-password': channel({
    access: adminAccess,
    modes: deskOnly,
    input: z.object({ id: z.uuid(), temporaryPassword: passwordSchema }).strict(),
    output: nothing,
  }),
}
