// Errors placed on form fields: from main's answer (`issues[]`: the input field's name and a rule
// code) or from the form's own checks, translated next to the field they concern.
import { reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import type { AppError } from '../../../src-shared/ipc'

export function useFieldErrors() {
  const { t, te } = useI18n()
  const codes = reactive<Record<string, string[]>>({})

  function clear(field?: string): void {
    if (field === undefined) for (const key of Object.keys(codes)) delete codes[key]
    else delete codes[field]
  }

  function add(field: string, code: string): void {
    const list = (codes[field] ??= [])
    if (!list.includes(code)) list.push(code)
  }

  /** Places main's field issues; answers whether there were any. */
  function fromError(error: AppError, aliases: Record<string, string> = {}): boolean {
    clear()
    for (const issue of error.issues ?? []) add(aliases[issue.path] ?? issue.path, issue.code)
    return (error.issues?.length ?? 0) > 0
  }

  /** A field-specific text when there is one ("Il codice cliente ha 8 cifre"), else the rule's. */
  function text(field: string, code: string): string {
    for (const key of [`fieldErrors.${field}.${code}`, `fieldErrors.${code}`]) {
      if (te(key)) return t(key)
    }
    return t('fieldErrors.invalid')
  }

  function message(field: string): string | undefined {
    const list = codes[field]
    if (!list || list.length === 0) return undefined
    return list.map((code) => text(field, code)).join(' ')
  }

  const any = (): boolean => Object.values(codes).some((list) => list.length > 0)
  const has = (field: string): boolean => (codes[field]?.length ?? 0) > 0

  return { codes, clear, add, fromError, message, any, has }
}

export type FieldErrors = ReturnType<typeof useFieldErrors>
