// The kiosk's camera, declared rather than switched: it is on exactly while `target()` names a
// <video> to show it in, the page is visible and nothing covers the screen (`covered()`: the
// visit's idle warning or its end); every track is stopped as soon as one of these goes, and on
// unmount. It comes back by itself when the screen is uncovered or shown again. What is known of
// why it cannot be used (refused, missing, busy) is kept for the customer to be told. Used for a
// bill's QR code (features/associations) and an ID document's photos (features/requests).
import { computed, onBeforeUnmount, ref, watch } from 'vue'

export type CameraStreamState = 'off' | 'starting' | 'live' | 'failed'
/** Why the camera cannot be used, as the customer is told. */
export type CameraFailure = 'denied' | 'missing' | 'busy' | 'failed'

/** getUserMedia's error names, by what they mean for the customer. */
const failureByErrorName: Readonly<Record<string, CameraFailure>> = {
  NotAllowedError: 'denied',
  SecurityError: 'denied',
  NotFoundError: 'missing',
  OverconstrainedError: 'missing',
  NotReadableError: 'busy',
  AbortError: 'busy',
}

export function cameraFailureOf(error: unknown): CameraFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  return failureByErrorName[name] ?? 'failed'
}

export function useCameraStream(
  target: () => HTMLVideoElement | null,
  options: {
    covered: () => boolean
    /** The picture asked for: a card's small print wants the most pixels, a QR code less. */
    ideal?: { width: number; height: number }
  },
) {
  const ideal = options.ideal ?? { width: 1920, height: 1080 }
  const state = ref<CameraStreamState>('off')
  const failure = ref<CameraFailure | null>(null)
  const pageShown = ref(document.visibilityState !== 'hidden')

  let stream: MediaStream | null = null
  let shownIn: HTMLVideoElement | null = null
  /** Bumped by every open and close: the late answer of an older open is let go at once. */
  let generation = 0

  const wanted = computed(() => (options.covered() || !pageShown.value ? null : target()))

  function close(): void {
    generation++
    stream?.getTracks().forEach((track) => track.stop())
    stream = null
    if (shownIn) {
      shownIn.pause()
      shownIn.srcObject = null
    }
    shownIn = null
    if (state.value !== 'failed') state.value = 'off'
  }

  function fail(reason: CameraFailure): void {
    close()
    state.value = 'failed'
    failure.value = reason
  }

  async function open(element: HTMLVideoElement): Promise<void> {
    close()
    const run = ++generation
    state.value = 'starting'
    failure.value = null
    if (!navigator.mediaDevices?.getUserMedia) return fail('missing')
    let media: MediaStream
    try {
      media = await navigator.mediaDevices.getUserMedia({
        audio: false,
        // The back camera when there is one.
        video: {
          facingMode: { ideal: 'environment' },
          width: { ideal: ideal.width },
          height: { ideal: ideal.height },
        },
      })
    } catch (error) {
      if (run === generation) fail(cameraFailureOf(error))
      return
    }
    if (run !== generation) return media.getTracks().forEach((track) => track.stop())
    stream = media
    shownIn = element
    // Unplugged, or taken by another program, while the customer aims.
    media.getVideoTracks().forEach((track) =>
      track.addEventListener('ended', () => {
        if (run === generation) fail('missing')
      }),
    )
    element.muted = true
    element.playsInline = true
    element.srcObject = media
    try {
      await element.play()
    } catch {
      // A play() interrupted by a close: the close has already run.
    }
    if (run === generation) state.value = 'live'
  }

  /** Asks for the camera again (after a failure, or for a busy camera that may be free now). */
  function retry(): void {
    const element = wanted.value
    if (element) void open(element)
  }

  watch(wanted, (element) => (element ? void open(element) : close()), { immediate: true })

  const onVisibility = () => (pageShown.value = document.visibilityState !== 'hidden')
  const onPageHide = () => {
    pageShown.value = false
    close()
  }
  const onPageShow = () => (pageShown.value = document.visibilityState !== 'hidden')
  document.addEventListener('visibilitychange', onVisibility)
  window.addEventListener('pagehide', onPageHide)
  window.addEventListener('pageshow', onPageShow)
  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('pagehide', onPageHide)
    window.removeEventListener('pageshow', onPageShow)
    close()
  })

  return { state, failure, retry }
}
