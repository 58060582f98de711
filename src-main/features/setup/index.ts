// First-run setup of an unconfigured installation: the one-time key and the setup itself
// (mode, office, the first admin). Owns no table: what it stores belongs to settings and operators.
export { createSetupService, type SetupDeps } from './setup-service'
export { setupHandlers } from './setup-handlers'
export { ensureSetupKey, removeSetupKey, setupKeyFile } from './setup-key'
