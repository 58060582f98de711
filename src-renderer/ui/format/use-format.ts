// Formatting bound to the current UI language and the office's time zone: values re-render when
// either changes.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useAppStore } from '../../features/shell/store/app-store'
import { formatDate, formatDateTime, formatTime } from './dates'
import { formatBytes, formatCount } from './numbers'

export function useFormat() {
  const { locale } = useI18n()
  const app = useAppStore()
  const zone = computed(() => app.timeZone)
  return {
    count: (value: number) => formatCount(value, locale.value),
    bytes: (value: number) => formatBytes(value, locale.value),
    date: (iso: string) => formatDate(iso, locale.value, zone.value),
    dateTime: (iso: string) => formatDateTime(iso, locale.value, zone.value),
    time: (iso: string) => formatTime(iso, locale.value, zone.value),
  }
}
