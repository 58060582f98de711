// What the status screen shows: how big the local replica is and where it lives.
import { statSync } from 'node:fs'
import type { Knex } from 'knex'
import type { ReplicaStatus } from '../../../src-shared/ipc'
import { schemaVersion } from '../../infra/db/open-database'
import { replicaCounts } from '../replica'

export async function readReplicaStatus(
  db: Knex,
  { dataDir, databaseFile, demo }: { dataDir: string; databaseFile: string; demo: boolean },
): Promise<ReplicaStatus> {
  return {
    ...(await replicaCounts(db)),
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
