// The list of a customer's documents (issue #14: "instant for ten years of monthly bills"): the
// first page through the replica's read module (page + count, cached prepared statements) and
// through the documents service (that, plus the years and the account's unread marks), beside the
// same two statements bare on the same connection. 2,000 customers with ten years of monthly
// bills of three services each (720k rows). Interleaved rounds; p50/p99 per call, and the median
// of per-round ratios.
// Run: node --import tsx bench/documents-list.bench.ts [rounds] [customers]
import type { Database } from 'better-sqlite3'
import { pathToFileURL } from 'node:url'
import { createDocuments } from '../src-main/features/documents'
import type { Caller } from '../src-main/features/identity'
import { documentListSql, listCustomerDocuments } from '../src-main/features/replica'
import { manualClock } from '../src-main/infra/clock/clock'
import { cryptoRandom } from '../src-main/infra/crypto/random'
import { migrateToLatest } from '../src-main/infra/db/open-database'
import { openTempDb } from '../test/support/temp-db'

const quantile = (v: number[], q: number) =>
  [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(v.length * q))]!

export type DocumentsListFigure = {
  name: string
  p50Us: number
  p99Us: number
  bareP50Us: number
  bareP99Us: number
  ratio: number
}

export async function runDocumentsListBench(
  rounds = 9,
  customers = 2_000,
  calls = 500,
): Promise<DocumentsListFigure[]> {
  const temp = openTempDb()
  try {
    const db = temp.db
    await migrateToLatest(db)
    const code = (i: number) => String(10_000_000 + i)
    for (let i = 0; i < customers; i += 500)
      await db('replica_customers').insert(
        Array.from({ length: Math.min(500, customers - i) }, (_, k) => ({
          codice_cliente: code(i + k),
          kind: 'private',
          country: 'IT',
          name: `Cliente ${i + k}`,
          codice_fiscale: 'BNCLRA80A41H294X',
          codice_iss: String(100_000 + i + k),
          address: 'Via Roma 1',
          replica_updated_at: '2026-01-01T00:00:00.000Z',
        })),
      )
    const services = ['electricity', 'gas', 'water'] as const
    await db.transaction(async (trx) => {
      let n = 0
      let batch: Record<string, unknown>[] = []
      for (let c = 0; c < customers; c++)
        for (let year = 2016; year <= 2025; year++)
          for (let month = 1; month <= 12; month++)
            for (const service of services) {
              const mm = String(month).padStart(2, '0')
              batch.push({
                codice_cliente: code(c),
                doc_number: `${year}/${service[0]}/${String(++n).padStart(8, '0')}`,
                doc_type: 'bill',
                service,
                period_start: `${year}-${mm}-01`,
                period_end: `${year}-${mm}-28`,
                issued_on: `${year}-${mm}-05`,
                due_on: `${year}-${mm}-25`,
                amount_cents: 5_000 + month,
                pdf_bytes: 4_000,
                pdf_sha256: 'x',
                replica_updated_at: '2026-01-01T00:00:00.000Z',
              })
              if (batch.length === 500) {
                await trx('replica_documents').insert(batch)
                batch = []
              }
            }
      if (batch.length > 0) await trx('replica_documents').insert(batch)
    })
    await db.raw('ANALYZE')

    const documents = createDocuments({
      db,
      clock: manualClock('2026-11-22T09:00:00.000Z'),
      random: cryptoRandom,
      audit: { record: async () => undefined },
      enqueueMail: async () => '',
      accounts: {
        acting: async () => ({ ok: true, value: 'account' }),
        holds: async () => true,
        codesOf: async () => [],
        recipients: async () => [],
      },
      officeForMail: async () => ({ timeZone: 'Europe/Rome' }),
      mode: 'kiosk',
    })
    const caller: Caller = {
      transport: 'bench',
      connectionId: 'b',
      role: 'customer',
      actorId: 'account',
      sessionId: 's',
      mustChangePassword: false,
    }

    const conn = (await db.client.acquireConnection()) as Database
    await db.client.releaseConnection(conn)
    const query = (i: number) => ({
      codiceCliente: code((i * 7919) % customers),
      sort: 'issued-desc' as const,
      limit: 20,
      offset: 0,
    })
    const page = documentListSql(query(0))
    const barePage = conn.prepare(page.sql)
    const bareCount = conn.prepare(
      'SELECT count(*) AS n FROM replica_documents WHERE codice_cliente = ?',
    )
    const bare = (i: number) => {
      const q = query(i)
      barePage.all(q.codiceCliente, q.limit, q.offset)
      bareCount.get(q.codiceCliente)
    }
    const cases = [
      {
        name: 'repository (page + count)',
        app: (i: number) => listCustomerDocuments(db, query(i)),
      },
      {
        name: 'documents:list service (page + count + years + unread)',
        app: (i: number) => documents.list(query(i), caller),
      },
    ]
    const check = await listCustomerDocuments(db, query(3))
    if (check.total !== 360 || check.rows.length !== 20)
      throw new Error(`documents list bench: ${check.total} documents, ${check.rows.length} rows`)

    const time = async (call: (i: number) => unknown, samples: number[]) => {
      const t0 = performance.now()
      for (let i = 0; i < calls; i++) {
        const t = performance.now()
        await call(i)
        samples.push((performance.now() - t) * 1000)
      }
      return ((performance.now() - t0) * 1000) / calls
    }
    const figures: DocumentsListFigure[] = []
    for (const c of cases) {
      const [app, base]: [number[], number[]] = [[], []]
      const ratios: number[] = []
      await time(c.app, [])
      await time(bare, [])
      for (let r = 0; r < rounds; r++) {
        const a = await time(c.app, app)
        const b = await time(bare, base)
        ratios.push(a / b)
      }
      figures.push({
        name: c.name,
        p50Us: quantile(app, 0.5),
        p99Us: quantile(app, 0.99),
        bareP50Us: quantile(base, 0.5),
        bareP99Us: quantile(base, 0.99),
        ratio: quantile(ratios, 0.5),
      })
    }
    return figures
  } finally {
    await temp.dispose()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await runDocumentsListBench(
    Number(process.argv[2] ?? 9),
    Number(process.argv[3] ?? 2_000),
  )
  for (const f of figures)
    console.log(
      `documents list, ten years of bills, ${f.name}: p50 ${f.p50Us.toFixed(0)} µs, p99 ${f.p99Us.toFixed(0)} µs vs bare prepared statements p50 ${f.bareP50Us.toFixed(0)} µs, p99 ${f.bareP99Us.toFixed(0)} µs = ${f.ratio.toFixed(2)}×`,
    )
}
