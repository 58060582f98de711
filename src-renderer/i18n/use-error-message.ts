// Turns an error from main into a sentence in the current language. Parameters that are instants
// (`until`) are shown as a local time, e.g. "bloccato fino alle 10:15".
import { useI18n } from 'vue-i18n'
import type { AppError } from '../../src-shared/ipc'

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

export function useErrorMessage() {
  const { t, te, locale } = useI18n()

  function formatParam(value: string | number): string | number {
    if (typeof value !== 'string' || !isoInstant.test(value)) return value
    const when = new Date(value)
    if (Number.isNaN(when.getTime())) return value
    return new Intl.DateTimeFormat(locale.value, { hour: '2-digit', minute: '2-digit' }).format(
      when,
    )
  }

  return (error: AppError): string => {
    const key = `errors.${error.code}`
    if (!te(key)) return t('errors.INTERNAL')
    const params = Object.fromEntries(
      Object.entries(error.params ?? {}).map(([name, value]) => [name, formatParam(value)]),
    )
    return t(key, params)
  }
}
