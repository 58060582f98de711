// The portal accounts of one customer, as the desk's customer page shows them: the email, the
// state (pending, confirmed, disabled), when confirmed, a lock still running, and the association
// (since when, holder or shared and waiting for a secure channel).
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
      associatedAt: a.associated_at,
      holder: !!a.holder,
      needsChannel: !!a.needs_channel,
    })),
  )
}
