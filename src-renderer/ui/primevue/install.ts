// PrimeVue for Sportello: styled-mode class names, CSS from the static generated file, no
// runtime <style> elements (see ./no-runtime-styles.ts), no ripple (a touch screen already gives
// feedback, and the ripple is motion some users find distracting).
import './no-runtime-styles'
import type { App } from 'vue'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'

export function installPrimeVue(app: App): void {
  app.use(PrimeVue, { theme: 'none', ripple: false })
  app.use(ToastService)
}
