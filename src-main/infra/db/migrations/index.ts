// Every migration, in order. Listed in code (never scanned from a folder) so the bundle carries
// them and the order is reviewed. Each runs in its own transaction (knex's default).
// A migration never imports app code: it must mean the same thing forever.
import type { Knex } from 'knex'
import * as m0001 from './0001_replica'
import * as m0002 from './0002_counter_foundation'
import * as m0003 from './0003_counter_outbox'
import * as m0004 from './0004_counter_accounts'
import * as m0005 from './0005_replica_search'
import * as m0006 from './0006_audit_for_customer'
import * as m0007 from './0007_associations'
import * as m0008 from './0008_secure_channel'
import * as m0009 from './0009_requests'
import * as m0010 from './0010_documents'
import * as m0011 from './0011_demo_mail_attachments'

export type Migration = { name: string; up(db: Knex): Promise<void>; down(db: Knex): Promise<void> }

export const migrations: readonly Migration[] = [
  { name: '0001_replica', ...m0001 },
  { name: '0002_counter_foundation', ...m0002 },
  { name: '0003_counter_outbox', ...m0003 },
  { name: '0004_counter_accounts', ...m0004 },
  { name: '0005_replica_search', ...m0005 },
  { name: '0006_audit_for_customer', ...m0006 },
  { name: '0007_associations', ...m0007 },
  { name: '0008_secure_channel', ...m0008 },
  { name: '0009_requests', ...m0009 },
  { name: '0010_documents', ...m0010 },
  { name: '0011_demo_mail_attachments', ...m0011 },
]

/** A MigrationSource over the first `count` migrations (all by default): tests migrate N-1 → N. */
export function migrationSourceUpTo(count = migrations.length): Knex.MigrationSource<Migration> {
  const list = migrations.slice(0, count)
  return {
    getMigrations: async () => list,
    getMigrationName: (m) => m.name,
    getMigration: async (m) => m,
  }
}

export const migrationSource = migrationSourceUpTo()
