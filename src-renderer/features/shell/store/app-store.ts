// What the whole UI needs to know about this installation (kiosk, desk or not yet configured,
// version, demo data) and the language chosen on screen. Nothing here is persisted: a kiosk is a shared device and
// the next customer must find it in Italian, as the last one did not leave it. When main says its
// counter restarted (COUNTER_RESTARTING on any call), `restarted` replaces every screen.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DEFAULT_TIME_ZONE, type AppError, type AppInfo } from '../../../../src-shared/ipc'
import { invoke, onCounterRestarting } from '../../../ipc/client'
import { defaultLocale, type Locale } from '../../../i18n'

export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  const error = ref<AppError | null>(null)
  const loading = ref(false)
  const locale = ref<Locale>(defaultLocale)
  /** Main's counter restarted under this screen: its state (session, wizard) is gone. */
  const restarted = ref(false)
  /** The first-run setup is stored and the counter starts again in its mode, as planned. */
  const configuring = ref(false)
  /**
   * The kiosk customer's reading aids (the footer's switches: DisplaySwitches). Like the
   * language they belong to one visit: the reload that ends it turns them off.
   */
  const largeText = ref(false)
  const highContrast = ref(false)
  onCounterRestarting(() => {
    // A restart the setup asked for is not the crash the "restarted" screen tells about.
    if (!configuring.value) restarted.value = true
  })

  // Until main has answered, assume a kiosk: the more restrictive of the two.
  const mode = computed(() => info.value?.mode ?? 'kiosk')
  const isKiosk = computed(() => mode.value === 'kiosk')
  /** An installed counter with no configuration: only the first-run setup is served. */
  const isSetup = computed(() => mode.value === 'setup')
  const version = computed(() => info.value?.version ?? '')
  const demo = computed(() => info.value?.demo ?? false)
  /** The office's clock: every time on screen is shown in it (main's default until it answers). */
  const timeZone = computed(() => info.value?.timeZone ?? DEFAULT_TIME_ZONE)
  /** The office's name on its screens; '' until it is set. */
  const officeName = computed(() => info.value?.officeName ?? '')

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

  /**
   * After the first-run setup: asks main what it serves every `intervalMs` until the counter
   * is back in its configured mode, then starts over on a fresh page. The answers are not
   * adopted here: this page was built for the setup and is left as it is until it reloads.
   * (In Electron the whole app relaunches and this page simply goes away.)
   */
  async function awaitConfiguredCounter(intervalMs = 500): Promise<void> {
    configuring.value = true
    for (;;) {
      const result = await invoke((main) => main.app.info({}))
      if (result.ok && result.value.mode !== 'setup') return startOver()
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  }

  return {
    info,
    error,
    loading,
    locale,
    restarted,
    configuring,
    mode,
    isKiosk,
    isSetup,
    version,
    demo,
    timeZone,
    officeName,
    largeText,
    highContrast,
    load,
    setLocale,
    startOver,
    awaitConfiguredCounter,
  }
})
