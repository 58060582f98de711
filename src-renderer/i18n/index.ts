// The UI's languages. Messages are compiled by vue-i18n's JIT compiler into an AST and
// interpreted, never turned into code with eval or new Function, so they work under the CSP.
import { createI18n } from 'vue-i18n'
import { en } from './en'
import { it, type Messages } from './it'

export const locales = ['it', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'it'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function createAppI18n() {
  return createI18n<[Messages], Locale, false>({
    legacy: false,
    locale: defaultLocale,
    fallbackLocale: defaultLocale,
    messages: { it, en },
    // Missing keys are caught by the unit test; no console noise in the kiosk.
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>
