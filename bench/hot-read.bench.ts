// Hot reads through the app's repositories (a session by its secret's hash, a customer by codice
// cliente) beside a bare cached better-sqlite3 prepared statement on the same connection, and
// beside knex's builder (which prepares the statement again on every call). Interleaved rounds,
// median of per-round ratios. Target (PERFORMANCE.md): repository / bare ≤ 1.5×.
// Run: node --import tsx bench/hot-read.bench.ts [rounds]
import type { Database } from 'better-sqlite3'
import { pathToFileURL } from 'node:url'
import { sessionBySecretHash } from '../src-main/features/identity/sessions-repo'
import { customerByCode } from '../src-main/features/replica'
import { migrateToLatest } from '../src-main/infra/db/open-database'
import { openTempDb } from '../test/support/temp-db'

export type HotReadFigure = {
  name: string
  repoUs: number
  bareUs: number
  knexUs: number
  ratio: number
  knexRatio: number
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!

async function timePerCall(calls: number, call: (i: number) => unknown): Promise<number> {
  const t = performance.now()
  for (let i = 0; i < calls; i++) await call(i)
  return ((performance.now() - t) * 1000) / calls
}

export async function runHotReadBench(rounds = 9, calls = 5_000): Promise<HotReadFigure[]> {
  const temp = openTempDb()
  try {
    const db = temp.db
    await migrateToLatest(db)
    const customers = Array.from({ length: 1_000 }, (_, i) => ({
      codice_cliente: String(10_000_000 + i),
      kind: 'private',
      country: 'IT',
      name: `Cliente ${i}`,
      codice_fiscale: 'BNCLRA80A41H294X',
      codice_iss: String(100_000 + i),
      address: 'Via Roma 1',
      replica_updated_at: '2026-01-01T00:00:00.000Z',
    }))
    for (let i = 0; i < customers.length; i += 200)
      await db('replica_customers').insert(customers.slice(i, i + 200))
    const sessions = Array.from({ length: 1_000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      secret_hash: `hash-${i}`,
      subject_kind: 'account',
      subject_id: `a${i}`,
      remember: false,
      created_at: '2026-01-01T00:00:00.000Z',
      last_seen_at: '2026-01-01T00:00:00.000Z',
      expires_at: '2099-01-01T00:00:00.000Z',
    }))
    for (let i = 0; i < sessions.length; i += 200)
      await db('counter_sessions').insert(sessions.slice(i, i + 200))

    const conn = (await db.client.acquireConnection()) as Database
    await db.client.releaseConnection(conn)
    const bareCustomer = conn.prepare('select * from replica_customers where codice_cliente = ?')
    const bareSession = conn.prepare('select * from counter_sessions where secret_hash = ?')
    const code = (i: number) => String(10_000_000 + (i % 1_000))
    const hash = (i: number) => `hash-${i % 1_000}`

    const cases = [
      {
        name: 'customer by codice cliente',
        repo: (i: number) => customerByCode(db, code(i)),
        bare: (i: number) => bareCustomer.get(code(i)),
        knex: (i: number) =>
          db('replica_customers')
            .where({ codice_cliente: code(i) })
            .first(),
      },
      {
        name: 'session by secret hash',
        repo: (i: number) => sessionBySecretHash(db, hash(i)),
        bare: (i: number) => bareSession.get(hash(i)),
        knex: (i: number) =>
          db('counter_sessions')
            .where({ secret_hash: hash(i) })
            .first(),
      },
    ]
    const figures: HotReadFigure[] = []
    for (const c of cases) {
      const [fromRepo, fromBare] = [(await c.repo(7)) as object, c.bare(7) as object]
      if (
        !fromRepo ||
        !fromBare ||
        Object.entries(fromRepo).some(([k, v]) => (fromBare as Record<string, unknown>)[k] !== v)
      )
        throw new Error(`hot read, ${c.name}: the repository and the bare statement disagree`)
      const repo: number[] = []
      const bare: number[] = []
      const knex: number[] = []
      // A warm-up, then interleaved rounds.
      await timePerCall(calls, c.repo)
      await timePerCall(calls, c.bare)
      for (let r = 0; r < rounds; r++) {
        repo.push(await timePerCall(calls, c.repo))
        bare.push(await timePerCall(calls, c.bare))
        knex.push(await timePerCall(Math.ceil(calls / 10), c.knex))
      }
      figures.push({
        name: c.name,
        repoUs: median(repo),
        bareUs: median(bare),
        knexUs: median(knex),
        ratio: median(repo.map((v, i) => v / bare[i]!)),
        knexRatio: median(knex.map((v, i) => v / bare[i]!)),
      })
    }
    return figures
  } finally {
    await temp.dispose()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const f of await runHotReadBench(Number(process.argv[2] ?? 9))) {
    console.log(
      `hot read, ${f.name}: repository ${f.repoUs.toFixed(1)} µs vs bare prepared statement ${f.bareUs.toFixed(1)} µs = ${f.ratio.toFixed(2)}× (target ≤ 1.5×); knex builder ${f.knexUs.toFixed(1)} µs = ${f.knexRatio.toFixed(1)}×`,
    )
  }
}
