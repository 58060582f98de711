// Serves the built renderer with the real services on 127.0.0.1 (see start-browser.mjs); the
// counter runs in its worker thread, as in the app (a crash is logged and the worker restarted).
// The printed URL carries a key made for this run (test/support/browser-host.ts): the door.
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { startBrowserHost } from '../test/support/browser-host'

const mode = process.argv.includes('--desk')
  ? 'desk'
  : process.argv.includes('--kiosk')
    ? 'kiosk'
    : undefined
const port = Number(process.env.PORT ?? 5174)
const dataDir = resolve(import.meta.dirname, '../.data')

function portInUse(): never {
  console.error(
    `Port ${port} is in use (another Sportello?). Stop it, or choose another port: ` +
      `PORT=${port + 1} npm run start:browser`,
  )
  process.exit(1)
}

// Asked before the counter starts (the demo data takes seconds): a taken port is one line.
await new Promise<void>((done) => {
  const probe = createServer()
  probe.once('error', (err: NodeJS.ErrnoException) =>
    err.code === 'EADDRINUSE' ? portInUse() : done(),
  )
  probe.listen(port, '127.0.0.1', () => probe.close(() => done()))
})

const starting = startBrowserHost({
  dataDir,
  mode,
  port,
  // SPORTELLO_DEMO=0: a counter without demo data, as installed (a new data directory starts at
  // the first-run setup).
  demo: process.env.SPORTELLO_DEMO !== '0',
  onDemoProgress: ({ phase, done, total }) =>
    process.stdout.write(`\rdemo data: ${phase} ${Math.round((done / total) * 100)}%   `),
})
const host = await starting.catch((err: NodeJS.ErrnoException) => {
  if (err.code !== 'EADDRINUSE') throw err
  portInUse()
})
console.log(
  `\nSportello (${host.counter.info.mode}) — open ${host.url}\n` +
    `The address carries this run's key: without it the host serves no page and runs no call ` +
    `(other programs on this machine cannot reach the counter). Data in ${host.counter.dataDir}, ` +
    `counter in its worker thread. Ctrl+C to stop.`,
)
process.on('SIGINT', () => void host.close().then(() => process.exit(0)))
