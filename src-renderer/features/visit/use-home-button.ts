// What the home buttons (the header's Inizio, the kiosk's Torna all'inizio) do. At a kiosk with
// nobody signed in, the way home is the end of the customer's visit: whatever a flow held is wiped
// and the start page comes back fresh, in Italian ('finished' when the flow on screen had
// reached its end, else 'exit'). A signed-in customer goes home within the visit; a desk just
// goes home. Bound with v-bind on a PrimeVue Button: a link either way.
import { computed } from 'vue'
import { useSessionStore } from '../session/store/session-store'
import { useAppStore } from '../shell/store/app-store'
import { useVisitStore } from './store/visit-store'
import { useVisitEnd } from './use-visit-end'

export function useHomeButton() {
  const app = useAppStore()
  const session = useSessionStore()
  const visit = useVisitStore()
  const { endVisit } = useVisitEnd()

  function endAndGoHome(event: Event): void {
    event.preventDefault()
    void endVisit(visit.flowFinished ? 'finished' : 'exit')
  }

  return computed(() =>
    app.isKiosk && !session.customer
      ? { as: 'a', href: '#/', onClick: endAndGoHome }
      : { as: 'router-link', to: '/' },
  )
}
