// Requests with an ID document (issue #13): what other features use of it.
export { default as DeskRequests } from './components/DeskRequests.vue'
export { default as ScanFilePicker } from './components/ScanFilePicker.vue'
