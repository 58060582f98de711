// Outgoing mail as the desk sees it: undeliverable mail (admin) and the demo mailbox.
import { z } from 'zod'
import { adminAccess, channel, deskOnly, noInput, nothing, operatorAccess } from './common'

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

export const mailChannels = {
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
  /** "SMS inviati": what demo mode's SMS catcher received, newest first. */
  'mail:demo-sms': channel({
    access: operatorAccess,
    modes: deskOnly,
    input: z.object({ limit: z.number().int().min(1).max(200) }).strict(),
    output: z.array(
      z.object({
        id: z.string(),
        to: z.string(),
        sender: z.string(),
        text: z.string(),
        at: z.string(),
      }),
    ),
  }),
}
