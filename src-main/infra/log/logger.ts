// Structured logging (pino). Secrets never reach a log line: known secret fields are redacted.
import pino from 'pino'

export type Logger = pino.Logger

export function createLogger(
  options: { level?: string; destination?: pino.DestinationStream } = {},
): Logger {
  return pino(
    {
      level: options.level ?? process.env.SPORTELLO_LOG_LEVEL ?? 'info',
      redact: {
        paths: [
          '*.password',
          '*.newPassword',
          '*.otp',
          '*.token',
          '*.code',
          'password',
          'token',
          'otp',
        ],
        censor: '[redacted]',
      },
    },
    options.destination ?? pino.destination(2),
  )
}

export const silentLogger: Logger = pino({ level: 'silent' })
