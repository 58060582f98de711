// Building blocks of the channel declarations.
import '../zod-config'
import { z } from 'zod'
import type { Access } from '../roles'

/** What an installation is: a customers' kiosk or an operator's desk. */
export const appModeSchema = z.enum(['kiosk', 'desk'])
export type AppMode = z.infer<typeof appModeSchema>
/** What a counter serves: its installation's mode, or the first-run setup of an unconfigured one. */
export const counterModeSchema = z.enum(['kiosk', 'desk', 'setup'])
export type CounterMode = z.infer<typeof counterModeSchema>

/**
 * Where a channel may be called: both modes, or the desk only (staff tools). An unconfigured
 * counter serves only its setup (and what every screen asks first, `anyMode`).
 */
export const everyMode = ['kiosk', 'desk'] as const satisfies readonly CounterMode[]
export const deskOnly = ['desk'] as const satisfies readonly CounterMode[]
export const kioskOnly = ['kiosk'] as const satisfies readonly CounterMode[]
export const setupOnly = ['setup'] as const satisfies readonly CounterMode[]
export const anyMode = ['kiosk', 'desk', 'setup'] as const satisfies readonly CounterMode[]

export type ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  access: Access
  /** The modes whose counter serves the channel; the registry refuses it in any other. */
  modes: readonly CounterMode[]
  input: I
  output: O
  /** Callable by a session that must change its password first (logout, change password...). */
  duringPasswordChange?: boolean
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>) => spec

export const noInput = z.object({}).strict()
export const nothing = z.null()

export const localeSchema = z.enum(['it', 'en'])
export type Locale = z.infer<typeof localeSchema>

/** An email as typed: trimmed, lower-cased, at most 254 characters (RFC 5321). */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email())
/** Never trimmed or normalised beyond NFC: a password is exactly what was typed. */
export const passwordSchema = z.string().min(1).max(1024)
export const codeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/)
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/)

export const operatorAccess = ['front_desk', 'back_office', 'admin'] as const
export const adminAccess = ['admin'] as const
