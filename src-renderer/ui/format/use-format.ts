// Formatting bound to the current UI language: values re-render when the language changes.
import { useI18n } from 'vue-i18n'
import { formatBytes, formatCount } from './numbers'

export function useFormat() {
  const { locale } = useI18n()
  return {
    count: (value: number) => formatCount(value, locale.value),
    bytes: (value: number) => formatBytes(value, locale.value),
  }
}
