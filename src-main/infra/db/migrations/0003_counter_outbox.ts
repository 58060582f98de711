// The transactional outbox (mail now, SMS later) and the demo-mode mailbox.
import type { Knex } from 'knex'

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('counter_outbox', (t) => {
    /** A UUID that is also the Message-ID's local part: a resent duplicate is recognisable. */
    t.text('id').primary()
    t.text('channel').notNullable().checkIn(['email', 'sms'])
    t.text('recipient').notNullable()
    t.text('locale').notNullable().checkIn(['it', 'en'])
    t.text('template').notNullable()
    /**
     * The template's parameters. Subject and body are rendered from them at send time, so a
     * secret (a confirmation code) lives in this one column only, and is replaced by a redacted
     * copy once the row is sent or dead.
     */
    t.text('payload_json').notNullable()
    t.text('status').notNullable().checkIn(['pending', 'sending', 'sent', 'dead'])
    t.integer('attempts').notNullable().defaultTo(0)
    t.text('next_attempt_at').notNullable()
    /** While `sending`: past this instant the row counts as orphaned by a crash, to reclaim. */
    t.text('lease_until').nullable()
    t.text('last_error').nullable()
    t.text('created_at').notNullable()
    t.text('sent_at').nullable()
    t.index(['status', 'next_attempt_at'])
  })

  // Demo mode only: what the built-in SMTP server received, so a demo can be walked without a
  // real mail server.
  await db.schema.createTable('counter_demo_mailbox', (t) => {
    t.text('id').primary()
    t.text('message_id').nullable()
    /** Bare recipient addresses, lower case, comma-separated. */
    t.text('to_address').notNullable()
    t.text('subject').notNullable()
    t.text('text_body').nullable()
    t.text('html_body').nullable()
    t.text('received_at').notNullable()
    t.integer('raw_size').notNullable()
    t.index(['received_at'])
    t.index(['message_id'])
  })
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('counter_demo_mailbox')
  await db.schema.dropTable('counter_outbox')
}
