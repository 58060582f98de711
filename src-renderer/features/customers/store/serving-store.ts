// Whom this window's operator is serving ("Servi questo cliente"), as main keeps it: asked at
// start and after each sign-in, forgotten at sign-out. The banner under the header reads it;
// Fine servizio is the end of a visit (features/visit), which reloads the screen.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ServedCustomer } from '../../../../src-shared/ipc'
import { invoke } from '../../../ipc/client'

export const useServingStore = defineStore('serving', () => {
  const served = ref<ServedCustomer | null>(null)

  /** Asks main; on any failure (no operator, a kiosk) nobody is being served here. */
  async function load(): Promise<void> {
    const result = await invoke((main) => main.customers.serving({}))
    served.value = result.ok ? result.value : null
  }

  async function serve(codiceCliente: string) {
    const result = await invoke((main) => main.customers.serve({ codiceCliente }))
    if (result.ok) served.value = result.value
    return result
  }

  function clear(): void {
    served.value = null
  }

  return { served, load, serve, clear }
})
