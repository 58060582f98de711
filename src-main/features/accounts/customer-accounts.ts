// The portal accounts of one customer, as the desk's customer page shows them: the email, the
// state (pending, confirmed, disabled), when confirmed, and a lock still running.
import type { CustomerAccountView } from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'
import { lockedUntil, throttleKey } from '../credentials'
import { accountsOfCustomer } from './accounts-repo'

export async function customerAccounts(
  db: Db,
  codiceCliente: string,
  now: Date,
): Promise<CustomerAccountView[]> {
  const rows = await accountsOfCustomer(db, codiceCliente)
  return Promise.all(
    rows.map(async (a) => ({
      id: a.id,
      email: a.email,
      status: a.status,
      confirmedAt: a.confirmed_at,
      lockedUntil: await lockedUntil(db, throttleKey('account', a.id), now),
    })),
  )
}
