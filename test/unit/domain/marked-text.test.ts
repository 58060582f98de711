import { describe, expect, it } from 'vitest'
import { markFirst, splitMarked, unmarked } from '../../../src-shared/domain/marked-text'

describe('marked text', () => {
  it('cuts a marked string into parts and back', () => {
    const text = '\u0002Ross\u0003i \u0002Màr\u0003ia'
    expect(splitMarked(text)).toEqual([
      ['Ross', true],
      ['i ', false],
      ['Màr', true],
      ['ia', false],
    ])
    expect(unmarked(text)).toBe('Rossi Mària')
    expect(splitMarked('plain')).toEqual([['plain', false]])
    expect(splitMarked('')).toEqual([])
  })

  it('marks the first occurrence of a part, or nothing', () => {
    expect(splitMarked(markFirst('+393471234567', '3471234567'))).toEqual([
      ['+39', false],
      ['3471234567', true],
    ])
    expect(markFirst('abc', 'x')).toBe('abc')
    expect(markFirst('abc', undefined)).toBe('abc')
  })
})
