import type { HandlersFor } from '../../ipc/registry'
import type { SecretReveal } from '../customer-display'
import type { SecureChannel } from './secure-channel-service'

/** At a desk the customer types their password and the OTP on the customer display. */
const secrets = {
  reconfirm: { password: 'password' },
  verifyOtp: { code: 'code' },
} as const

export function secureChannelHandlers(deps: {
  secureChannel: SecureChannel
  reveal: SecretReveal
}): HandlersFor<
  'channel:status' | 'channel:reconfirm' | 'channel:send-otp' | 'channel:verify-otp'
> {
  const { secureChannel, reveal } = deps
  return {
    'channel:status': (input, caller) => secureChannel.status(input, caller),
    'channel:reconfirm': async (input, caller) => {
      const typed = reveal(input, secrets.reconfirm, caller)
      return typed.ok ? secureChannel.reconfirm(typed.value, caller) : typed
    },
    'channel:send-otp': (input, caller) => secureChannel.sendOtp(input, caller),
    'channel:verify-otp': async (input, caller) => {
      const typed = reveal(input, secrets.verifyOtp, caller)
      return typed.ok ? secureChannel.verifyOtp(typed.value, caller) : typed
    },
  }
}
