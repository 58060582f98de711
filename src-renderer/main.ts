// Renderer entry: fonts and styles (all static files, as the CSP requires), then the Vue app.
import '@fontsource/titillium-web/400.css'
import '@fontsource/titillium-web/600.css'
import '@fontsource/titillium-web/700.css'
import 'primeicons/primeicons.css'
import './ui/theme/primevue-theme.generated.css'
import './ui/styles/base.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { useAppStore } from './features/shell/store/app-store'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { installPrimeVue } from './ui/primevue/install'

async function start(): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(createAppI18n()).use(createAppRouter())
  installPrimeVue(app)
  // Mode and version first, so the first screen drawn is already the right one (kiosk or desk).
  await useAppStore(pinia).load()
  app.mount('#app')
}

void start()
