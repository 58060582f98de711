// A desk's flow names the customer's typed secrets by entry, one object per field, and turns
// main's refusal of them into "ask the customer again" (features/customer-display/entry-refs).
import { describe, expect, it } from 'vitest'
import {
  entryField,
  refusedEntries,
} from '../../../src-renderer/features/customer-display/entry-refs'

const ref = { entry: '3f0e8f57-57a4-4b5e-9f53-5a8f2a3c2b11' }

describe('entryField', () => {
  it('gives each field its own object (main refuses one object twice in a payload)', () => {
    const a = entryField(ref)
    const b = entryField(ref)
    expect(a).toEqual(ref)
    expect(a).not.toBe(b)
    expect(a).not.toBe(ref)
  })
})

describe('refusedEntries', () => {
  it('drops each entry main named, once, and leaves the other fields’ issues alone', () => {
    const dropped: string[] = []
    const error = refusedEntries(
      {
        code: 'CUSTOMER_ENTRY_MISSING',
        issues: [
          { path: 'password', code: 'CUSTOMER_ENTRY_MISSING' },
          { path: 'email', code: 'invalid_format' },
        ],
      },
      ['password', 'passwordConfirm'],
      (field) => dropped.push(field),
    )
    expect(dropped).toEqual(['password'])
    expect(error.issues).toEqual([
      { path: 'password', code: 'CUSTOMER_ENTRY_MISSING' },
      { path: 'email', code: 'invalid_format' },
    ])
  })

  it('says a broken password rule as one line for the operator, who has no checklist', () => {
    const error = refusedEntries(
      {
        code: 'PASSWORD_POLICY',
        issues: [
          { path: 'newPassword', code: 'PASSWORD_CONTAINS_PERSONAL' },
          { path: 'newPassword', code: 'PASSWORD_SAME' },
        ],
      },
      ['newPassword', 'newPasswordConfirm'],
      () => {},
    )
    expect(error.issues?.map((issue) => issue.code)).toEqual([
      'CUSTOMER_PASSWORD_REFUSED',
      'PASSWORD_SAME',
    ])
  })

  it('changes nothing when no entry is named', () => {
    const dropped: string[] = []
    const original = { code: 'RATE_LIMITED' as const }
    expect(refusedEntries(original, ['code'], (field) => dropped.push(field))).toBe(original)
    expect(dropped).toEqual([])
  })
})
