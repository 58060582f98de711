// The kiosk's camera pointed at a paper bill (issue #11 point 5): a live preview, and every
// ~150 ms the frame is drawn on a canvas and handed to jsQR; a bill's code (MDT-CLIENTE:…) ends
// the reading with its codice cliente. The camera is on only while the panel shows it: every
// track is stopped when the code is read, when the panel closes, when the screen is left, when
// the idle warning or the end of the visit covers the screen, and when the page goes.
import jsQR from 'jsqr'
import { onBeforeUnmount, ref, watch } from 'vue'
import { codiceClienteFromQr } from '../../../../src-shared/domain/bill-code'
import { useVisitStore } from '../../visit'

export type CameraState = 'off' | 'starting' | 'scanning' | 'failed'
/** Why the camera could not be used, as the customer is told. */
export type CameraFailure = 'denied' | 'missing' | 'busy' | 'failed'

/** How often a frame is looked at: quick enough to feel instant, light on a kiosk's CPU. */
const SCAN_EVERY_MS = 150
/** Frames are scaled down to this width before decoding: a bill's QR code stays readable. */
const SCAN_WIDTH = 800

function failureOf(error: unknown): CameraFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing'
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy'
  return 'failed'
}

export function useBillCamera(onCode: (codiceCliente: string) => void) {
  const visit = useVisitStore()
  const state = ref<CameraState>('off')
  const failure = ref<CameraFailure | null>(null)
  /** A QR code was seen that is not a bill's. */
  const otherCode = ref(false)

  let stream: MediaStream | null = null
  let video: HTMLVideoElement | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let canvas: HTMLCanvasElement | null = null
  /** Bumped by every start and stop: a late answer of an older start is let go at once. */
  let generation = 0

  function stopTracks(media: MediaStream | null): void {
    media?.getTracks().forEach((track) => track.stop())
  }

  function stop(): void {
    generation++
    clearTimeout(timer)
    timer = undefined
    stopTracks(stream)
    stream = null
    if (video) {
      video.pause()
      video.srcObject = null
    }
    video = null
    canvas = null
    if (state.value !== 'failed') state.value = 'off'
  }

  function scanFrame(): string | null {
    if (!video || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null
    const { videoWidth, videoHeight } = video
    if (!videoWidth || !videoHeight) return null
    const scale = Math.min(1, SCAN_WIDTH / videoWidth)
    const width = Math.round(videoWidth * scale)
    const height = Math.round(videoHeight * scale)
    canvas ??= document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) return null
    context.drawImage(video, 0, 0, width, height)
    const image = context.getImageData(0, 0, width, height)
    const found = jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })
    if (!found) return null
    const code = codiceClienteFromQr(found.data)
    if (!code) otherCode.value = true
    return code
  }

  function scanSoon(run: number): void {
    timer = setTimeout(() => {
      if (run !== generation) return
      const code = scanFrame()
      if (code) {
        stop()
        onCode(code)
      } else scanSoon(run)
    }, SCAN_EVERY_MS)
  }

  /** Turns the camera on into `element` (the back camera when there is one) and scans. */
  async function start(element: HTMLVideoElement): Promise<void> {
    stop()
    const run = ++generation
    state.value = 'starting'
    failure.value = null
    otherCode.value = false
    if (!navigator.mediaDevices?.getUserMedia) {
      state.value = 'failed'
      failure.value = 'missing'
      return
    }
    let media: MediaStream
    try {
      media = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: {
          facingMode: { ideal: 'environment' },
          width: { ideal: 1280 },
          height: { ideal: 720 },
        },
      })
    } catch (error) {
      if (run !== generation) return
      state.value = 'failed'
      failure.value = failureOf(error)
      return
    }
    // Closed (or covered) while the camera was being asked for: off again at once.
    if (run !== generation) return stopTracks(media)
    stream = media
    video = element
    element.muted = true
    element.playsInline = true
    element.srcObject = media
    try {
      await element.play()
    } catch {
      // A play() interrupted by the panel closing: the stop has already run.
      if (run !== generation) return
    }
    if (run !== generation) return
    state.value = 'scanning'
    scanSoon(run)
  }

  // The idle warning or the end of the visit covers the screen: nobody is holding a bill.
  watch(
    () => visit.covered,
    (covered) => {
      if (covered) stop()
    },
  )
  const onPageHide = () => stop()
  window.addEventListener('pagehide', onPageHide)
  onBeforeUnmount(() => {
    window.removeEventListener('pagehide', onPageHide)
    stop()
  })

  return { state, failure, otherCode, start, stop }
}
