// The customer display (issue #10 point 7): at a desk the customer types their secrets on a
// screen that faces them; the operator's flows name what was typed by its entry id. What other
// features use of it.
export { default as CustomerEntry } from './components/CustomerEntry.vue'
export { useCustomerFacingStore } from './store/customer-facing-store'
export { entryField, refusedEntries } from './entry-refs'
