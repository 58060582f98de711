// The customer display (issue #10 point 7): a desk's secrets typed by the customer on a screen
// that faces them, and revealed to the operator's flow by entry id. Owns no table: all in memory.
export {
  createCustomerDisplay,
  ENTRY_TTL_MS,
  PAIRING_CODE_TTL_MS,
  type CustomerDisplay,
} from './display-service'
export { displayHandlers } from './display-handlers'
export { createSecretReveal, type SecretFields, type SecretReveal } from './secret-reveal'
