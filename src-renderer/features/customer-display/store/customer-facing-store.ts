// Whether this window faces the customer right now: the customer display page itself, or the
// operator's window turned to the customer for one entry (one monitor). The frame (App.vue) then
// takes the kiosk's large sizes, and under the entry screen the operator's view is inert.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useCustomerFacingStore = defineStore('customer-facing', () => {
  /** The operator's window shows the customer-entry screen over everything of the operator. */
  const turned = ref(false)
  return { turned }
})
