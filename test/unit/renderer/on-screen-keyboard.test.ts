// The on-screen keyboard's rules: a key typed or deleted at the caret as a physical key would
// (edit-at-caret.ts), and which keys a field gets (layouts.ts).
import { describe, expect, it } from 'vitest'
import {
  deleteBeforeCaret,
  insertAtCaret,
} from '../../../src-renderer/features/on-screen-keyboard/edit-at-caret'
import {
  keyboardKindFor,
  LAYOUTS,
  type FieldTraits,
} from '../../../src-renderer/features/on-screen-keyboard/layouts'

const at = (value: string, start: number, end = start, maxLength = -1) => ({
  value,
  selectionStart: start,
  selectionEnd: end,
  maxLength,
})

describe('insertAtCaret', () => {
  it('types in the middle of a word and puts the caret after what it typed', () => {
    expect(insertAtCaret(at('perche', 3), 'ò')).toEqual({
      value: 'peròche',
      caret: 4,
      inputType: 'insertText',
      data: 'ò',
    })
  })

  it('types at the start and at the end', () => {
    expect(insertAtCaret(at('asa', 0), 'c')).toMatchObject({ value: 'casa', caret: 1 })
    expect(insertAtCaret(at('cas', 3), 'a')).toMatchObject({ value: 'casa', caret: 4 })
    expect(insertAtCaret(at('', 0), '@')).toMatchObject({ value: '@', caret: 1 })
  })

  it('replaces a selection, whichever way it was made', () => {
    expect(insertAtCaret(at('mario@posta.it', 11, 14), '.com')).toMatchObject({
      value: 'mario@posta.com',
      caret: 15,
    })
    expect(insertAtCaret(at('abcdef', 4, 1), 'X')).toMatchObject({ value: 'aXef', caret: 2 })
  })

  it('respects maxlength: a full field takes nothing, a key of several letters is cut', () => {
    expect(insertAtCaret(at('1234', 4, 4, 4), '5')).toBeNull()
    expect(insertAtCaret(at('1234', 2, 2, 4), '5')).toBeNull()
    expect(insertAtCaret(at('mario@a', 7, 7, 9), '.com')).toMatchObject({
      value: 'mario@a.c',
      caret: 9,
      data: '.c',
    })
  })

  it('respects maxlength counting what a selection frees: a code box with its digit selected', () => {
    expect(insertAtCaret(at('7', 0, 1, 1), '3')).toMatchObject({ value: '3', caret: 1 })
    expect(insertAtCaret(at('1234', 1, 3, 4), '99')).toMatchObject({ value: '1994', caret: 3 })
  })

  it('never leaves half of a character a maxlength cuts', () => {
    expect(insertAtCaret(at('ab', 2, 2, 3), '😀')).toBeNull()
  })

  it('keeps a caret the page reports out of range inside the text', () => {
    expect(insertAtCaret(at('abc', 99), 'd')).toMatchObject({ value: 'abcd', caret: 4 })
    expect(insertAtCaret(at('abc', -5), 'z')).toMatchObject({ value: 'zabc', caret: 1 })
  })
})

describe('deleteBeforeCaret', () => {
  it('deletes the letter before the caret, in the middle of a word', () => {
    expect(deleteBeforeCaret(at('peròche', 4))).toEqual({
      value: 'perche',
      caret: 3,
      inputType: 'deleteContentBackward',
      data: null,
    })
  })

  it('does nothing at the start of the text or in an empty field', () => {
    expect(deleteBeforeCaret(at('casa', 0))).toBeNull()
    expect(deleteBeforeCaret(at('', 0))).toBeNull()
  })

  it('deletes a selection, and nothing before it', () => {
    expect(deleteBeforeCaret(at('mario@posta.it', 5, 11))).toMatchObject({
      value: 'mario.it',
      caret: 5,
    })
  })

  it('deletes an emoji whole', () => {
    expect(deleteBeforeCaret(at('ok😀', 4))).toMatchObject({ value: 'ok', caret: 2 })
  })
})

describe('keyboardKindFor', () => {
  const field = (traits: Partial<FieldTraits>): FieldTraits => ({
    tag: 'input',
    type: 'text',
    inputMode: '',
    autocomplete: '',
    ...traits,
  })

  it('gives a code or a number the numeric pad, by its inputmode first', () => {
    expect(keyboardKindFor(field({ inputMode: 'numeric' }))).toBe('numeric')
    expect(keyboardKindFor(field({ inputMode: 'numeric', autocomplete: 'one-time-code' }))).toBe(
      'numeric',
    )
    expect(keyboardKindFor(field({ inputMode: 'decimal' }))).toBe('decimal')
    expect(keyboardKindFor(field({ type: 'number' }))).toBe('decimal')
    expect(keyboardKindFor(field({ type: 'tel' }))).toBe('tel')
    expect(keyboardKindFor(field({ inputMode: 'tel' }))).toBe('tel')
  })

  it('gives an email, or a username that may be one, the email keypad', () => {
    expect(keyboardKindFor(field({ type: 'email' }))).toBe('email')
    expect(keyboardKindFor(field({ inputMode: 'email' }))).toBe('email')
    expect(keyboardKindFor(field({ autocomplete: 'email' }))).toBe('email')
    expect(keyboardKindFor(field({ autocomplete: 'username' }))).toBe('email')
  })

  it('gives text, passwords and textareas the Italian letters', () => {
    expect(keyboardKindFor(field({}))).toBe('text')
    expect(keyboardKindFor(field({ type: 'password', autocomplete: 'current-password' }))).toBe(
      'text',
    )
    expect(keyboardKindFor(field({ tag: 'textarea', type: '' }))).toBe('text')
  })
})

describe('LAYOUTS', () => {
  const keysOf = (rows: string[] | undefined) => (rows ?? []).join(' ').split(' ')

  it('has every Italian accented letter, small and capital, and @ and the apostrophe', () => {
    const small = keysOf(LAYOUTS.text.default)
    const capital = keysOf(LAYOUTS.text.shift)
    for (const letter of ['à', 'è', 'é', 'ì', 'ò', 'ù', '@', "'"]) {
      expect(small).toContain(letter)
      expect(capital).toContain(letter.toUpperCase())
    }
  })

  it('gives the email keypad @ . - _ and the common endings, and no space', () => {
    const keys = keysOf(LAYOUTS.email.default)
    for (const key of ['@', '.', '-', '_', '.it', '.com']) expect(keys).toContain(key)
    expect(keys).not.toContain('{space}')
  })

  it('gives every numeric pad all ten digits', () => {
    for (const kind of ['numeric', 'decimal', 'tel'] as const) {
      const keys = keysOf(LAYOUTS[kind].default)
      for (const digit of '0123456789') expect(keys).toContain(digit)
    }
  })
})
