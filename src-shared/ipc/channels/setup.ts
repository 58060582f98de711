// The first-run setup of an installed counter that has no stored mode: only it is served until an
// admin completes it (mode, office, the first admin), so a device started from a wrong shortcut
// never opens the desk's sign-in on a public screen. See docs/architecture.md "First-run setup".
import { z } from 'zod'
import { appModeSchema, channel, noInput, nothing, passwordSchema, setupOnly } from './common'
import { kioskPinSchema } from './kiosk'
import { usernameSchema } from './operators'
import { officeSettingsSchema } from './settings'

export const setupStatusSchema = z.object({
  /** An enabled admin exists (a reused replica): setup asks for their sign-in, not a new one. */
  adminExists: z.boolean(),
  /** The mode the launch asked for (`--kiosk` / `--desk`), offered first. */
  suggestedMode: appModeSchema.nullable(),
  /** Where the one-time setup key is written: readable by the machine's administrator only. */
  setupKeyFile: z.string(),
})
export type SetupStatus = z.infer<typeof setupStatusSchema>

/** The key as written in its file: groups of letters and digits, typed with or without dashes. */
export const setupKeySchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((key) => key.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z0-9]{16,64}$/))

export const setupChannels = {
  'setup:status': channel({
    access: 'public',
    modes: setupOnly,
    input: noInput,
    output: setupStatusSchema,
  }),
  'setup:complete': channel({
    access: 'public',
    modes: setupOnly,
    input: z
      .object({
        setupKey: setupKeySchema,
        mode: appModeSchema,
        office: officeSettingsSchema,
        admin: z
          .object({
            username: usernameSchema,
            /** For a new admin only (none exists yet). */
            displayName: z.string().trim().min(2).max(80).optional(),
            password: passwordSchema,
            /** For a new admin only: typed twice. */
            passwordConfirm: passwordSchema.optional(),
          })
          .strict(),
        /** A kiosk's operator exit PIN (required for a kiosk), typed twice. */
        kioskPin: kioskPinSchema.optional(),
        kioskPinConfirm: kioskPinSchema.optional(),
      })
      .strict(),
    output: nothing,
  }),
}
