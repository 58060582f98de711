// Counter settings an admin manages. Secrets go in, never come out.
import { z } from 'zod'
import { adminAccess, channel, deskOnly, emailSchema, noInput, nothing } from './common'

export const mailSettingsViewSchema = z.object({
  configured: z.boolean(),
  host: z.string(),
  port: z.number(),
  secure: z.boolean(),
  user: z.string(),
  from: z.string(),
  hasPassword: z.boolean(),
  /** In demo mode mail goes to the built-in server whatever is configured. */
  demo: z.boolean(),
})
export type MailSettingsView = z.infer<typeof mailSettingsViewSchema>

/** The portal customers use away from the counter: https only; empty when there is none. */
export const portalUrlSchema = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .max(200)
    .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain }))
    .transform((url) => url.replace(/\/+$/, '')),
])

/** The office's wall clock unless an admin sets another: San Marino and Italy share it. */
export const DEFAULT_TIME_ZONE = 'Europe/Rome'

/** An IANA time zone this runtime knows (`Europe/Rome`). */
export const timeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(zone)
    } catch {
      return false
    }
  })

/** What an office is called on its screens, the portal its mails link to, and its clock. */
export const officeSettingsSchema = z
  .object({
    officeName: z.string().trim().min(2).max(80),
    portalUrl: portalUrlSchema,
    timeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
  })
  .strict()
export type OfficeSettings = z.output<typeof officeSettingsSchema>

/** The office as stored; its name is empty until the first-run setup (a demo) sets it. */
export const officeSettingsViewSchema = z.object({
  officeName: z.string(),
  portalUrl: z.string(),
  timeZone: z.string(),
})

/**
 * How long a customer's screen may stay untouched: a kiosk's visit ends (and is wiped) after
 * `kioskIdleSeconds`, a desk's "serving a customer" after `deskIdleMinutes`. Each is announced
 * IDLE_WARNING_SECONDS before, full screen, with Continua (WCAG 2.2.1).
 */
export const sessionTimeoutsSchema = z
  .object({
    kioskIdleSeconds: z.number().int().min(45).max(900).default(120),
    deskIdleMinutes: z.number().int().min(2).max(120).default(10),
  })
  .strict()
export type SessionTimeouts = z.output<typeof sessionTimeoutsSchema>
export const DEFAULT_SESSION_TIMEOUTS: SessionTimeouts = {
  kioskIdleSeconds: 120,
  deskIdleMinutes: 10,
}
/** The warning's countdown before an idle end: at least 20 s (WCAG 2.2.1), 30 here. */
export const IDLE_WARNING_SECONDS = 30

export const smsSettingsViewSchema = z.object({
  configured: z.boolean(),
  url: z.string(),
  sender: z.string(),
  hasAuthorization: z.boolean(),
  /** In demo mode SMS go to the built-in catcher whatever is configured. */
  demo: z.boolean(),
})
export type SmsSettingsView = z.infer<typeof smsSettingsViewSchema>

export const settingsChannels = {
  'settings:get-sms': channel({
    access: adminAccess,
    modes: deskOnly,
    input: noInput,
    output: smsSettingsViewSchema,
  }),
  'settings:set-sms': channel({
    access: adminAccess,
    modes: deskOnly,
    input: z
      .object({
        /** The gateway's endpoint: https only. */
        url: z
          .string()
          .trim()
          .max(300)
          .pipe(z.url({ protocol: /^https$/ })),
        /** The sender name on the phone: up to 11 letters and digits (the GSM rule). */
        sender: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9 ]{1,11}$/),
        /** The Authorization header. Absent: keep the stored one; empty: remove it. */
        authorization: z.string().max(2000).optional(),
      })
      .strict(),
    output: nothing,
  }),
  'settings:get-timeouts': channel({
    access: adminAccess,
    modes: deskOnly,
    input: noInput,
    output: sessionTimeoutsSchema,
  }),
  'settings:set-timeouts': channel({
    access: adminAccess,
    modes: deskOnly,
    input: sessionTimeoutsSchema,
    output: nothing,
  }),
  'settings:get-office': channel({
    access: adminAccess,
    modes: deskOnly,
    input: noInput,
    output: officeSettingsViewSchema,
  }),
  'settings:set-office': channel({
    access: adminAccess,
    modes: deskOnly,
    input: officeSettingsSchema,
    output: nothing,
  }),
  'settings:get-mail': channel({
    access: adminAccess,
    modes: deskOnly,
    input: noInput,
    output: mailSettingsViewSchema,
  }),
  'settings:set-mail': channel({
    access: adminAccess,
    modes: deskOnly,
    input: z
      .object({
        host: z
          .string()
          .trim()
          .min(1)
          .max(253)
          .regex(/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/),
        port: z.number().int().min(1).max(65535),
        secure: z.boolean(),
        user: z.string().trim().max(254),
        /** Absent: keep the stored password; empty: remove it. */
        password: z.string().max(1024).optional(),
        from: emailSchema,
      })
      .strict(),
    output: nothing,
  }),
}
