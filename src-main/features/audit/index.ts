// The audit log: recorded by every feature, listed for the admin.
export {
  createAuditLog,
  listAudit,
  type PeopleDirectory,
  type AuditEntry,
  type AuditLog,
} from './audit-log'
export { auditHandlers } from './audit-handlers'
