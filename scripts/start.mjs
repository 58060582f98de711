// `npm start`: the app in Electron. Checks the Electron binary is there, builds better-sqlite3
// once for Electron's ABI into .electron-native/ (the Node binding in node_modules stays as the
// tests need it), builds with electron-vite, and starts Electron with that binding. Arguments
// pass through: `npm start -- --kiosk`, `--desk`, `--no-demo`.
import { spawn, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const nativeDir = join(root, '.electron-native')
const binding = join(nativeDir, 'better_sqlite3.node')
const stampFile = join(nativeDir, 'stamp.json')

function fail(message) {
  console.error(`\n✗ ${message}\n`)
  process.exit(1)
}

// Never require('electron') here: when its binary is missing that starts a download.
function electronBinary() {
  const pkgDir = dirname(require.resolve('electron/package.json'))
  const pathTxt = join(pkgDir, 'path.txt')
  if (!existsSync(pathTxt)) return undefined
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkgDir, 'dist')
  const binary = join(dist, readFileSync(pathTxt, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

async function ensureNativeBinding(electronVersion) {
  if (process.env.SPORTELLO_SQLITE_BINDING) return process.env.SPORTELLO_SQLITE_BINDING
  const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'))
  const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version
  const stamp = JSON.stringify({
    electronVersion,
    sqliteVersion,
    platform: process.platform,
    arch: process.arch,
  })
  if (existsSync(binding) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp)
    return binding

  console.log(`▶ building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)`)
  // Rebuild a copy, so node_modules/better-sqlite3 keeps the Node binding the tests load.
  const work = join(nativeDir, 'build')
  rmSync(work, { recursive: true, force: true })
  const copy = join(work, 'node_modules', 'better-sqlite3')
  cpSync(sqliteDir, copy, { recursive: true, filter: (src) => src !== join(sqliteDir, 'build') })
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({
      name: 'sportello-electron-native',
      private: true,
      dependencies: { 'better-sqlite3': sqliteVersion },
    }),
  )
  try {
    const { rebuild } = await import('@electron/rebuild')
    await rebuild({
      buildPath: work,
      electronVersion,
      onlyModules: ['better-sqlite3'],
      force: true,
      mode: 'sequential',
    })
  } catch (err) {
    rmSync(work, { recursive: true, force: true })
    fail(
      `Could not build better-sqlite3 for Electron ${electronVersion}: ${err instanceof Error ? err.message : err}\n` +
        '  It needs the Electron headers (downloaded from electronjs.org) and a C++ toolchain.\n' +
        '  Or point SPORTELLO_SQLITE_BINDING at a better_sqlite3.node built for this Electron.',
    )
  }
  copyFileSync(join(copy, 'build', 'Release', 'better_sqlite3.node'), binding)
  writeFileSync(stampFile, stamp)
  rmSync(work, { recursive: true, force: true })
  return binding
}

const electron = electronBinary()
if (!electron) {
  fail(
    'The Electron binary is not installed (node_modules/electron/path.txt and dist/ are missing).\n' +
      '  Electron downloads it from GitHub on first use, which this machine cannot reach.\n' +
      '  On a machine with internet access run `npx install-electron`, then `npm start` again.\n' +
      '  Here, run the same app in a browser instead:  npm run start:browser',
  )
}

const electronVersion = JSON.parse(
  readFileSync(require.resolve('electron/package.json'), 'utf8'),
).version
mkdirSync(nativeDir, { recursive: true })
const sqliteBinding = await ensureNativeBinding(electronVersion)

console.log('▶ electron-vite build')
const viteCli = join(
  dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
)
const build = spawnSync(process.execPath, [viteCli, 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const env = { ...process.env, SPORTELLO_SQLITE_BINDING: sqliteBinding }
delete env.ELECTRON_RUN_AS_NODE // would start Electron as plain Node
const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
