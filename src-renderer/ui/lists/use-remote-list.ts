// A list a screen asks main for: the rows, whether a first answer came ("Caricamento…" until
// then), whether an ask is under way (the Aggiorna button's spinner) and main's last refusal.
// With `pollMs` it asks again on that beat while the screen is open: a demo's Posta inviata shows
// the mail a customer is waiting for by itself.
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import type { AppError, Result } from '../../../src-shared/ipc'

export function useRemoteList<Row>(
  fetch: () => Promise<Result<Row[]>>,
  options: { pollMs?: number } = {},
) {
  const rows = ref([]) as Ref<Row[]>
  const loaded = ref(false)
  const loading = ref(false)
  const problem = ref<AppError | null>(null)
  let timer: ReturnType<typeof setInterval> | undefined

  async function load(): Promise<void> {
    loading.value = true
    const result = await fetch()
    loading.value = false
    loaded.value = true
    if (result.ok) {
      rows.value = result.value
      problem.value = null
    } else problem.value = result.error
  }

  onMounted(() => {
    void load()
    if (options.pollMs) timer = setInterval(() => void load(), options.pollMs)
  })
  onBeforeUnmount(() => clearInterval(timer))

  return { rows, loaded, loading, problem, load }
}
