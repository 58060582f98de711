// One settings screen's round trip with main: what is saved is loaded (a refusal offers Riprova),
// the screen checks its fields and sends them, a refusal is placed at its fields (and above them)
// with the first wrong field focused, and a save is said in a toast before the screen loads again.
import { useToast } from 'primevue/usetoast'
import { ref, type Ref } from 'vue'
import type { AppError, Result } from '../../../src-shared/ipc'
import type { FieldErrors } from './use-field-errors'

/** What SettingsForm exposes: the focus goes to its form's first invalid field. */
export type SettingsFrame = { focusFirstError(): Promise<void> }

export type SettingsFormOptions<V> = {
  get: () => Promise<Result<V>>
  /** Puts what main has saved into the form's fields. */
  show: (value: V) => void
  errors: FieldErrors
  /** `unplaced`: a refusal placed at a field is said only there; `always`: above the form too. */
  refusalAbove: 'always' | 'unplaced'
}

export function useSettingsForm<V>(options: SettingsFormOptions<V>) {
  const toast = useToast()
  const saved = ref(null) as Ref<V | null>
  const loadProblem = ref<AppError | null>(null)
  const saveProblem = ref<AppError | null>(null)
  const saving = ref(false)
  const frame = ref<SettingsFrame | null>(null)

  async function load(): Promise<void> {
    const result = await options.get()
    if (!result.ok) {
      loadProblem.value = result.error
      return
    }
    loadProblem.value = null
    saved.value = result.value
    options.show(result.value)
  }

  const focusFirstError = async (): Promise<void> => frame.value?.focusFirstError()

  /** Starts a save: clears the last refusal and the fields' errors, for the screen's checks. */
  function begin(): void {
    options.errors.clear()
    saveProblem.value = null
  }

  /** Sends the checked form; on success says `done` and runs `then` (by default, loads again). */
  async function send(
    call: () => Promise<Result<unknown>>,
    done: { summary: string; detail: string },
    then: () => Promise<unknown> = load,
  ): Promise<void> {
    saving.value = true
    const result = await call()
    saving.value = false
    if (!result.ok) {
      const placed = options.errors.fromError(result.error)
      if (options.refusalAbove === 'always' || !placed) saveProblem.value = result.error
      return focusFirstError()
    }
    toast.add({ severity: 'success', ...done, life: 6000 })
    await then()
  }

  return { saved, loadProblem, saveProblem, saving, frame, load, begin, send, focusFirstError }
}
