// The notices' quiet hours (an admin setting, default 21:00-08:00) in the office's time zone:
// nothing is sent inside them; what falls due waits until they end.
import { DEFAULT_QUIET_HOURS } from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'
import { readSetting, writeSetting } from '../settings'

export type QuietHours = { start: string; end: string }
const KEY = 'documents.quiet-hours'

export async function readQuietHours(db: Db): Promise<QuietHours> {
  return (await readSetting<QuietHours>(db, KEY)) ?? { ...DEFAULT_QUIET_HOURS }
}

export const writeQuietHours = (db: Db, hours: QuietHours, at: Date): Promise<void> =>
  writeSetting(db, KEY, hours, at)

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** The wall-clock minute of the day at `at` in `timeZone`. */
function minuteOfDay(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return get('hour') * 60 + get('minute')
}

/** Whether `at` falls inside the quiet hours (they may span midnight; start = end: none). */
export function insideQuietHours(at: Date, hours: QuietHours, timeZone: string): boolean {
  const [start, end, now] = [minutes(hours.start), minutes(hours.end), minuteOfDay(at, timeZone)]
  if (start === end) return false
  return start < end ? now >= start && now < end : now >= start || now < end
}

/** The calendar day ("2026-11-22") at `at` in `timeZone`. */
export const localDay = (at: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)
