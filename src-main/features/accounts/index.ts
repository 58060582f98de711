// Customers' portal accounts (owns counter_accounts, counter_account_customers and
// counter_account_tokens): registration, confirmation, sign-in, recovery, first access, unlock,
// and the association of customers to accounts.
export {
  accountSubjects,
  createAccountService,
  type AccountService,
  type EnqueueMail,
} from './account-service'
export { accountPeople } from './account-people'
export { customerAccounts } from './customer-accounts'
export { accountsHandlers } from './accounts-handlers'
export { deleteAllAccounts } from './accounts-repo'
export { createAssociations, type Associations } from './account-associations'
export { associationsHandlers } from './associations-handlers'
export {
  accountsHoldingCustomers,
  activeAssociations,
  associationOf,
  customerCodesOf,
  markChannelConfirmed,
} from './accounts-repo'
export { actingAccount } from './acting-account'
