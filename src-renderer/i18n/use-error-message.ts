// Turns an error from main into a sentence in the current language. Parameters that are instants
// (`until`) are shown as a time on the office's clock ("bloccato fino alle 10:15"); a `remaining`
// count of tries adds the warning before a lock ("Ancora 2 tentativi, poi…").
import { useI18n } from 'vue-i18n'
import type { AppError } from '../../src-shared/ipc'
import { useAppStore } from '../features/shell/store/app-store'
import { formatTime } from '../ui/format/dates'

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** Main's parameters as the texts show them: instants as a time on the office's clock. */
export function useMessageParams() {
  const { te, t, locale } = useI18n()
  const app = useAppStore()

  function formatParam(value: string | number): string | number {
    if (typeof value !== 'string' || !isoInstant.test(value)) return value
    return formatTime(value, locale.value, app.timeZone)
  }

  function params(raw: Record<string, string | number> = {}): Record<string, string | number> {
    return Object.fromEntries(
      Object.entries(raw).map(([name, value]) => [name, formatParam(value)]),
    )
  }

  /** "Ancora 2 tentativi, poi…" when main counted how many tries are left before a lock. */
  function remainingTries(code: string, raw: Record<string, string | number> = {}): string {
    const remaining = raw.remaining
    if (typeof remaining !== 'number' || !te(`attempts.${code}`)) return ''
    return t(`attempts.${code}`, { remaining }, remaining)
  }

  return { params, remainingTries }
}

/** Per screen, a more precise text for a code: `{ INVALID_CREDENTIALS: 'login.wrong' }`. */
export type ErrorTexts = Partial<Record<AppError['code'], string>>

/** A screen where only a code was typed (no link): its refusals speak of "il codice". */
export const codeOnly: ErrorTexts = {
  TOKEN_INVALID: 'codeErrors.TOKEN_INVALID',
  TOKEN_EXPIRED: 'codeErrors.TOKEN_EXPIRED',
  TOKEN_USED: 'codeErrors.TOKEN_USED',
}

export function useErrorMessage() {
  const { t, te } = useI18n()
  const { params, remainingTries } = useMessageParams()

  return (error: AppError, texts: ErrorTexts = {}): string => {
    const key = texts[error.code] ?? `errors.${error.code}`
    if (!te(key)) return t('errors.INTERNAL')
    return [t(key, params(error.params)), remainingTries(error.code, error.params)]
      .filter(Boolean)
      .join(' ')
  }
}
