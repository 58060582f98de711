// A customer's visit (kiosk) and a desk's service to a customer: its idle timeout and warning,
// its end (main first, then the page wipes itself and reloads), the notice after it, and the
// admin's idle settings. What other features use of it.
export { default as VisitLayer } from './components/VisitLayer.vue'
export { default as IdleTimeoutsForm } from './components/IdleTimeoutsForm.vue'
export { useVisitStore } from './store/visit-store'
export { useVisitEnd, type VisitEndReason } from './use-visit-end'
export { useHomeButton } from './use-home-button'
