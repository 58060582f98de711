// `npm start`: the app in Electron. Installs the Electron binary when it is missing (Electron's
// own `install-electron`, which downloads it: npm ci no longer does), builds with electron-vite
// and starts Electron. better-sqlite3's Node-API binary serves Node and Electron alike, so there
// is nothing to rebuild. Arguments pass through: `npm start -- --kiosk`, `--desk`, `--no-demo`.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))

function fail(message) {
  console.error(`\n✗ ${message}\n`)
  process.exit(1)
}

// Never require('electron') here: when its binary is missing that starts a download by itself.
function electronBinary() {
  const pathTxt = join(electronDir, 'path.txt')
  if (!existsSync(pathTxt)) return undefined
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist')
  const binary = join(dist, readFileSync(pathTxt, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

let electron = electronBinary()
if (!electron) {
  console.log('▶ installing the Electron binary (npx install-electron)')
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    stdio: 'inherit',
  })
  electron = install.status === 0 ? electronBinary() : undefined
  if (!electron) {
    fail(
      'The Electron binary could not be installed: Electron downloads it from GitHub, which this\n' +
        '  machine cannot reach (or the download failed).\n' +
        '  - With internet access: run `npx install-electron`, then `npm start` again.\n' +
        '  - Behind a mirror: set ELECTRON_MIRROR to it, then `npm start` again.\n' +
        '  - Here and now: the same app in a browser, with the same services:  npm run start:browser',
    )
  }
}

console.log('▶ electron-vite build')
const viteCli = join(
  dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
)
const build = spawnSync(process.execPath, [viteCli, 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const env = { ...process.env }
delete env.ELECTRON_RUN_AS_NODE // would start Electron as plain Node
const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
