// The desk's customer search over a replica of 1,000,000 customers (issue #10, PERFORMANCE.md):
// per key kind, the latency of the app's search path (through the registry, as the desk's
// screen calls it) against the bare FTS5 statement on the same connection, p50 and p99, and
// their ratio. The replica is generated once and cached in .cache/bench/ (its build time and
// size are printed when it is made, and its size every run).
// Targets: p50 ≤ 1 ms, p99 ≤ 5 ms, app / bare ≤ 1.3×.
// Run: node --import tsx bench/customer-search.bench.ts [customers]
import type { Database } from 'better-sqlite3'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { assembleServices } from '../src-main/counter'
import { createPrng } from '../src-main/features/demo/prng'
import { femaleNames, maleNames, surnames } from '../src-main/features/demo/demo-vocabulary'
import { searchPlan } from '../src-main/features/replica/replica-search'
import { systemClock } from '../src-main/infra/clock/clock'
import { createPasswordHasher } from '../src-main/infra/crypto/password-hash'
import { cryptoRandom } from '../src-main/infra/crypto/random'
import { openSecretBox, unprotectedKeys } from '../src-main/infra/crypto/secret-box'
import { migrateToLatest, openDatabase } from '../src-main/infra/db/open-database'
import { silentLogger } from '../src-main/infra/log/logger'
import { anonymousCaller, createRegistry } from '../src-main/ipc/registry'

const root = resolve(import.meta.dirname, '..')
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

type Row = {
  codice_cliente: string
  kind: 'private' | 'business'
  name: string
  codice_fiscale: string | null
  partita_iva: string | null
  codice_coe: string | null
  email: string
  mobile: string
}

function customerAt(i: number): Row {
  const prng = createPrng(i * 2654435761)
  const business = prng.chance(0.2)
  const surname = prng.pick(surnames)
  const given = prng.pick(prng.chance(0.5) ? maleNames : femaleNames)
  const code = (n: number) => Array.from({ length: n }, () => prng.pick([...LETTERS])).join('')
  const digits = (n: number) => Array.from({ length: n }, () => prng.int(0, 10)).join('')
  return {
    codice_cliente: String(10_000_000 + i),
    kind: business ? 'business' : 'private',
    name: business ? `${surname} ${given} ${code(3)} Srl` : `${surname} ${given}`,
    codice_fiscale: business
      ? null
      : `${code(6)}${digits(2)}${code(1)}${digits(2)}${code(1)}${digits(3)}${code(1)}`,
    partita_iva: business ? digits(11) : null,
    codice_coe: business ? `SM${digits(5)}` : null,
    email: `${given}.${surname}.${i}@posta.example`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
    mobile: `+39${prng.pick(['333', '347', '349', '320', '338'])}${digits(7)}`,
  }
}

/** The cached replica of `count` customers, made once (and its build time told). */
async function replicaOf(count: number): Promise<string> {
  const dir = join(root, '.cache', 'bench')
  // Named by the schema it was made with: a changed migration makes a new one.
  const file = join(dir, `replica-${count}-${schemaHash()}.sqlite`)
  if (existsSync(file)) return file
  mkdirSync(dir, { recursive: true })
  const building = `${file}.building`
  rmSync(building, { force: true })
  const db = openDatabase({ filename: building })
  await migrateToLatest(db)
  const conn = (await db.client.acquireConnection()) as Database
  const insert = conn.prepare(`INSERT INTO replica_customers (codice_cliente, kind, country, name,
    codice_fiscale, partita_iva, codice_iss, codice_coe, email, mobile, address, replica_updated_at)
    VALUES (@codice_cliente, @kind, 'IT', @name, @codice_fiscale, @partita_iva, @codice_iss,
    @codice_coe, @email, @mobile, 'Via Roma 1', '2026-01-01T00:00:00.000Z')`)
  const started = performance.now()
  const batch = conn.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const row = customerAt(i)
      insert.run({
        ...row,
        codice_iss: row.kind === 'private' ? String(100_000 + (i % 900_000)) : null,
      })
    }
  })
  for (let i = 0; i < count; i += 10_000) {
    batch(i, Math.min(count, i + 10_000))
    process.stdout.write(
      `\rcustomer-search: generating ${Math.round(((i + 10_000) / count) * 100)}%   `,
    )
  }
  conn.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  const seconds = (performance.now() - started) / 1000
  await db.client.releaseConnection(conn)
  await db.destroy()
  renameSync(building, file)
  console.log(
    `\ncustomer-search: ${count.toLocaleString('en')} customers inserted and indexed (FTS5 trigram, by triggers) in ${seconds.toFixed(0)} s`,
  )
  return file
}

function schemaHash(): string {
  const folder = join(root, 'src-main/infra/db/migrations')
  const hash = createHash('sha256')
  for (const name of readdirSync(folder).sort()) hash.update(readFileSync(join(folder, name)))
  return hash.digest('hex').slice(0, 12)
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!

export type SearchFigure = {
  kind: string
  appP50: number
  appP99: number
  bareP50: number
  bareP99: number
  ratio: number
}

export async function runCustomerSearchBench(
  count = 1_000_000,
  perKind = 300,
): Promise<SearchFigure[]> {
  const file = await replicaOf(count)
  const db = openDatabase({ filename: file })
  try {
    await migrateToLatest(db)
    const { handlers } = assembleServices({
      db,
      clock: systemClock,
      random: cryptoRandom,
      hasher: createPasswordHasher(),
      logger: silentLogger,
      info: { mode: 'desk', version: 'bench', demo: false },
      dataDir: join(root, '.cache', 'bench'),
      databaseFile: file,
      box: await openSecretBox(join(root, '.cache', 'bench'), unprotectedKeys),
    })
    const registry = createRegistry({
      handlers,
      mode: 'desk',
      logger: silentLogger,
      resolveCaller: async (c) => ({ ...anonymousCaller(c), role: 'front_desk', actorId: 'bench' }),
    })
    const conn = (await db.client.acquireConnection()) as Database
    await db.client.releaseConnection(conn)
    // The bare path: the same statements, prepared once, run on the connection, nothing else.
    const statements = new Map<string, ReturnType<Database['prepare']>>()
    const bare = (text: string) => {
      for (const steps of searchPlan(text)) {
        let rows = 0
        for (const step of steps) {
          let statement = statements.get(step.sql)
          if (!statement) statements.set(step.sql, (statement = conn.prepare(step.sql)))
          rows += (statement.all(...(step.params as [never])) as unknown[]).length
        }
        if (rows > 0) return rows
      }
      return 0
    }
    const pick = createPrng(7)
    const some = () => customerAt(pick.int(0, count))
    const kinds: [string, () => string][] = [
      [
        'name (two parts)',
        () => {
          const c = some()
          const [s, g] = c.name.split(' ')
          return `${s!.slice(0, 4)} ${g!.slice(0, 3)}`
        },
      ],
      ['codice cliente', () => some().codice_cliente],
      [
        'codice fiscale',
        () => {
          let c = some()
          while (!c.codice_fiscale) c = some()
          return c.codice_fiscale.toLowerCase()
        },
      ],
      [
        'partita IVA',
        () => {
          let c = some()
          while (!c.partita_iva) c = some()
          return c.partita_iva
        },
      ],
      ['email part', () => some().email.split('@')[0]!],
      [
        'phone "333 123 4567"',
        () => {
          const m = some().mobile.slice(3)
          return `${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`
        },
      ],
      ['phone "+39…"', () => some().mobile],
    ]
    const connection = { transport: 'bench', connectionId: 'desk' }
    const figures: SearchFigure[] = []
    for (const [kind, typed] of kinds) {
      const inputs = Array.from({ length: perKind }, typed)
      const app: number[] = []
      const raw: number[] = []
      // Each input once untimed (the pages it reads come into the cache), then both paths,
      // in alternating order, so neither warms the cache for the other.
      for (const [i, text] of inputs.entries()) {
        const found = await registry.invoke('customers:search', { text }, connection)
        if (!found.ok) throw new Error(`bench: search refused: ${found.error.code}`)
        // Each input is taken from a customer on file: the search must find someone.
        if ((found.value as unknown[]).length === 0)
          throw new Error(`bench: nothing found for ${kind}`)
        const timeApp = async () => {
          const t = performance.now()
          await registry.invoke('customers:search', { text }, connection)
          app.push(performance.now() - t)
        }
        const timeBare = () => {
          const t = performance.now()
          bare(text)
          raw.push(performance.now() - t)
        }
        if (i % 2 === 0) {
          await timeApp()
          timeBare()
        } else {
          timeBare()
          await timeApp()
        }
      }
      const figure = {
        kind,
        appP50: percentile(app, 0.5),
        appP99: percentile(app, 0.99),
        bareP50: percentile(raw, 0.5),
        bareP99: percentile(raw, 0.99),
        ratio: percentile(app, 0.5) / percentile(raw, 0.5),
      }
      figures.push(figure)
    }
    console.log(
      `customer-search: database ${(statSync(file).size / 1e6).toFixed(0)} MB for ${count.toLocaleString('en')} customers`,
    )
    return figures
  } finally {
    await db.destroy()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 1_000_000)
  for (const f of await runCustomerSearchBench(count)) {
    const ok = f.appP50 <= 1 && f.appP99 <= 5 && f.ratio <= 1.3 ? 'ok' : 'MISSED'
    console.log(
      `customer-search ${f.kind.padEnd(22)} app p50 ${f.appP50.toFixed(3)} ms p99 ${f.appP99.toFixed(3)} ms · bare p50 ${f.bareP50.toFixed(3)} ms p99 ${f.bareP99.toFixed(3)} ms · app/bare ${f.ratio.toFixed(2)}× (targets p50 ≤ 1 ms, p99 ≤ 5 ms, ≤ 1.3×) ${ok}`,
    )
  }
}
