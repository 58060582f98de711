// Shared pieces of the mail integration tests: a migrated temp database, an SMTP transport to a
// loopback port, predictable jitter, sample template parameters.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Knex } from 'knex'
import { cryptoRandom, type Random } from '../../../src-main/infra/crypto/random'
import {
  openSecretBox,
  type SecretBox,
  unprotectedKeys,
} from '../../../src-main/infra/crypto/secret-box'
import { migrateToLatest } from '../../../src-main/infra/db/open-database'
import {
  createSmtpTransport,
  type MailTransport,
} from '../../../src-main/infra/mail/mail-transport'
import { openTempDb, type TempDb } from '../../support/temp-db'

export const FROM = 'Multiservizi del Titano <noreply@mdt.example>'

const boxDir = mkdtempSync(join(tmpdir(), 'sportello-box-'))
process.once('exit', () => rmSync(boxDir, { recursive: true, force: true }))
/** The secret box the outbox seals codes with (enqueueMail) and opens them with (the sender). */
export const testBox: SecretBox = await openSecretBox(boxDir, unprotectedKeys)

export async function migratedTempDb(): Promise<TempDb> {
  const temp = openTempDb()
  await migrateToLatest(temp.db)
  return temp
}

export function loopbackTransport(port: number): MailTransport {
  return createSmtpTransport(
    { host: '127.0.0.1', port, secure: false, from: FROM },
    { timeoutMs: 3_000 },
  )
}

/** Real UUIDs and tokens, but `int` answers the top of its range: the longest full-jitter delay. */
export const worstCaseJitter: Random = { ...cryptoRandom, int: (_min, max) => max - 1 }

export const registrationParams = (i: number) => ({
  name: `Cliente Numero ${i}`,
  token: cryptoRandom.token(32),
  code: String(100000 + i),
})

export type OutboxRow = {
  id: string
  recipient: string
  template: string
  payload_json: string
  status: 'pending' | 'sending' | 'sent' | 'dead'
  attempts: number
  next_attempt_at: string
  lease_until: string | null
  last_error: string | null
  created_at: string
  sent_at: string | null
}

export async function outboxRows(db: Knex): Promise<OutboxRow[]> {
  return db('counter_outbox').orderBy('created_at').orderBy('id').select()
}

export async function countByStatus(db: Knex): Promise<Record<string, number>> {
  const rows: { status: string; n: number }[] = await db('counter_outbox')
    .groupBy('status')
    .select('status')
    .count({ n: '*' })
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]))
}
