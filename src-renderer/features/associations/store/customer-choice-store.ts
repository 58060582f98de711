// Which of the account's customers (utenze: home, business…) the area clienti is showing, the one
// just associated (said once on arrival), and what the association form held when the customer
// went to look for a lost codice cliente. In memory only, like every store: the reload that ends
// a visit drops it, and a change of who is signed in resets it.
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { ChannelOutput } from '../../../../src-shared/ipc'
import { useSessionStore } from '../../session/store/session-store'
import type { CustomerKind } from '../tax-code'

export type AssociatedCustomer = ChannelOutput<'associations:add'>

/** The association form as typed, kept while the customer looks up a lost codice cliente. */
export type AssociationDraft = {
  customerName: string
  customerKind: CustomerKind | null
  codiceCliente: string
  taxCode: string
}

export const useCustomerChoiceStore = defineStore('customer-choice', () => {
  const session = useSessionStore()
  const selectedCode = ref<string | null>(null)
  const added = ref<AssociatedCustomer | null>(null)
  const draft = ref<AssociationDraft | null>(null)

  const customers = computed(() => session.customer?.customers ?? [])
  /** The customer the area shows: the one chosen, else the account's first. */
  const current = computed(
    () =>
      customers.value.find((c) => c.codiceCliente === selectedCode.value) ??
      customers.value[0] ??
      null,
  )

  function select(codiceCliente: string): void {
    selectedCode.value = codiceCliente
  }

  /** After an association: the area opens on that customer and says it was added. */
  function associated(customer: AssociatedCustomer): void {
    selectedCode.value = customer.codiceCliente
    added.value = customer
  }

  /** The customer just added, once. */
  function takeAdded(): AssociatedCustomer | null {
    const value = added.value
    added.value = null
    return value
  }

  function keepDraft(value: AssociationDraft): void {
    draft.value = { ...value }
  }

  function takeDraft(): AssociationDraft | null {
    const value = draft.value
    draft.value = null
    return value
  }

  function reset(): void {
    selectedCode.value = null
    added.value = null
    draft.value = null
  }

  // Another person signed in (or nobody): nothing of the last one's choices stays.
  watch(
    () => session.customer?.email ?? null,
    (now, before) => {
      if (now !== before) reset()
    },
  )

  return {
    selectedCode,
    current,
    customers,
    select,
    associated,
    takeAdded,
    keepDraft,
    takeDraft,
    reset,
  }
})
