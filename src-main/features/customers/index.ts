// The desk's customers (issue #10): finding a customer in the replica as the operator types; the
// customer page and "serving a customer" come next. Owns no table: it reads the replica's.
export { customersHandlers } from './customers-handlers'
