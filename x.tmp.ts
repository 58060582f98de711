import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, migrateToLatest } from './src-main/infra/db/open-database'
import { seedDemoData } from './src-main/features/demo/seed-demo'
import { manualClock } from './src-main/infra/clock/clock'
import { cryptoRandom } from './src-main/infra/crypto/random'
const db = openDatabase({ filename: join(mkdtempSync(join(tmpdir(), 'det-')), 'db.sqlite') })
await migrateToLatest(db)
await seedDemoData(db, { clock: manualClock('2026-05-14T09:30:00Z'), random: cryptoRandom, customers: 40 })
const h = createHash('sha256')
for (const r of await db('replica_customers').select('*').orderBy('codice_cliente')) h.update(JSON.stringify(r))
for (const r of await db('replica_documents').select('*').orderBy('id')) h.update(JSON.stringify(r))
for (const r of await db('replica_document_files').select('*').orderBy('document_id')) h.update(r.pdf)
console.log(h.digest('hex'))
await db.destroy()
