// The secure channel (issue #12; owns counter_secure_channels and counter_otp_challenges): the
// three phases of seed 003, OTP by email (SMS with the gateway), and the rule that a disposizione
// needs a confirmed channel (`requireChannel`).
export {
  createSecureChannel,
  maskContact,
  OTP_SENDS_PER_HOUR,
  OTP_VALIDITY_MS,
  RECONFIRMED_FOR_MS,
  type SecureChannel,
} from './secure-channel-service'
export { secureChannelHandlers } from './secure-channel-handlers'
