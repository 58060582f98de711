// Serves the built renderer with the real services on 127.0.0.1 (see start-browser.mjs); the
// counter runs in its worker thread, as in the app (a crash is logged and the worker restarted).
// The printed URL carries a key made for this run (test/support/browser-host.ts): the door.
import { resolve } from 'node:path'
import { startBrowserHost } from '../test/support/browser-host'

const mode = process.argv.includes('--desk')
  ? 'desk'
  : process.argv.includes('--kiosk')
    ? 'kiosk'
    : undefined
const port = Number(process.env.PORT ?? 5174)
const dataDir = resolve(import.meta.dirname, '../.data')

const host = await startBrowserHost({
  dataDir,
  mode,
  port,
  // SPORTELLO_DEMO=0: a counter without demo data, as installed (a new data directory starts at
  // the first-run setup).
  demo: process.env.SPORTELLO_DEMO !== '0',
  onDemoProgress: ({ phase, done, total }) =>
    process.stdout.write(`\rdemo data: ${phase} ${Math.round((done / total) * 100)}%   `),
})
console.log(
  `\nSportello (${host.counter.info.mode}) — open ${host.url}\n` +
    `The address carries this run's key: without it the host serves no page and runs no call ` +
    `(other programs on this machine cannot reach the counter). Data in ${host.counter.dataDir}, ` +
    `counter in its worker thread. Ctrl+C to stop.`,
)
process.on('SIGINT', () => void host.close().then(() => process.exit(0)))
