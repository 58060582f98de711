// What the whole UI needs to know about this installation (kiosk or desk, version, demo data)
// and the language chosen on screen. Nothing here is persisted: a kiosk is a shared device and
// the next customer must find it in Italian, as the last one did not leave it. When main says its
// counter restarted (COUNTER_RESTARTING on any call), `restarted` replaces every screen.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AppError, AppInfo } from '../../../../src-shared/ipc'
import { invoke, onCounterRestarting } from '../../../ipc/client'
import { defaultLocale, type Locale } from '../../../i18n'

export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  const error = ref<AppError | null>(null)
  const loading = ref(false)
  const locale = ref<Locale>(defaultLocale)
  /** Main's counter restarted under this screen: its state (session, wizard) is gone. */
  const restarted = ref(false)
  onCounterRestarting(() => (restarted.value = true))

  // Until main has answered, assume a kiosk: the more restrictive of the two.
  const mode = computed(() => info.value?.mode ?? 'kiosk')
  const isKiosk = computed(() => mode.value === 'kiosk')
  const version = computed(() => info.value?.version ?? '')
  const demo = computed(() => info.value?.demo ?? false)

  async function load(): Promise<void> {
    loading.value = true
    const result = await invoke((main) => main.app.info({}))
    loading.value = false
    if (result.ok) {
      info.value = result.value
      error.value = null
    } else {
      error.value = result.error
    }
  }

  function setLocale(next: Locale): void {
    locale.value = next
  }

  /** After a restart: a fresh page at the home screen, nothing of the old state kept. */
  function startOver(): void {
    window.history.replaceState(null, '', '#/')
    window.location.reload()
  }

  return {
    info,
    error,
    loading,
    locale,
    restarted,
    mode,
    isKiosk,
    version,
    demo,
    load,
    setLocale,
    startOver,
  }
})
