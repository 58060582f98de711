import { describe, expect, it } from 'vitest'
import { givenNameFirst } from '../../../src-shared/domain/person-name'

describe('givenNameFirst', () => {
  it.each([
    ['Gori Antonio', 'Antonio Gori'],
    ['Bianchi Laura', 'Laura Bianchi'],
    ['De Luca Maria Grazia', 'Maria Grazia De Luca'],
    ['Della Valle Paolo', 'Paolo Della Valle'],
    ["D'Angelo Sara", "Sara D'Angelo"],
    ["Dall'Ara Luca", "Luca Dall'Ara"],
    ['  Rossi   Mario ', 'Mario Rossi'],
    ['Rossi', 'Rossi'],
  ])('%s → %s', (name, expected) => {
    expect(givenNameFirst(name)).toBe(expected)
  })

  it('leaves a business name as it is', () => {
    expect(givenNameFirst('Rossi Impianti Srl', 'business')).toBe('Rossi Impianti Srl')
  })
})
