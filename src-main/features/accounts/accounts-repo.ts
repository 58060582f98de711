// counter_accounts and counter_account_customers (account ↔ codice cliente). Owned by accounts;
// every query on them is here (the tokens have theirs in account-tokens.ts).
import type { Locale } from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'

export type AccountRow = {
  id: string
  email: string
  password_hash: string
  status: 'pending' | 'active' | 'disabled'
  locale: Locale
  temporary_password_expires_at: string | null
  temporary_password_used_at: string | null
  must_change_password: number | boolean
}

export const accountById = (db: Db, id: string): Promise<AccountRow | undefined> =>
  db('counter_accounts').where({ id }).first()

export const accountByEmail = (db: Db, email: string): Promise<AccountRow | undefined> =>
  db('counter_accounts').where({ email }).first()

/** The accounts holding a customer, with when each was confirmed (the desk's customer page). */
export async function accountsOfCustomer(
  db: Db,
  codiceCliente: string,
): Promise<
  (AccountRow & {
    confirmed_at: string | null
    created_at: string
    associated_at: string
    holder: boolean | number
    needs_channel: boolean | number
  })[]
> {
  return db('counter_accounts as a')
    .join('counter_account_customers as ac', 'ac.account_id', 'a.id')
    .where('ac.codice_cliente', codiceCliente)
    .orderBy('ac.created_at')
    .select('a.*', {
      associated_at: 'ac.created_at',
      holder: 'ac.holder',
      needs_channel: 'ac.needs_channel',
    })
}

/** The accounts holding any of these customers (only their holders', with `holdersOnly`). */
export async function accountsHoldingCustomers(
  db: Db,
  codes: readonly string[],
  options: { holdersOnly?: boolean } = {},
): Promise<AccountRow[]> {
  if (codes.length === 0) return []
  const query = db('counter_accounts as a')
    .join('counter_account_customers as ac', 'ac.account_id', 'a.id')
    .whereIn('ac.codice_cliente', codes)
  if (options.holdersOnly) query.where('ac.holder', true)
  return query.distinct('a.*')
}

export async function insertAccount(
  db: Db,
  row: Pick<AccountRow, 'id' | 'email' | 'password_hash' | 'status' | 'locale'> & {
    password_changed_at: string
    created_at: string
  },
): Promise<void> {
  await db('counter_accounts').insert(row)
}

export async function updateAccount(
  db: Db,
  id: string,
  change: Record<string, unknown>,
  onlyIfStatus?: AccountRow['status'],
): Promise<number> {
  const query = db('counter_accounts').where({ id })
  if (onlyIfStatus) query.where({ status: onlyIfStatus })
  return query.update(change)
}

export type AssociationRow = {
  id: string
  account_id: string
  codice_cliente: string
  created_at: string
  /** The customer's holder: the first account to hold them (sign-in by codice fiscale). */
  holder: boolean | number
  /** Another account held the customer first: disposizioni wait for a secure channel. */
  needs_channel: boolean | number
  /** The operator who associated at a desk. */
  added_by: string | null
}

export async function linkCustomer(
  db: Db,
  row: Pick<AssociationRow, 'id' | 'account_id' | 'codice_cliente' | 'created_at'> &
    Partial<Pick<AssociationRow, 'holder' | 'needs_channel' | 'added_by'>>,
): Promise<void> {
  await db('counter_account_customers').insert(row)
}

export const associationOf = (
  db: Db,
  accountId: string,
  codiceCliente: string,
): Promise<AssociationRow | undefined> =>
  db('counter_account_customers')
    .where({ account_id: accountId, codice_cliente: codiceCliente })
    .first()

/** The secure channel of an association is confirmed: disposizioni may start. */
export async function markChannelConfirmed(
  db: Db,
  accountId: string,
  codiceCliente: string,
): Promise<void> {
  await db('counter_account_customers')
    .where({ account_id: accountId, codice_cliente: codiceCliente })
    .update({ needs_channel: false })
}

/** An account's associations, oldest first. */
export const associationsOf = (db: Db, accountId: string): Promise<AssociationRow[]> =>
  db('counter_account_customers').where({ account_id: accountId }).orderBy('created_at')

/** Removes one association; false when there was none. */
export async function unlinkCustomer(
  db: Db,
  accountId: string,
  codiceCliente: string,
): Promise<boolean> {
  const n = await db('counter_account_customers')
    .where({ account_id: accountId, codice_cliente: codiceCliente })
    .delete()
  return n > 0
}

/** The oldest account still holding the customer becomes their holder (if none is). */
export async function makeOldestHolder(db: Db, codiceCliente: string): Promise<void> {
  const rows: AssociationRow[] = await db('counter_account_customers')
    .where({ codice_cliente: codiceCliente })
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
  if (rows.length === 0 || rows.some((r) => r.holder)) return
  await db('counter_account_customers').where({ id: rows[0]!.id }).update({ holder: true })
}

/** The codici cliente an account holds, oldest association first. */
export async function customerCodesOf(db: Db, accountId: string): Promise<string[]> {
  const rows: { codice_cliente: string }[] = await db('counter_account_customers')
    .where({ account_id: accountId })
    .orderBy('created_at')
    .select('codice_cliente')
  return rows.map((r) => r.codice_cliente)
}

/** Each account's email and first codice cliente (oldest association). */
export async function accountContacts(
  db: Db,
  ids: string[],
): Promise<{ id: string; email: string; codiceCliente: string | null }[]> {
  const rows: { id: string; email: string; codice_cliente: string | null }[] = await db(
    'counter_accounts as a',
  )
    .leftJoin('counter_account_customers as ac', 'ac.account_id', 'a.id')
    .whereIn('a.id', ids)
    .orderBy('ac.created_at')
    .select('a.id', 'a.email', 'ac.codice_cliente')
  const first = new Map<string, { id: string; email: string; codiceCliente: string | null }>()
  for (const r of rows)
    if (!first.has(r.id))
      first.set(r.id, { id: r.id, email: r.email, codiceCliente: r.codice_cliente })
  return [...first.values()]
}

/** Accounts whose email holds every word, or that hold one of these customers. */
export async function accountIdsMatching(
  db: Db,
  words: string[],
  customerCodes: string[],
): Promise<string[]> {
  const byEmail = db('counter_accounts').select('id')
  for (const word of words) byEmail.where('email', 'like', `%${word}%`)
  const byCustomer = db('counter_account_customers')
    .whereIn('codice_cliente', customerCodes)
    .select({ id: 'account_id' })
  return (await byEmail.union(byCustomer)).map((r: { id: string }) => r.id)
}

/** Every association of an active account, with its email and language (documents' notices). */
export async function activeAssociations(
  db: Db,
): Promise<
  { accountId: string; email: string; locale: Locale; codiceCliente: string; since: string }[]
> {
  return db('counter_account_customers as ac')
    .join('counter_accounts as a', 'a.id', 'ac.account_id')
    .where('a.status', 'active')
    .select({
      accountId: 'a.id',
      email: 'a.email',
      locale: 'a.locale',
      codiceCliente: 'ac.codice_cliente',
      since: 'ac.created_at',
    })
}

/** Demo reset: the customers' accounts go with the replica, children first. */
export async function deleteAllAccounts(db: Db): Promise<void> {
  await db('counter_account_tokens').delete()
  await db('counter_account_customers').delete()
  await db('counter_accounts').delete()
}
