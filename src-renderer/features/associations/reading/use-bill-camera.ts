// The kiosk's camera pointed at a paper bill (issue #11 point 5): a live preview, and every
// ~150 ms the frame is drawn on a canvas and handed to jsQR; a bill's code (MDT-CLIENTE:…) ends
// the reading with its codice cliente. The camera itself is ui/camera's stream: on only while the
// panel shows it, off when the code is read, the panel closes, the screen is left, the idle
// warning or the end of the visit covers the screen, and when the page goes.
import jsQR from 'jsqr'
import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import { codiceClienteFromQr } from '../../../../src-shared/domain/bill-code'
import { useCameraStream, type CameraFailure } from '../../../ui/camera/use-camera-stream'
import { useVisitStore } from '../../visit'

export type CameraState = 'off' | 'starting' | 'scanning' | 'failed'
export type { CameraFailure }

/** How often a frame is looked at: quick enough to feel instant, light on a kiosk's CPU. */
const SCAN_EVERY_MS = 150
/** Frames are scaled down to this width before decoding: a bill's QR code stays readable. */
const SCAN_WIDTH = 800

export function useBillCamera(onCode: (codiceCliente: string) => void) {
  const visit = useVisitStore()
  const video = shallowRef<HTMLVideoElement | null>(null)
  const camera = useCameraStream(() => video.value, {
    covered: () => visit.covered,
    ideal: { width: 1280, height: 720 },
  })
  /** A QR code was seen that is not a bill's. */
  const otherCode = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let canvas: HTMLCanvasElement | null = null

  const state = computed<CameraState>(() =>
    camera.state.value === 'live' ? 'scanning' : camera.state.value,
  )

  function scanFrame(): string | null {
    const element = video.value
    if (!element || element.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null
    const { videoWidth, videoHeight } = element
    if (!videoWidth || !videoHeight) return null
    const scale = Math.min(1, SCAN_WIDTH / videoWidth)
    const width = Math.round(videoWidth * scale)
    const height = Math.round(videoHeight * scale)
    canvas ??= document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) return null
    context.drawImage(element, 0, 0, width, height)
    const image = context.getImageData(0, 0, width, height)
    const found = jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })
    if (!found) return null
    const code = codiceClienteFromQr(found.data)
    if (!code) otherCode.value = true
    return code
  }

  function scanSoon(): void {
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (state.value !== 'scanning') return
      const code = scanFrame()
      if (code) {
        stop()
        onCode(code)
      } else scanSoon()
    }, SCAN_EVERY_MS)
  }

  watch(state, (now) => (now === 'scanning' ? scanSoon() : clearTimeout(timer)))

  /** Turns the camera on into `element` (the back camera when there is one) and scans. */
  function start(element: HTMLVideoElement): void {
    otherCode.value = false
    if (video.value === element) camera.retry()
    else video.value = element
  }

  function stop(): void {
    clearTimeout(timer)
    video.value = null
    canvas = null
  }

  onBeforeUnmount(stop)

  return { state, failure: camera.failure, otherCode, start, stop }
}
