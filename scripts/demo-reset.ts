// `npm run demo:reset`: puts the demo data of a data directory (SPORTELLO_DATA_DIR, or .data/ in
// the repository) back as shipped. Plain Node: it never imports electron.
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { systemClock } from '../src-main/infra/clock/clock'
import { cryptoRandom } from '../src-main/infra/crypto/random'
import { migrateToLatest, openDatabase } from '../src-main/infra/db/open-database'
import { databaseFile, resolveDataDir } from '../src-main/infra/files/data-dir'
import {
  demoOperators,
  resetDemoData,
  type DemoProgress,
} from '../src-main/features/demo/seed-demo'

const root = resolve(import.meta.dirname, '..')
const force = process.argv.includes('--force')

const phaseLabels: Record<DemoProgress['phase'], string> = {
  customers: 'clienti',
  documents: 'documenti (PDF)',
  operators: 'operatori',
}

/** One line per 10 % of each phase: enough to see it move, short enough to read. */
function printProgress(): (progress: DemoProgress) => void {
  const printed = new Set<string>()
  return ({ phase, done, total }) => {
    const percent = total === 0 ? 100 : Math.floor((done * 100) / total)
    const step = `${phase}:${Math.floor(percent / 10)}`
    if (printed.has(step)) return
    printed.add(step)
    console.log(
      `  ${phaseLabels[phase].padEnd(16)} ${String(percent).padStart(3)}%  (${done}/${total})`,
    )
  }
}

const fileSize = (path: string): number => {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

const dataDir = resolveDataDir(resolve(root, '.data'))
const file = databaseFile(dataDir)
console.log(`Sportello: reset dei dati dimostrativi in ${file}`)

const db = openDatabase({ filename: file })
try {
  await migrateToLatest(db)
  // Demo e-mail addresses all end in .example: anything else is a real replica, never wiped
  // by mistake through a stray SPORTELLO_DATA_DIR.
  const real = await db('replica_customers')
    .whereNotNull('email')
    .whereNot('email', 'like', '%.example')
    .first('codice_cliente')
  if (real && !force) {
    console.error(
      'La replica contiene clienti che non sono dati dimostrativi: nulla è stato modificato.\n' +
        'Usare --force per sostituirla comunque.',
    )
    process.exitCode = 1
  } else {
    const started = performance.now()
    const result = await resetDemoData(db, {
      clock: systemClock,
      random: cryptoRandom,
      onProgress: printProgress(),
    })
    await db.raw('PRAGMA wal_checkpoint(TRUNCATE)')
    const seconds = (performance.now() - started) / 1000
    const megabytes = (fileSize(file) + fileSize(`${file}-wal`)) / 1024 / 1024
    console.log(
      `Fatto in ${seconds.toFixed(1)} s: ${result.customers} clienti, ${result.documents} documenti, ` +
        `${result.operators} operatori; database ${megabytes.toFixed(1)} MB.`,
    )
    // These passwords are public by design (documented demo credentials), not secrets.
    console.log('Operatori dimostrativi:')
    for (const operator of demoOperators) {
      console.log(
        `  ${operator.role.padEnd(12)} ${operator.username.padEnd(15)} ${operator.password}`,
      )
    }
  }
} finally {
  await db.destroy()
}
