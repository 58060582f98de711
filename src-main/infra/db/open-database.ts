// Opens the local SQLite replica through knex, with the pragmas every connection must have.
import type { Database } from 'better-sqlite3'
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
  return knexFactory({
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
          done(null)
        } catch (err) {
          done(err as Error)
        }
      },
    },
  })
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

/** The raw better-sqlite3 handle behind knex, for hot reads through cached prepared statements. */
export async function rawConnection(db: Knex): Promise<Database> {
  return (await db.client.acquireConnection()) as Database
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
