// The locked kiosk's operator exit (issue #15 point 1): a hidden gesture opens a PIN prompt; the
// right PIN (throttled in main) unlocks this screen for a short while, in which it may quit the
// app or change the PIN. Kiosk only. See docs/architecture.md "The locked kiosk".
import { z } from 'zod'
import { KIOSK_PIN_PATTERN } from '../../domain/kiosk-pin'
import { channel, kioskOnly, noInput, nothing, passwordSchema } from './common'
import { usernameSchema } from './operators'

/** A PIN as typed: digits only, 6 to 8 of them (src-shared/domain/kiosk-pin.ts). */
export const kioskPinSchema = z.string().trim().regex(KIOSK_PIN_PATTERN)

export const kioskLockStatusSchema = z.object({
  /** An exit PIN is stored (none on a kiosk configured before there was one). */
  pinSet: z.boolean(),
})
export type KioskLockStatus = z.infer<typeof kioskLockStatusSchema>

export const kioskChannels = {
  'kiosk:lock-status': channel({
    access: 'public',
    modes: kioskOnly,
    input: noInput,
    output: kioskLockStatusSchema,
  }),
  /** The PIN prompt's CONFERMA: ok opens the operator exit on this screen until `until`. */
  'kiosk:unlock': channel({
    access: 'public',
    modes: kioskOnly,
    input: z.object({ pin: kioskPinSchema }).strict(),
    output: z.object({ until: z.string() }),
  }),
  /**
   * A kiosk with no exit PIN yet (configured before there was one): an admin's username and
   * password open the exit instead, where Imposta PIN sets one. Refused once a PIN exists.
   */
  'kiosk:unlock-admin': channel({
    access: 'public',
    modes: kioskOnly,
    input: z.object({ username: usernameSchema, password: passwordSchema }).strict(),
    output: z.object({ until: z.string() }),
  }),
  /**
   * Chiudi Sportello: only on a screen unlocked a moment ago (once per unlock). `byShell`: the
   * app's shell quits now; elsewhere (a browser) the page cannot close the program.
   */
  'kiosk:exit': channel({
    access: 'public',
    modes: kioskOnly,
    input: noInput,
    output: z.object({ byShell: z.boolean() }),
  }),
  /**
   * Cambia PIN: on an unlocked screen, with the current PIN again and the new one twice (Imposta
   * PIN, where none exists yet: no current one).
   */
  'kiosk:change-pin': channel({
    access: 'public',
    modes: kioskOnly,
    input: z
      .object({
        currentPin: kioskPinSchema.optional(),
        newPin: kioskPinSchema,
        newPinConfirm: kioskPinSchema,
      })
      .strict(),
    output: nothing,
  }),
  /** Torna al chiosco: the screen is locked again at once. */
  'kiosk:lock': channel({
    access: 'public',
    modes: kioskOnly,
    input: noInput,
    output: nothing,
  }),
}
