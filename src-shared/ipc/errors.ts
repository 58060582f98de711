// Stable error codes. The renderer translates each one (src-renderer/i18n); never rename a code.
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'FOREIGN_SENDER',
  'FORBIDDEN',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const

export type ErrorCode = (typeof errorCodes)[number]
