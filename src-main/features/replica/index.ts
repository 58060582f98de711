// The local replica of the billing system (owns every replica_* table): reads for every feature,
// writes for demo seeding and sync.
export {
  codesMatching,
  customerLabels,
  codesWithCodiceFiscale,
  customersWithTaxCode,
  customerByCode,
  customerSummaries,
  replicaCounts,
  replicaIsEmpty,
  taxCodeMatches,
  type CustomerSummary,
  type ReplicaCustomer,
} from './replica-reads'
export {
  changeContactOnFile,
  counterChanges,
  clearReplica,
  insertReplica,
  type ReplicaDocument,
  type ReplicaDocumentWithPdf,
} from './replica-writes'
export { searchCustomers, type CustomerMatch } from './replica-search'
export {
  documentById,
  documentIdsOf,
  documentListSql,
  documentPdf,
  documentsByIds,
  documentsIssuedBetween,
  documentYears,
  listCustomerDocuments,
  type DocumentListQuery,
  type ReplicaDocumentRow,
} from './replica-documents'
