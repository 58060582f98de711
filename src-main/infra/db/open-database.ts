// Opens the local SQLite replica through knex, with the pragmas every connection must have.
import type { Database, Statement } from 'better-sqlite3'
import knexFactory, { type Knex } from 'knex'
import { migrationSource } from './migrations'

export type Db = Knex | Knex.Transaction

export type OpenDatabaseOptions = {
  /** Path of the SQLite file, or ':memory:'. */
  filename: string
}

/**
 * better-sqlite3 is a Node-API addon: the one binary it ships loads in Node (tests, scripts) and
 * in Electron's main process alike, with no rebuild for Electron's ABI.
 */
export function openDatabase({ filename }: OpenDatabaseOptions): Knex {
  const handle: { conn?: Database } = {}
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    // One connection: better-sqlite3 is synchronous, and a single writer keeps WAL simple.
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: Database, done: (err: Error | null) => void) {
        try {
          applyPragmas(conn)
          handle.conn = conn
          done(null)
        } catch (err) {
          done(err as Error)
        }
      },
    },
  })
  connections.set(db, handle)
  return db
}

const connections = new WeakMap<Knex, { conn?: Database }>()
const statements = new WeakMap<Database, Map<string, Statement>>()

function prepared(conn: Database, sql: string): Statement {
  let cache = statements.get(conn)
  if (!cache) statements.set(conn, (cache = new Map()))
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = conn.prepare(sql)))
  return statement
}

/**
 * One row by a hot read (a session by its hash, a customer by code) through a cached prepared
 * statement on the connection itself: knex's builder re-prepares every call (≈ 7× slower). Inside
 * a transaction it runs on the transaction's connection; outside, it never reads another
 * transaction's uncommitted rows (it waits for it, as knex would).
 */
export async function hotGet<T>(db: Db, sql: string, params: unknown[]): Promise<T | undefined> {
  return (await hot<T>(db, sql, params, 'get'))[0]
}

/** Every row of a hot read (the desk's search as the operator types), as `hotGet` reads one. */
export function hotAll<T>(db: Db, sql: string, params: unknown[]): Promise<T[]> {
  return hot<T>(db, sql, params, 'all')
}

async function hot<T>(db: Db, sql: string, params: unknown[], rows: 'get' | 'all'): Promise<T[]> {
  const run = (statement: Statement): T[] =>
    rows === 'all'
      ? (statement.all(...params) as T[])
      : ([statement.get(...params)].filter((r) => r !== undefined) as T[])
  const root = connections.get(db as Knex)?.conn
  if (root && !root.inTransaction) return run(prepared(root, sql))
  if (root) {
    const found = (await (db as Knex).raw(sql, params as Knex.RawBinding[])) as T[]
    return rows === 'all' ? found : found.slice(0, 1)
  }
  // A transaction: its client hands out the transaction's own connection.
  const conn = (await db.client.acquireConnection()) as Database
  return run(prepared(conn, sql))
}

export function applyPragmas(conn: Database): void {
  conn.pragma('journal_mode = WAL')
  conn.pragma('synchronous = FULL')
  conn.pragma('foreign_keys = ON')
  conn.pragma('busy_timeout = 5000')
  // Zero the space a row leaves behind when it shrinks or goes (no extra I/O in FAST mode): the
  // outbox redacts codes after sending, and the old bytes must not linger in the file.
  conn.pragma('secure_delete = FAST')
}

export async function migrateToLatest(db: Knex): Promise<void> {
  await db.migrate.latest({ migrationSource })
}

export async function schemaVersion(db: Knex): Promise<string> {
  const done: string[] = (await db.migrate.list({ migrationSource }))[0].map(
    (m: { name?: string } | string) => (typeof m === 'string' ? m : (m.name ?? '')),
  )
  return done.at(-1) ?? 'none'
}
