// The name comparison of the association (issue #11), against a table of real-world writings.
import { describe, expect, it } from 'vitest'
import { sameCustomerName } from '../../../src-shared/domain/customer-name'

const same: [string, string][] = [
  ['Rossi Maria', 'Rossi Maria'],
  ['rossi maria', 'Rossi Maria'],
  ['MARIA ROSSI', 'Rossi Maria'],
  ['  Maria   Rossi ', 'Rossi Maria'],
  ['Nicolò Bianchi', 'Bianchi Nicolo'],
  ['Bianchi Nicolo', 'Bianchi Nicolò'],
  ["Nicolo' Bianchi", 'Bianchi Nicolò'],
  ['Niccolò Àlvaro', 'alvaro niccolo'],
  ["D'Angelo Giuseppe", 'DANGELO GIUSEPPE'],
  ["d' angelo giuseppe", "D'Angelo Giuseppe"],
  ['D’Angelo Giuseppe', "D'Angelo Giuseppe"],
  ['De Luca Maria Grazia', 'Maria Grazia De Luca'],
  ['maria grazia de luca', 'De Luca Maria Grazia'],
  ['Bar Sport S.r.l.', 'Bar Sport Srl'],
  ['bar sport srl', 'Bar Sport S.R.L.'],
  ['Titano Servizi S.p.A.', 'Titano Servizi SpA'],
  ['Rossi-Bianchi Anna', 'Rossi Bianchi Anna'],
  ['Müller Jürgen', 'Muller Jurgen'],
  ['Ca’ Bianca Snc', "Ca' Bianca snc"],
]

const different: [string, string][] = [
  ['Rossi', 'Rossi Maria'],
  ['Rossi Mario', 'Rossi Maria'],
  ['Rossi Maria Luisa', 'Rossi Maria'],
  ['Maria', 'Rossi Maria'],
  ['', 'Rossi Maria'],
  ['   ', 'Rossi Maria'],
  ['Rossi Rossi', 'Rossi Maria'],
  ['Bar Sport', 'Bar Sport Srl'],
  ['Deluca Maria', 'De Luca Maria'],
]

describe('sameCustomerName', () => {
  it.each(same)('"%s" is "%s"', (typed, onFile) => {
    expect(sameCustomerName(typed, onFile)).toBe(true)
  })
  it.each(different)('"%s" is not "%s"', (typed, onFile) => {
    expect(sameCustomerName(typed, onFile)).toBe(false)
  })
})
