// Operators (desk staff) and what admins see: operators, audit log, undeliverable mail.
import { z } from 'zod'
import { operatorRoles } from '../roles'
import {
  adminAccess,
  channel,
  deskOnly,
  noInput,
  nothing,
  operatorAccess,
  passwordSchema,
} from './common'
import { sessionViewSchema } from './session'

const usernameSchema = z
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

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorKind: z.string(),
  actor: z.string().nullable(),
  subject: z.string().nullable(),
  action: z.string(),
  outcome: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
})
export type AuditEntryView = z.infer<typeof auditEntrySchema>

export const mailViewSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  at: z.string(),
})
export type MailView = z.infer<typeof mailViewSchema>

export const deadLetterSchema = z.object({
  id: z.string(),
  to: z.string(),
  template: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
})

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
  'audit:list': channel({
    access: adminAccess,
    modes: deskOnly,
    input: z
      .object({ limit: z.number().int().min(1).max(500), action: z.string().max(60).optional() })
      .strict(),
    output: z.array(auditEntrySchema),
  }),
  'outbox:dead-letters': channel({
    access: adminAccess,
    modes: deskOnly,
    input: noInput,
    output: z.array(deadLetterSchema),
  }),
  'outbox:retry': channel({
    access: adminAccess,
    modes: deskOnly,
    input: z.object({ id: z.uuid() }).strict(),
    output: nothing,
  }),
  /** "Posta inviata": what the demo SMTP server received. Desk, demo mode only. */
  'mail:demo-mailbox': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: z.object({ limit: z.number().int().min(1).max(200) }).strict(),
    output: z.array(mailViewSchema),
  }),
}
