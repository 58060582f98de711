// The secure channel (issue #12, SPEC §3.6, seed 003): the contact on file an account confirmed by
// OTP for one of its customers, and the OTP challenges that confirm it (the code only hashed,
// bound to its challenge); and demo mode's SMS catcher, as its mailbox is for mail.
import type { Knex } from 'knex'

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('counter_secure_channels', (t) => {
    t.text('id').primary()
    t.text('account_id')
      .notNullable()
      .references('id')
      .inTable('counter_accounts')
      .onDelete('CASCADE')
    t.text('codice_cliente').notNullable()
    t.text('medium').notNullable().checkIn(['email', 'sms'])
    /** The contact on file it was confirmed over: an email, or a mobile in E.164. */
    t.text('contact').notNullable()
    t.text('confirmed_at').notNullable()
    t.unique(['account_id', 'codice_cliente'])
  })
  await db.schema.createTable('counter_otp_challenges', (t) => {
    t.text('id').primary()
    t.text('account_id')
      .notNullable()
      .references('id')
      .inTable('counter_accounts')
      .onDelete('CASCADE')
    t.text('codice_cliente').notNullable()
    t.text('medium').notNullable().checkIn(['email', 'sms'])
    t.text('contact').notNullable()
    /** SHA-256 of `<challenge id>:<code>`: the code is good for this challenge only. */
    t.text('code_hash').notNullable()
    t.text('created_at').notNullable()
    t.text('expires_at').notNullable()
    t.integer('wrong_tries').notNullable().defaultTo(0)
    t.text('status').notNullable().checkIn(['open', 'confirmed', 'failed'])
    t.text('closed_at').nullable()
    t.index(['account_id', 'created_at'])
  })
  // Demo mode only: what the built-in SMS catcher on 127.0.0.1 received ("SMS inviati").
  await db.schema.createTable('counter_demo_sms', (t) => {
    t.text('id').primary()
    /** The outbox row's id as the gateway got it: a resent duplicate is recognisable. */
    t.text('message_id').notNullable()
    t.text('to_number').notNullable()
    t.text('sender').notNullable()
    t.text('text_body').notNullable()
    t.text('received_at').notNullable()
    t.index(['received_at'])
  })
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('counter_demo_sms')
  await db.schema.dropTable('counter_otp_challenges')
  await db.schema.dropTable('counter_secure_channels')
}
