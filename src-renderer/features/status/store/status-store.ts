// The status screen's data: the replica's size and where it lives, read from main on demand.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppError, ReplicaStatus } from '../../../../src-shared/ipc'
import { invoke } from '../../../ipc/client'

export const useStatusStore = defineStore('status', () => {
  const status = ref<ReplicaStatus | null>(null)
  const error = ref<AppError | null>(null)
  const loading = ref(false)
  let latestRequest = 0

  async function load(): Promise<void> {
    // A slow answer must not overwrite a newer one (Riprova pressed twice, screen reopened).
    const request = ++latestRequest
    loading.value = true
    error.value = null
    const result = await invoke((main) => main.system.status({}))
    if (request !== latestRequest) return
    loading.value = false
    if (result.ok) status.value = result.value
    else {
      status.value = null
      error.value = result.error
    }
  }

  return { status, error, loading, load }
})
