// Requests with an ID document (issue #13): what other features use of it.
export { default as DeskRequests } from './components/DeskRequests.vue'
export { default as ScanFilePicker } from './components/ScanFilePicker.vue'
// The kiosk's capture of an ID document's two sides with the camera (capture/).
export { default as IdDocumentCapture } from './capture/IdDocumentCapture.vue'
export { bothSides, emptySides, type DocumentSide, type IdDocumentSides } from './capture/sides'
export type { CameraFailure } from '../../ui/camera/use-camera-stream'
