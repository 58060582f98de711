// Documents (issue #14, SPEC §3.9-3.10, seed 002): who read which document and how first, the
// notices of a published document (at most three per document and account, the unique key keeps
// two schedulers or a restart from sending one twice), and the outbox's attachment references
// (document ids resolved at send time: a PDF's bytes never sit in the outbox).
import type { Knex } from 'knex'

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('counter_document_reads', (t) => {
    t.text('account_id').notNullable()
    /** replica_documents.id (no foreign key: the replica is replaced by sync, reads stay). */
    t.integer('document_id').notNullable()
    /** The document's customer, so an account's unread count never joins the replica. */
    t.text('codice_cliente').notNullable()
    t.text('first_read_at').notNullable()
    t.text('how').notNullable().checkIn(['open', 'print', 'download', 'mail'])
    t.primary(['account_id', 'document_id'])
    t.index(['document_id'])
  })
  await db.schema.createTable('counter_document_notices', (t) => {
    t.text('id').primary()
    t.integer('document_id').notNullable()
    t.text('account_id').notNullable()
    /** 1: published; 2: the reminder 10 days after; 3: the last one, 10 days after that. */
    t.integer('sequence').notNullable().checkBetween([1, 3])
    t.text('sent_at').notNullable()
    /** The outbox row that carries it. */
    t.text('outbox_id').notNullable()
    t.unique(['document_id', 'account_id', 'sequence'])
    t.index(['account_id'])
  })
  await db.schema.alterTable('counter_outbox', (t) => {
    /** JSON [{ kind, id }]: what to attach, read at send time; null for none. */
    t.text('attachments_json').nullable()
  })
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('counter_outbox', (t) => t.dropColumn('attachments_json'))
  await db.schema.dropTable('counter_document_notices')
  await db.schema.dropTable('counter_document_reads')
}
