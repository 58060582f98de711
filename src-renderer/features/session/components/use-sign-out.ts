// ESCI: back to the start page first, then end the session in main, so no page that needs the
// session is ever drawn without it. At a desk the start page then asks an operator to sign in.
import { useToast } from 'primevue/usetoast'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { useSessionStore } from '../store/session-store'

export function useSignOut() {
  const router = useRouter()
  const session = useSessionStore()
  const toast = useToast()
  const { t } = useI18n()

  return async (): Promise<void> => {
    await router.push({ name: 'home' })
    // Ending the session sweeps its notices away (App.vue); this one is for whoever looks next.
    await session.logout()
    toast.add({ severity: 'info', summary: t('session.loggedOut'), life: 5000 })
  }
}
