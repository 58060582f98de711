// How a document's figures read in the list: calendar dates (no time zone: a due date is a day),
// the period as a month when it is one ("marzo 2025"), the amount in its currency.
import { useI18n } from 'vue-i18n'
import type { DocumentView } from '../../../../src-shared/ipc'
import { dateLocale } from '../../../ui/format/dates'

const utcDay = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`)

export function calendarDate(iso: string, locale: string): string {
  const day = utcDay(iso)
  if (Number.isNaN(day.getTime())) return iso
  return new Intl.DateTimeFormat(dateLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day)
}

/**
 * Whole calendar months read as months ("ottobre 2026", "settembre – ottobre 2026", "dicembre
 * 2025 – gennaio 2026"); any other span as its two days.
 */
export function periodText(start: string, end: string, locale: string): string {
  const from = utcDay(start)
  const to = utcDay(end)
  const endOfMonth = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 0))
  if (from.getUTCDate() !== 1 || to.getTime() !== endOfMonth.getTime())
    return `${calendarDate(start, locale)} – ${calendarDate(end, locale)}`
  const month = (day: Date, withYear: boolean) =>
    new Intl.DateTimeFormat(dateLocale(locale), {
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    }).format(day)
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear()
  if (sameYear && from.getUTCMonth() === to.getUTCMonth()) return month(from, true)
  return `${month(from, !sameYear)} – ${month(to, true)}`
}

export function amountText(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(dateLocale(locale), {
    style: 'currency',
    currency,
    useGrouping: 'always',
  }).format(cents / 100)
}

export function useDocumentWords() {
  const { t, locale } = useI18n()
  return {
    date: (iso: string) => calendarDate(iso, locale.value),
    period: (d: DocumentView) => periodText(d.periodStart, d.periodEnd, locale.value),
    amount: (d: DocumentView) => amountText(d.amountCents, d.currency, locale.value),
    kind: (d: DocumentView) =>
      `${t(`documents.type.${d.type}`)} · ${t(`documents.service.${d.service}`)}`,
  }
}
