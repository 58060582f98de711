// Bills and notices of a customer (issue #14; owns counter_document_reads and
// counter_document_notices): the list, the PDF, reads, zip and mail-to-self, the notices of a
// published document with their reminders, and the outbox's resolver of document attachments.
export { createDocuments, documentAttachments, type Documents } from './documents-service'
export { documentsHandlers } from './documents-handlers'
export type { NoticeRecipient, NoticesRun } from './document-notices'
