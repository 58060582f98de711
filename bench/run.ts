// `npm run bench`: every benchmark, one line per figure (PERFORMANCE.md). Not part of `npm test`.
import { spawnSync } from 'node:child_process'

for (const file of [
  'bench/login.bench.ts',
  'bench/password-strength.bench.ts',
  'bench/outbox.bench.ts',
  'bench/hot-read.bench.ts',
  'bench/main-thread-stall.bench.ts',
  'bench/customer-search.bench.ts',
  'bench/documents-list.bench.ts',
  // Needs the built renderer (out/renderer): `npm run build` first.
  'bench/pdf-viewer.bench.ts',
]) {
  const { status } = spawnSync('node', ['--import', 'tsx', file], { stdio: 'inherit' })
  if (status !== 0) process.exit(status ?? 1)
}
