// Requests back office reviews (issue #13, seed 003): MODIFICA (a new email or mobile) and RESET
// LOGIN (the secure channel started again), each with an ID document's two sides, sealed
// (AES-256-GCM, bound to the scan's id) and deleted some days after the decision; and the
// counter-side changes of the replica's data that the hub will collect.
import type { Knex } from 'knex'

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('counter_requests', (t) => {
    t.text('id').primary()
    /** The receipt's number, "R-<year>-<6 digits>", unique on this counter. */
    t.text('number').notNullable().unique()
    t.text('kind').notNullable().checkIn(['contact-change', 'channel-reset'])
    t.text('codice_cliente').notNullable()
    /** The account it was made for (a contact change), or the customer's holder (a reset). */
    t.text('account_id').nullable()
    t.text('medium').nullable().checkIn(['email', 'sms'])
    t.text('new_contact').nullable()
    /** The language of the customer's notices. */
    t.text('locale').notNullable()
    t.text('status').notNullable().checkIn(['pending', 'approved', 'rejected'])
    t.text('submitted_kind').notNullable().checkIn(['customer', 'operator', 'anonymous'])
    t.text('submitted_by').nullable()
    t.text('created_at').notNullable()
    t.text('due_at').notNullable()
    t.text('decided_at').nullable()
    t.text('decided_by').nullable()
    t.text('reason').nullable()
    t.text('note').nullable()
    t.text('scans_purged_at').nullable()
    t.index(['status', 'created_at'])
    t.index(['codice_cliente', 'created_at'])
  })
  await db.schema.createTable('counter_request_scans', (t) => {
    t.text('id').primary()
    t.text('request_id')
      .notNullable()
      .references('id')
      .inTable('counter_requests')
      .onDelete('CASCADE')
    t.text('side').notNullable().checkIn(['front', 'back'])
    t.text('mime').notNullable()
    /** [version][IV][tag][ciphertext], the AAD being the scan's id: never in clear. */
    t.binary('sealed').notNullable()
    t.integer('bytes').notNullable()
    t.unique(['request_id', 'side'])
  })
  await db.schema.createTable('replica_counter_changes', (t) => {
    t.text('id').primary()
    t.text('codice_cliente').notNullable()
    t.text('field').notNullable().checkIn(['email', 'mobile'])
    t.text('old_value').nullable()
    t.text('new_value').notNullable()
    /** Why: the request approved. */
    t.text('request_id').notNullable()
    t.text('changed_at').notNullable()
    /** Set when the hub has taken it (sync, later). */
    t.text('synced_at').nullable()
    t.index(['synced_at'])
  })
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('replica_counter_changes')
  await db.schema.dropTable('counter_request_scans')
  await db.schema.dropTable('counter_requests')
}
