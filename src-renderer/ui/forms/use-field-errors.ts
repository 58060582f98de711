// Errors placed on form fields, one message per problem and never stale. Two kinds:
// - a field's own rule (`rules`): once a check has found it broken, its message is the rule's
//   live answer, so it changes or goes away as the user types what makes it true;
// - main's word on a field (`issues[]` of an answer: the field's name and a rule code), or one
//   the form adds by hand: it holds until the user edits that field (or a field `linked` with it,
//   when main's verdict was on the pair).
// Texts: `fieldErrors.<field>.<code>`, else `fieldErrors.<code>`, else the error's own text.
import { reactive, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { AppError } from '../../../src-shared/ipc'
import { useMessageParams } from '../../i18n/use-error-message'

type Params = Record<string, string | number>
type Entry = { code: string; params?: Params }
/** A field's own check: the code of what is wrong with it now, or null. */
export type FieldRule = () => string | null | undefined

export type FieldErrorOptions = {
  rules?: Record<string, FieldRule>
  /** Fields main judges together (codice cliente + ISS): an edit of one clears both. */
  linked?: readonly (readonly string[])[]
}

export function useFieldErrors(options: FieldErrorOptions = {}) {
  const { t, te } = useI18n()
  const { params: shownParams, remainingTries } = useMessageParams()
  const rules = options.rules ?? {}
  /** Main's (or the form's) codes per field, as placed. */
  const codes = reactive<Record<string, string[]>>({})
  const params = reactive<Record<string, Record<string, Params>>>({})
  /** Fields whose rule a check found broken: their message is the rule's live answer. */
  const shown = reactive(new Set<string>())

  function clear(field?: string): void {
    if (field === undefined) {
      for (const key of Object.keys(codes)) delete codes[key]
      for (const key of Object.keys(params)) delete params[key]
      shown.clear()
    } else {
      delete codes[field]
      delete params[field]
      shown.delete(field)
    }
  }

  function add(field: string, code: string, extra?: Params): void {
    const list = (codes[field] ??= [])
    if (!list.includes(code)) list.push(code)
    if (extra) (params[field] ??= {})[code] = extra
  }

  /** The user changed a field: what main said about it (and its linked fields) is stale. */
  function edited(field: string): void {
    const group = options.linked?.find((fields) => fields.includes(field)) ?? [field]
    for (const name of group) {
      delete codes[name]
      delete params[name]
    }
  }

  /**
   * Re-runs the rules of `fields` (all ruled fields when omitted): answers whether they all hold
   * and nothing main said about them still stands.
   */
  function check(fields: readonly string[] = Object.keys(rules)): boolean {
    let good = true
    for (const field of fields) {
      const rule = rules[field]
      if (rule?.()) {
        shown.add(field)
        good = false
      } else shown.delete(field)
      if ((codes[field]?.length ?? 0) > 0) good = false
    }
    return good
  }

  /** Places main's field issues, with the error's parameters (e.g. `remaining`); answers
   * whether there were any. */
  function fromError(error: AppError, aliases: Record<string, string> = {}): boolean {
    for (const key of Object.keys(codes)) delete codes[key]
    for (const key of Object.keys(params)) delete params[key]
    for (const issue of error.issues ?? []) {
      add(aliases[issue.path] ?? issue.path, issue.code, { ...error.params, ...issue.params })
    }
    return (error.issues?.length ?? 0) > 0
  }

  /** A field-specific text when there is one ("Il codice cliente ha 8 cifre"), else the rule's. */
  function text(field: string, entry: Entry, extra: Params = {}): string {
    const values = { ...shownParams(entry.params), ...extra }
    const keys = [`fieldErrors.${field}.${entry.code}`, `fieldErrors.${entry.code}`]
    const key =
      keys.find((k) => te(k)) ?? (te(`errors.${entry.code}`) ? `errors.${entry.code}` : '')
    const base = key ? t(key, values) : t('fieldErrors.invalid')
    return [base, remainingTries(entry.code, entry.params)].filter(Boolean).join(' ')
  }

  function entries(field: string): Entry[] {
    const placed = (codes[field] ?? []).map((code) => ({ code, params: params[field]?.[code] }))
    if (placed.length > 0) return placed
    const live = shown.has(field) ? rules[field]?.() : null
    return live ? [{ code: live }] : []
  }

  /** The field's message, one sentence per distinct problem; `extra` fills the text's words. */
  function message(field: string, extra?: Params): string | undefined {
    const list = entries(field)
    if (list.length === 0) return undefined
    return [...new Set(list.map((entry) => text(field, entry, extra)))].join(' ')
  }

  const has = (field: string): boolean => entries(field).length > 0
  const any = (): boolean =>
    Object.values(codes).some((list) => list.length > 0) || [...shown].some((f) => has(f))
  /** Whether main's codes on a field include this one. */
  const placed = (field: string, code: string): boolean => codes[field]?.includes(code) ?? false

  /**
   * Follows a form's fields (call in setup): an edit makes main's word on that field stale. Sync,
   * so a view that clears a field and then places main's error on it keeps the error.
   */
  function track(form: Record<string, unknown>): void {
    for (const field of Object.keys(form)) {
      watch(
        () => form[field],
        () => edited(field),
        { flush: 'sync' },
      )
    }
  }

  // A broken rule that holds again is no longer shown: typing it wrong later is not an error
  // until the next check.
  watch(
    () => [...shown].filter((field) => !rules[field]?.()),
    (fixed) => fixed.forEach((field) => shown.delete(field)),
  )

  return { codes, clear, add, edited, check, fromError, message, any, has, placed, track }
}

export type FieldErrors = ReturnType<typeof useFieldErrors>
