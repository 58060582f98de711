// A recording SMTP server in its own process, so a benchmark's client and server do not share
// one event loop (as a real mail relay would not). Asks: 'stats' → { accepted, copies }.
import { startRecordingSmtpServer } from '../../test/support/recording-smtp-server'

const server = await startRecordingSmtpServer()
process.on('message', (message: unknown) => {
  if (message === 'stats') {
    process.send?.({
      accepted: server.messages.length,
      copies: Object.fromEntries(server.copiesByMessageId()),
    })
  } else if (message === 'reset') {
    server.messages.length = 0
    process.send?.('reset')
  } else if (message === 'close') {
    void server.close().then(() => process.exit(0))
  }
})
process.send?.({ port: server.port })
