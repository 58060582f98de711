// The desk's customers (issue #10): finding a customer in the replica as the operator types, and
// the customer page (data on file, portal accounts, their audit trail); "serving a customer"
// comes next. Owns no table: it reads the replica's, the accounts' and the audit log's.
export { customersHandlers } from './customers-handlers'
