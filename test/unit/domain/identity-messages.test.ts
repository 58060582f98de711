// The issues of the identity-code rules are values with stable codes: the renderer must be able
// to say each one in both languages (fieldErrors.<code>), specifically, not as "not valid".
import { describe, expect, it } from 'vitest'
import {
  codiceIssIssueCodes,
  coeIssueCodes,
  partitaIvaIssueCodes,
} from '../../../src-shared/domain/partita-iva'
import { codiceFiscaleIssueCodes } from '../../../src-shared/domain/codice-fiscale'
import { mobileIssueCodes } from '../../../src-shared/domain/phone'
import { en } from '../../../src-renderer/i18n/en'
import { it as italian } from '../../../src-renderer/i18n/it'

const codes = [
  ...partitaIvaIssueCodes,
  ...coeIssueCodes,
  ...codiceIssIssueCodes,
  ...codiceFiscaleIssueCodes,
  ...mobileIssueCodes,
]

describe('identity-code issue messages', () => {
  it.each(Object.entries({ it: italian, en }))(
    'has a %s text for every issue code',
    (_, messages) => {
      const fieldErrors = messages.fieldErrors as Record<string, unknown>
      for (const code of codes) {
        const text = fieldErrors[code]
        expect(typeof text, code).toBe('string')
        expect(text, code).not.toBe(fieldErrors.invalid)
        // The field's message is shown without parameters (use-field-errors), so none is written.
        expect(String(text), code).not.toMatch(/\{/)
      }
    },
  )
})
