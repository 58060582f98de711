// Formatting bound to the current UI language: values re-render when the language changes.
import { useI18n } from 'vue-i18n'
import { formatDateTime, formatTime } from './dates'
import { formatBytes, formatCount } from './numbers'

export function useFormat() {
  const { locale } = useI18n()
  return {
    count: (value: number) => formatCount(value, locale.value),
    bytes: (value: number) => formatBytes(value, locale.value),
    dateTime: (iso: string) => formatDateTime(iso, locale.value),
    time: (iso: string) => formatTime(iso, locale.value),
  }
}
