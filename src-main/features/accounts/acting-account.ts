// Whose account a call acts on: the customer's own, or at a desk the served customer's, named by
// its email. An operator acts only for the customer they serve (`caller.serving`), so a desk can
// never reach an account through a customer it is not serving.
import type { Knex } from 'knex'
import { fail, ok, type Result } from '../../../src-shared/ipc'
import { subjectKindOf, type Caller } from '../identity'
import { accountByEmail } from './accounts-repo'

export async function actingAccount(
  db: Knex,
  caller: Caller,
  codiceCliente: string,
  accountEmail: string | undefined,
): Promise<Result<string>> {
  if (subjectKindOf(caller) !== 'operator') {
    if (accountEmail !== undefined || !caller.actorId)
      return fail('INVALID_INPUT', { issues: [{ path: 'accountEmail', code: 'invalid' }] })
    return ok(caller.actorId)
  }
  if (caller.serving !== codiceCliente) return fail('NOT_SERVING_THIS_CUSTOMER')
  if (!accountEmail)
    return fail('INVALID_INPUT', { issues: [{ path: 'accountEmail', code: 'REQUIRED' }] })
  const account = await accountByEmail(db, accountEmail)
  if (!account || account.status !== 'active')
    return fail('INVALID_INPUT', { issues: [{ path: 'accountEmail', code: 'ACCOUNT_NOT_FOUND' }] })
  return ok(account.id)
}
