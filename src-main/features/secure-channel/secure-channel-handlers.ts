import type { HandlersFor } from '../../ipc/registry'
import type { SecureChannel } from './secure-channel-service'

export function secureChannelHandlers(deps: {
  secureChannel: SecureChannel
}): HandlersFor<
  'channel:status' | 'channel:reconfirm' | 'channel:send-otp' | 'channel:verify-otp'
> {
  const { secureChannel } = deps
  return {
    'channel:status': (input, caller) => secureChannel.status(input, caller),
    'channel:reconfirm': (input, caller) => secureChannel.reconfirm(input, caller),
    'channel:send-otp': (input, caller) => secureChannel.sendOtp(input, caller),
    'channel:verify-otp': (input, caller) => secureChannel.verifyOtp(input, caller),
  }
}
