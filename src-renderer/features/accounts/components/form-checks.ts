// The form's own checks, run before anything is sent: the same formats the IPC contract asks
// for, so a typo is pointed out at once and next to its field.

/** Spaces are dropped: codes are copied from a bill, often with a space in the middle. */
export const compactDigits = (value: string): string => value.replace(/\s+/g, '')

export const isEmail = (value: string): boolean =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) && value.trim().length <= 254

export const isCodiceCliente = (value: string): boolean => /^\d{8}$/.test(compactDigits(value))

export const isCode = (value: string): boolean => /^\d{6}$/.test(value.trim())
