// The app's identity and the replica's status screen.
export { systemHandlers } from './system-handlers'
