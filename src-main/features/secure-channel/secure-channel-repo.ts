// counter_secure_channels and counter_otp_challenges. Owned by secure-channel; every query on
// them is here.
import type { Medium } from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'

export type ChallengeRow = {
  id: string
  account_id: string
  codice_cliente: string
  medium: Medium
  contact: string
  code_hash: string
  created_at: string
  expires_at: string
  wrong_tries: number
  status: 'open' | 'confirmed' | 'failed'
  closed_at: string | null
}

export type ChannelRow = {
  id: string
  account_id: string
  codice_cliente: string
  medium: Medium
  contact: string
  confirmed_at: string
}

export const channelOf = (db: Db, accountId: string, codiceCliente: string) =>
  db('counter_secure_channels')
    .where({ account_id: accountId, codice_cliente: codiceCliente })
    .first() as Promise<ChannelRow | undefined>

/** One confirmed channel per account and customer: a new confirmation replaces the old. */
export async function saveChannel(db: Db, row: ChannelRow): Promise<void> {
  await db('counter_secure_channels')
    .insert(row)
    .onConflict(['account_id', 'codice_cliente'])
    .merge(['id', 'medium', 'contact', 'confirmed_at'])
}

export const challengeById = (db: Db, id: string) =>
  db('counter_otp_challenges').where({ id }).first() as Promise<ChallengeRow | undefined>

/** The account's challenges for a customer, newest first. */
export const challengesOf = (db: Db, accountId: string, codiceCliente: string) =>
  db('counter_otp_challenges')
    .where({ account_id: accountId, codice_cliente: codiceCliente })
    .orderBy('created_at', 'desc') as Promise<ChallengeRow[]>

/** How many OTPs the account was sent since `since` (any customer). */
export async function sentSince(db: Db, accountId: string, since: Date): Promise<number> {
  const row = await db('counter_otp_challenges')
    .where({ account_id: accountId })
    .where('created_at', '>', since.toISOString())
    .count({ n: '*' })
    .first()
  return Number(row?.n ?? 0)
}

export async function insertChallenge(db: Db, row: ChallengeRow): Promise<void> {
  await db('counter_otp_challenges').insert(row)
}

/** Closes the account's open challenges for a customer (a new one is sent). */
export async function closeOpenChallenges(
  db: Db,
  accountId: string,
  codiceCliente: string,
  at: Date,
): Promise<void> {
  await db('counter_otp_challenges')
    .where({ account_id: accountId, codice_cliente: codiceCliente, status: 'open' })
    .update({ status: 'failed', closed_at: at.toISOString() })
}

/** The right code: confirms the open, unexpired challenge; true for exactly one caller. */
export async function confirmChallenge(db: Db, id: string, at: Date): Promise<boolean> {
  const n = await db('counter_otp_challenges')
    .where({ id, status: 'open' })
    .where('expires_at', '>', at.toISOString())
    .update({ status: 'confirmed', closed_at: at.toISOString() })
  return n === 1
}

/**
 * A wrong code: one more try counted on the open challenge, atomically; the last allowed try
 * ends it. The tries it has taken, or null when it was no longer open.
 */
export async function countWrongTry(
  db: Db,
  id: string,
  maxTries: number,
  at: Date,
): Promise<number | null> {
  const n = await db('counter_otp_challenges')
    .where({ id, status: 'open' })
    .where('wrong_tries', '<', maxTries)
    .increment('wrong_tries', 1)
  if (n === 0) return null
  const row = (await challengeById(db, id))!
  if (row.wrong_tries >= maxTries)
    await db('counter_otp_challenges')
      .where({ id, status: 'open' })
      .update({ status: 'failed', closed_at: at.toISOString() })
  return row.wrong_tries
}

/** A customer's contacts changed: every account's channel for them must be registered again. */
export async function dropChannelsOf(db: Db, codiceCliente: string): Promise<number> {
  await db('counter_otp_challenges')
    .where({ codice_cliente: codiceCliente, status: 'open' })
    .update({ status: 'failed' })
  return db('counter_secure_channels').where({ codice_cliente: codiceCliente }).delete()
}
