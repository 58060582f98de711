// A step-by-step form: each step is checked where it is typed, first by its fields' own rules,
// then (when the step has one) by main, before the next step opens; the last step's check is the
// submit itself. A refusal is placed where it belongs: under the fields main names, on the
// earliest step that holds them (a race at the final submit brings the user back there), and
// only when no field on that step can hold it, as a message of the step. The view's template
// names its step title `ref="stepTitle"` and its form `ref="wizardForm"`.
import { nextTick, ref, useTemplateRef } from 'vue'
import type { AppError, Result } from '../../../src-shared/ipc'
import type { FieldErrors } from '../forms/use-field-errors'

export type WizardStep = {
  /** The fields this step asks, in screen order. */
  fields: readonly string[]
  /** Main's check of what this step asked; the last step's is the submit. */
  check?: () => Promise<Result<unknown>>
}

/** Where a refusal that names no field belongs: the field it is about, or only its step. */
export type Placement = { field?: string; step?: number } | undefined

export function useWizard(options: {
  steps: () => readonly WizardStep[]
  errors: FieldErrors
  place?: (error: AppError) => Placement
}) {
  const { errors } = options
  const step = ref(1)
  const busy = ref(false)
  /** A refusal no field of the current step holds. */
  const problem = ref<AppError | null>(null)
  const title = useTemplateRef<HTMLElement>('stepTitle')
  const root = useTemplateRef<HTMLElement>('wizardForm')

  const stepOf = (field: string): number | undefined => {
    const index = options.steps().findIndex((s) => s.fields.includes(field))
    return index < 0 ? undefined : index + 1
  }

  /** The first control marked invalid takes the focus: its message is read with it. */
  async function focusFirstInvalid(): Promise<boolean> {
    await nextTick()
    const target = root.value?.querySelector<HTMLElement>(
      '[aria-invalid="true"], [data-invalid="true"] input',
    )
    target?.focus()
    return !!target
  }

  async function goTo(next: number, focus: 'title' | 'error' = 'title'): Promise<void> {
    step.value = next
    await nextTick()
    // A new step is a new screen: its title takes the focus, so it is read out first.
    if (focus === 'error' && (await focusFirstInvalid())) return
    title.value?.focus()
  }

  /** Main refused: the error goes under its fields, on the earliest step holding one. */
  async function refuse(error: AppError): Promise<void> {
    errors.fromError(error)
    const placement = options.place?.(error)
    if (placement?.field && !errors.has(placement.field))
      errors.add(placement.field, error.code, error.params)
    const onSteps = Object.keys(errors.codes)
      .filter((field) => errors.has(field))
      .map(stepOf)
      .filter((s): s is number => s !== undefined)
    const target = onSteps.length > 0 ? Math.min(...onSteps) : (placement?.step ?? step.value)
    problem.value = onSteps.includes(target) ? null : error
    if (target !== step.value) await goTo(target, 'error')
    else if (!(await focusFirstInvalid())) title.value?.focus()
  }

  /** Avanti: this step's rules, then main's check; answers true when the last step is done. */
  async function forward(): Promise<boolean> {
    problem.value = null
    const current = options.steps()[step.value - 1]
    if (!current) return false
    if (!errors.check(current.fields)) {
      await focusFirstInvalid()
      return false
    }
    if (current.check) {
      busy.value = true
      const result = await current.check()
      busy.value = false
      if (!result.ok) {
        await refuse(result.error)
        return false
      }
    }
    if (step.value < options.steps().length) {
      await goTo(step.value + 1)
      return false
    }
    return true
  }

  function back(): void {
    problem.value = null
    errors.clear()
    void goTo(step.value - 1)
  }

  return { step, busy, problem, goTo, back, forward, refuse, focusFirstInvalid }
}
