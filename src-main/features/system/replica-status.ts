// What the status screen shows: how big the local replica is and where it lives.
import { statSync } from 'node:fs'
import type { Knex } from 'knex'
import type { ReplicaStatus } from '../../../src-shared/ipc'
import { schemaVersion } from '../../infra/db/open-database'

export async function readReplicaStatus(
  db: Knex,
  { dataDir, databaseFile, demo }: { dataDir: string; databaseFile: string; demo: boolean },
): Promise<ReplicaStatus> {
  const kinds: { kind: string; n: number }[] = await db('replica_customers')
    .select('kind')
    .count({ n: '*' })
    .groupBy('kind')
  const countOf = (kind: string) => Number(kinds.find((k) => k.kind === kind)?.n ?? 0)
  const docs = await db('replica_documents').count({ n: '*' }).sum({ bytes: 'pdf_bytes' }).first()
  return {
    customers: {
      total: countOf('private') + countOf('business'),
      private: countOf('private'),
      business: countOf('business'),
    },
    documents: { total: Number(docs?.n ?? 0), bytes: Number(docs?.bytes ?? 0) },
    databaseBytes: fileSize(databaseFile) + fileSize(`${databaseFile}-wal`),
    dataDir,
    schemaVersion: await schemaVersion(db),
    demo,
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}
