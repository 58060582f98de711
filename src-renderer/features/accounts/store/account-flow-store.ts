// What one customer flow hands to the next screen: the address a confirmation or reset mail went
// to, and when (for the resend countdown). In memory only, and cleared when the customer leaves
// the flow: the next customer at a kiosk must not find the last one's email typed in.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useAccountFlowStore = defineStore('account-flow', () => {
  const confirmEmail = ref('')
  const confirmMailAt = ref<number | null>(null)
  const resetEmail = ref('')
  const resetMailAt = ref<number | null>(null)

  function registered(email: string): void {
    confirmEmail.value = email
    confirmMailAt.value = Date.now()
  }

  function resetRequested(email: string): void {
    resetEmail.value = email
    resetMailAt.value = Date.now()
  }

  function clear(): void {
    confirmEmail.value = ''
    confirmMailAt.value = null
    resetEmail.value = ''
    resetMailAt.value = null
  }

  return {
    confirmEmail,
    confirmMailAt,
    resetEmail,
    resetMailAt,
    registered,
    resetRequested,
    clear,
  }
})
