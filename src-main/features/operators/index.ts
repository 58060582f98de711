// Desk staff (owns counter_operators): sign-in, the admin's operator tools, and what identity,
// credentials, the audit log and demo seeding need of them.
export { createOperatorService, operatorSubjects, type OperatorService } from './operator-service'
export { operatorsHandlers } from './operators-handlers'
export {
  existingUsernames,
  operatorsByUsernames,
  operatorIdsMatching,
  operatorLabels,
  setOperatorsDisabled,
  upsertOperators,
  type NewOperatorRow,
} from './operators-repo'
