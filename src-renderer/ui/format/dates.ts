// Instants from main (ISO-8601, UTC) as the office's wall clock shows them, whatever the clock of
// the machine says: the office's time zone is a setting (app:info's `timeZone`). English is
// written the British way: "1 December 2026, 14:35"; Italian "1 dicembre 2026, 14:35".

/** The language's conventions for dates: English in the British style (day month year, 24 h). */
export const dateLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : locale)

function parse(iso: string): Date | null {
  const when = new Date(iso)
  return Number.isNaN(when.getTime()) ? null : when
}

/** "1 December 2026" / "1 dicembre 2026". */
export function formatDate(iso: string, locale: string, timeZone: string): string {
  const when = parse(iso)
  if (!when) return iso
  return new Intl.DateTimeFormat(dateLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(when)
}

/** Hours and minutes only, for what happens today ("bloccato fino alle 10:15"). */
export function formatTime(iso: string, locale: string, timeZone: string): string {
  const when = parse(iso)
  if (!when) return iso
  return new Intl.DateTimeFormat(dateLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(when)
}

/** "1 December 2026, 14:35": the date and the time with a comma, in both languages. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  if (!parse(iso)) return iso
  return `${formatDate(iso, locale, timeZone)}, ${formatTime(iso, locale, timeZone)}`
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the zone. */
export function dayIn(iso: string, timeZone: string): string {
  const when = parse(iso)
  if (!when) return ''
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(when)
}

/**
 * The instant a calendar day (YYYY-MM-DD) starts at in the zone, as ISO UTC: what a date filter
 * sends. Found by correcting a first guess with the zone's offset on that day (twice, for the
 * days the clocks change).
 */
export function startOfDayIn(day: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return null
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const wanted = Date.UTC(year, month - 1, date)
  let guess = wanted
  for (let i = 0; i < 2; i++) guess = wanted - offsetAt(guess, timeZone)
  return new Date(guess).toISOString()
}

/** How far ahead of UTC the zone's clock is at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  )
  return asUtc - Math.floor(instant / 1000) * 1000
}

/** The day after a calendar day (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(Date.UTC(year!, month! - 1, date! + 1)).toISOString().slice(0, 10)
}
