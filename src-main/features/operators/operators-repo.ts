// counter_operators: desk staff. Owned by operators; every query on the table is here.
import type { OperatorView, PersonLabel } from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'

export type OperatorRow = {
  id: string
  username: string
  display_name: string
  role: OperatorView['role']
  password_hash: string
  disabled: number | boolean
  must_change_password: number | boolean
  created_at?: string
}

export type NewOperatorRow = Omit<OperatorRow, 'must_change_password' | 'disabled'> & {
  disabled?: boolean
  must_change_password?: boolean
  created_at: string
}

export const operatorById = (db: Db, id: string): Promise<OperatorRow | undefined> =>
  db('counter_operators').where({ id }).first()

export const operatorByUsername = (db: Db, username: string): Promise<OperatorRow | undefined> =>
  db('counter_operators').where({ username }).first()

export const allOperators = (db: Db): Promise<OperatorRow[]> =>
  db('counter_operators').orderBy('username')

export async function insertOperator(db: Db, row: NewOperatorRow): Promise<void> {
  await db('counter_operators').insert(row)
}

export async function updateOperator(
  db: Db,
  id: string,
  change: Partial<Pick<OperatorRow, 'password_hash' | 'disabled' | 'must_change_password'>>,
): Promise<number> {
  return db('counter_operators').where({ id }).update(change)
}

/** Operators by id, named for the audit log's readers. */
export async function operatorLabels(db: Db, ids: string[]): Promise<Map<string, PersonLabel>> {
  const rows: { id: string; username: string; display_name: string }[] = await db(
    'counter_operators',
  )
    .whereIn('id', ids)
    .select('id', 'username', 'display_name')
  return new Map(
    rows.map((r) => [
      r.id,
      { kind: 'operator', id: r.id, name: r.display_name, username: r.username },
    ]),
  )
}

/** Operators whose name or username holds every word (case-insensitive). */
export async function operatorIdsMatching(db: Db, words: string[]): Promise<string[]> {
  const query = db('counter_operators')
  for (const word of words)
    query.where((q) =>
      q.where('display_name', 'like', `%${word}%`).orWhere('username', 'like', `%${word}%`),
    )
  return (await query.pluck('id')).map(String)
}

/** Which of these usernames exist. */
export async function existingUsernames(
  db: Db,
  usernames: readonly string[],
): Promise<Set<string>> {
  const rows = await db('counter_operators').whereIn('username', usernames).pluck('username')
  return new Set(rows.map(String))
}

/** Demo operators: created when missing; on a demo reset put back as shipped, ids kept. */
export async function upsertOperators(
  db: Db,
  rows: readonly NewOperatorRow[],
  onConflict: 'ignore' | 'restore',
): Promise<void> {
  if (rows.length === 0) return
  const insert = db('counter_operators').insert(rows).onConflict('username')
  await (onConflict === 'ignore'
    ? insert.ignore()
    : insert.merge(['display_name', 'role', 'password_hash', 'disabled']))
}

export const operatorsByUsernames = (
  db: Db,
  usernames: readonly string[],
): Promise<OperatorRow[]> => db('counter_operators').whereIn('username', usernames)

export async function setOperatorsDisabled(
  db: Db,
  ids: readonly string[],
  disabled: boolean,
): Promise<void> {
  if (ids.length > 0) await db('counter_operators').whereIn('id', ids).update({ disabled })
}
