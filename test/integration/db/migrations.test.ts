// Migrations run on real SQLite files: N-1 → N with rows in the database, and back down.
import { afterEach, describe, expect, it } from 'vitest'
import { migrations, migrationSourceUpTo } from '../../../src-main/infra/db/migrations'
import { migrateToLatest, schemaVersion } from '../../../src-main/infra/db/open-database'
import { openTempDb, type TempDb } from '../../support/temp-db'

let temp: TempDb
afterEach(async () => temp?.dispose())

const customer = {
  codice_cliente: '10000001',
  kind: 'private',
  country: 'IT',
  name: 'Rossi Mario',
  codice_fiscale: 'RSSMRA85T10A562S',
  codice_iss: '123456',
  email: 'mario.rossi@example.it',
  mobile: '+393331234567',
  address: 'Via Roma 1, 47921 Rimini RN',
  replica_updated_at: '2026-01-01T00:00:00.000Z',
}
const document = {
  codice_cliente: '10000001',
  doc_number: '2026/E/0000001',
  doc_type: 'bill',
  service: 'electricity',
  period_start: '2026-01-01',
  period_end: '2026-02-28',
  issued_on: '2026-03-05',
  due_on: '2026-03-31',
  amount_cents: 12345,
  pdf_bytes: 4,
  pdf_sha256: 'x',
  replica_updated_at: '2026-03-05T00:00:00.000Z',
}

async function tableNames(db: TempDb['db']): Promise<string[]> {
  const rows = await db.raw<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type IN ('table','trigger','index') AND name NOT LIKE 'knex_%' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  return rows.map((r) => r.name)
}

describe('migrations', () => {
  it('are listed in order with unique names', () => {
    const names = migrations.map((m) => m.name)
    expect(names).toEqual([...names].sort())
    expect(new Set(names).size).toBe(names.length)
  })

  it('migrate a database holding replica rows from N-1 to N without losing them', async () => {
    temp = openTempDb()
    const { db } = temp
    await db.migrate.latest({ migrationSource: migrationSourceUpTo(migrations.length - 1) })
    await db('replica_customers').insert(customer)
    const [{ id }] = await db('replica_documents').insert(document).returning('id')
    await db('replica_document_files').insert({ document_id: id, pdf: Buffer.from('%PDF') })

    await migrateToLatest(db)

    expect(await schemaVersion(db)).toBe(migrations.at(-1)!.name)
    expect(await db('replica_customers').first()).toMatchObject(customer)
    expect(await db('replica_documents').first()).toMatchObject(document)
    const file = await db('replica_document_files').first()
    expect(Buffer.from(file.pdf).toString()).toBe('%PDF')
    expect((await db.raw('PRAGMA foreign_key_check')).length).toBe(0)
    expect((await db.raw('PRAGMA integrity_check'))[0].integrity_check).toBe('ok')
  })

  it('every migration can be undone and redone to the same schema', async () => {
    temp = openTempDb()
    const { db } = temp
    await migrateToLatest(db)
    const schema = await tableNames(db)
    for (let i = 0; i < migrations.length; i++)
      await db.migrate.down({ migrationSource: migrationSourceUpTo() })
    expect(await tableNames(db)).toEqual([])
    await migrateToLatest(db)
    expect(await tableNames(db)).toEqual(schema)
  })

  it('the replica refuses a customer whose identifiers do not fit its kind', async () => {
    temp = openTempDb()
    const { db } = temp
    await migrateToLatest(db)
    await expect(db('replica_customers').insert({ ...customer, codice_iss: null })).rejects.toThrow(
      /identifiers do not match kind/,
    )
    await expect(
      db('replica_documents').insert({ ...document, codice_cliente: 'missing' }),
    ).rejects.toThrow(/FOREIGN KEY/)
  })
})
