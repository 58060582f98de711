// `npm run start:browser`: the app in a browser, for machines where Electron cannot run.
// Builds the renderer and serves it with the real main-process services through the browser
// test transport (test/support/browser-host.ts) on http://127.0.0.1:5174, and prints the address
// to open: it carries a key made for this run (`/?k=…`), without which the host serves no page
// and runs no call. Development only.
import { spawnSync } from 'node:child_process'

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const run = spawnSync(
  'node',
  ['--import', 'tsx', 'scripts/serve-browser.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
)
process.exit(run.status ?? 0)
