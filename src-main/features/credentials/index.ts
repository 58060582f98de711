// Credentials, for customers and operators alike: the sign-in gate (lockout, constant-cost
// verify, counted failures; owns counter_login_throttle), the password policy and strength, and
// the change of a signed-in subject's password.
export {
  clearFailures,
  deleteAllThrottles,
  lockedUntil,
  throttleState,
  releaseAttempt,
  reserveAttempts,
  DEVICE_POLICY,
  SUBJECT_POLICY,
  DEVICE_FREE_FAILURES,
  FREE_FAILURES,
  LOCKOUT_STEPS_MS,
} from './login-throttle'
export {
  createPasswordGate,
  createSecretGate,
  type GateDenial,
  type PasswordGate,
  type SecretGate,
} from './password-gate'
export { checkPassword } from './password-strength'
export { createPasswordChange, newPasswordFailure, type CredentialStore } from './password-change'
export { deviceKey, throttleKey, unknownSubjectKey } from './throttle-keys'
