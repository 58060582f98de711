// Find in the document and the list's words (features/documents): matches ignore case and
// accents, never overlap, are counted per page; a whole month reads as the month.
import { describe, expect, it } from 'vitest'
import { matchesPerPage, occurrences } from '../../../src-renderer/features/documents/pdf/find'
import {
  amountText,
  calendarDate,
  periodText,
} from '../../../src-renderer/features/documents/components/document-words'

describe('find in the document', () => {
  it('finds every occurrence, case and accents aside, without overlaps', () => {
    expect(occurrences('Totale da pagare: TOTALE', 'totale')).toEqual([0, 18])
    expect(occurrences('Città di San Marino', 'citta')).toEqual([0])
    expect(occurrences('aaaa', 'aa')).toEqual([0, 2])
    expect(occurrences('qualcosa', '   ')).toEqual([])
  })

  it('counts the matches of each page', () => {
    const pages = [['Bolletta luce', 'Consumi luce'], ['Riepilogo'], ['luce']]
    expect(matchesPerPage(pages, 'Luce')).toEqual([2, 0, 1])
  })
})

describe('document words', () => {
  it('writes calendar days without a time zone shift', () => {
    expect(calendarDate('2025-03-01', 'it')).toBe('01/03/2025')
    expect(calendarDate('2025-12-31', 'en')).toBe('31/12/2025')
  })

  it('reads a whole month as the month, any other span as two days', () => {
    expect(periodText('2025-02-01', '2025-02-28', 'it')).toBe('febbraio 2025')
    expect(periodText('2025-01-01', '2025-02-28', 'it')).toBe('gennaio – febbraio 2025')
    expect(periodText('2025-12-01', '2026-01-31', 'en')).toBe('December 2025 – January 2026')
    expect(periodText('2025-01-15', '2025-02-14', 'it')).toBe('15/01/2025 – 14/02/2025')
  })

  it('writes the amount in its currency', () => {
    expect(amountText(123456, 'EUR', 'it').replace(/\s/g, ' ')).toBe('1.234,56 €')
  })
})
