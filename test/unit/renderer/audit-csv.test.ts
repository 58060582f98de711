import { describe, expect, it } from 'vitest'
import { toCsv } from '../../../src-renderer/features/desk/components/audit-csv'

describe('toCsv', () => {
  it('writes a BOM, quoted fields, semicolons and CRLF line ends', () => {
    expect(
      toCsv([
        ['Data e ora', 'Attività'],
        ['1 dicembre 2026, 14:35', 'Accesso; "prova"'],
      ]),
    ).toBe('\uFEFF"Data e ora";"Attività"\r\n"1 dicembre 2026, 14:35";"Accesso; ""prova"""\r\n')
  })

  it('defuses a field that a spreadsheet would read as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+39', '-1', '@SUM(A1)', 'Rossi']])).toBe(
      '\uFEFF"\'=HYPERLINK(""x"")";"\'+39";"\'-1";"\'@SUM(A1)";"Rossi"\r\n',
    )
  })
})
