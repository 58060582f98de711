// `npm test`: every check CI runs, in order, stopping at the first failure.
// lint → typecheck → vitest (unit + integration on real SQLite and SMTP) → timing → build → Playwright.
import { spawnSync } from 'node:child_process'

const steps = [
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['unit + integration (vitest)', 'npx', ['vitest', 'run']],
  ['timing (vitest, alone)', 'npx', ['vitest', 'run', '--config', 'vitest.timing.config.mts']],
  ['build (electron-vite)', 'npx', ['electron-vite', 'build']],
  ['end to end (Playwright)', 'npx', ['playwright', 'test']],
]

// The project runs on the Node that Electron embeds (package.json engines, .nvmrc).
const major = Number(process.versions.node.split('.')[0])
console.log(`Node ${process.version} (${process.execPath})`)
if (major < 24) {
  console.error(
    `✗ Node ${process.version} is too old: the project needs Node 24 (.nvmrc). Run \`source scripts/node24.sh\` first.`,
  )
  process.exit(1)
}

const started = Date.now()
for (const [name, command, args] of steps) {
  const t0 = Date.now()
  console.log(`\n▶ ${name}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit' })
  const seconds = ((Date.now() - t0) / 1000).toFixed(1)
  if (status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`)
    process.exit(status ?? 1)
  }
  console.log(`✓ ${name} (${seconds} s)`)
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
