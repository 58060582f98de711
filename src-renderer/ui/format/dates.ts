// Instants from main (ISO-8601, UTC) as the reader's clock shows them: "22/11/2026, 10:15".
export function formatDateTime(iso: string, locale: string): string {
  const when = new Date(iso)
  if (Number.isNaN(when.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(when)
}

/** Hours and minutes only, for what happens today ("bloccato fino alle 10:15"). */
export function formatTime(iso: string, locale: string): string {
  const when = new Date(iso)
  if (Number.isNaN(when.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(when)
}
