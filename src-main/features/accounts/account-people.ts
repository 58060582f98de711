// Customers' accounts as the audit log names them: the customer's name, the codice cliente and
// the email, never a bare id; and which accounts a typed name, email or codice cliente means.
import type { PersonLabel } from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'
import { codesMatching, customerSummaries } from '../replica'
import { accountContacts, accountIdsMatching } from './accounts-repo'

export const accountPeople = {
  async labels(db: Db, ids: string[]): Promise<Map<string, PersonLabel>> {
    const contacts = await accountContacts(db, ids)
    const codes = contacts.flatMap((c) => (c.codiceCliente ? [c.codiceCliente] : []))
    const names = new Map(
      (await customerSummaries(db, codes)).map((c) => [c.codiceCliente, c.name]),
    )
    return new Map(
      contacts.map((c) => [
        c.id,
        {
          kind: 'customer',
          id: c.id,
          name: (c.codiceCliente && names.get(c.codiceCliente)) || c.email,
          email: c.email,
          ...(c.codiceCliente ? { codiceCliente: c.codiceCliente } : {}),
        },
      ]),
    )
  },
  async idsMatching(db: Db, words: string[]): Promise<string[]> {
    return accountIdsMatching(db, words, await codesMatching(db, words))
  },
}
