// The state of a customer's visit (kiosk) or service (desk) the whole screen must know: whether
// the idle warning covers it, whether the visit is being ended (the page then shows nothing of
// the customer until it reloads), whether the flow on screen is finished, and the notice the last
// page left ("Sessione terminata…"). In memory only, like every store: the reload drops it.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { takeEndNotice, type EndNotice } from '../wipe-screen'

export const useVisitStore = defineStore('visit', () => {
  const warning = ref(false)
  const ending = ref(false)
  /** The flow on screen reached its end ("Registrazione confermata"): leaving is "finished". */
  const flowFinished = ref(false)
  const notice = ref<EndNotice | null>(takeEndNotice())

  /** The screen under the warning or the wipe: nothing of it may be reached. */
  const covered = computed(() => warning.value || ending.value)

  function finishFlow(): void {
    flowFinished.value = true
  }

  /** Starts ending the visit; answers false when it is already being ended. */
  function beginEnd(): boolean {
    if (ending.value) return false
    ending.value = true
    warning.value = false
    return true
  }

  return { warning, ending, flowFinished, notice, covered, finishFlow, beginEnd }
})
