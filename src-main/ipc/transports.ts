// The transports a call can come by, as `Connection.transport` names them: the app's own windows
// over Electron's IPC (src-main/app/ipc-adapter.ts); the tests' browser host and test harness use
// names of their own.
export const ELECTRON_TRANSPORT = 'electron-ipc'
