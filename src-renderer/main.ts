// Renderer entry: fonts and styles (all static files, as the CSP requires), then the Vue app.
import '@fontsource/titillium-web/400.css'
import '@fontsource/titillium-web/600.css'
import '@fontsource/titillium-web/700.css'
import 'primeicons/primeicons.css'
import './ui/theme/primevue-theme.generated.css'
import './ui/styles/base.css'
import './ui/styles/flows.css'
import './ui/styles/desk.css'
import './ui/styles/visit.css'
import './features/customer-display/customer-display.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { useSessionStore } from './features/session/store/session-store'
import { useAppStore } from './features/shell/store/app-store'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { installPrimeVue } from './ui/primevue/install'

async function start(): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(createAppI18n())
  installPrimeVue(app)
  // Mode, version and who is signed in first, so the router's guards and the first screen drawn
  // are already the right ones (kiosk or desk, sign-in or start page).
  const appStore = useAppStore(pinia)
  await appStore.load()
  // The customer display (a second monitor's window, a paired page) never takes up the operator
  // remembered on this workstation (RICORDAMI): it faces the customer.
  const facesCustomer = window.location.hash.startsWith('#/schermo-cliente')
  await useSessionStore(pinia).start(appStore.mode, { resume: !facesCustomer })
  // A kiosk's pages in memory, a desk's in the address (router.ts).
  app.use(createAppRouter(appStore.mode))
  app.mount('#app')
}

void start()
