// Numbers and sizes the way the reader's language writes them: "1.234" and "12,3 MB" in Italian,
// "1,234" and "12.3 MB" in English.

/** A count. Grouping always: Italian CLDR data would otherwise write four digits as "1234". */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: 'always', maximumFractionDigits: 0 }).format(
    value,
  )
}

// Decimal (SI) units, as the unit names say: 1 kB = 1,000 bytes.
const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const

/** A size in bytes, in the largest unit that keeps the number at 1 or more. */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < byteUnits.length - 1) {
    value /= 1000
    unit += 1
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: byteUnits[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
    useGrouping: 'always',
  }).format(value)
}
