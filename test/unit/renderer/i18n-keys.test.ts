// Both languages must say everything: the same keys, a text for every error code main can answer
// with, and every text a valid vue-i18n message.
import { describe, expect, it } from 'vitest'
import { compile } from '@intlify/core-base'
import { errorCodes } from '../../../src-shared/ipc/errors'
import { en } from '../../../src-renderer/i18n/en'
import { it as italian } from '../../../src-renderer/i18n/it'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [p, v] of leaves(value, path)) out.set(p, v)
  }
  return out
}

const locales = { it: leaves(italian), en: leaves(en) }

describe('i18n messages', () => {
  it('has the same keys in Italian and English', () => {
    expect([...locales.en.keys()].sort()).toEqual([...locales.it.keys()].sort())
  })

  it('translates every IPC error code in both languages', () => {
    for (const [locale, messages] of Object.entries(locales)) {
      for (const code of errorCodes) {
        expect(messages.get(`errors.${code}`), `${locale}: errors.${code}`).toBeTruthy()
      }
    }
  })

  it('has no empty text', () => {
    for (const [locale, messages] of Object.entries(locales)) {
      for (const [key, text] of messages) expect(text.trim(), `${locale}: ${key}`).not.toBe('')
    }
  })

  it('uses the same parameters in both languages', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of locales.it) {
      expect(params(locales.en.get(key) ?? ''), key).toEqual(params(text))
    }
  })

  it('compiles every message (no stray @, | or braces)', () => {
    for (const [locale, messages] of Object.entries(locales)) {
      for (const [key, text] of messages) {
        const errors: string[] = []
        compile(text, { key, locale, onError: (error) => errors.push(error.message) })
        expect(errors, `${locale}: ${key}`).toEqual([])
      }
    }
  })
})
