// The shape of every answer that crosses the IPC boundary: a value, or an error with a stable code.
import type { ErrorCode } from './errors'

export type AppError = {
  code: ErrorCode
  /** Which input fields were wrong and why, as message keys the renderer translates. */
  issues?: FieldIssue[]
  /** Extra facts the message needs, e.g. `{ until: '2026-11-22T10:15:00Z' }`. */
  params?: Record<string, string | number>
}

export type FieldIssue = { path: string; code: string; params?: Record<string, string | number> }

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = (
  code: ErrorCode,
  extra: Omit<AppError, 'code'> = {},
): { ok: false; error: AppError } => ({ ok: false, error: { code, ...extra } })
