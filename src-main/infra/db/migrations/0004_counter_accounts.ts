// Portal accounts, their customers, one-time tokens, sessions and the login throttle.
import type { Knex } from 'knex'

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('counter_accounts', (t) => {
    t.text('id').primary()
    /** The username: stored lower-case, unique. */
    t.text('email').notNullable().unique()
    t.text('password_hash').notNullable()
    t.text('status').notNullable().checkIn(['pending', 'active', 'disabled'])
    t.text('locale').notNullable().checkIn(['it', 'en'])
    /** A first-access (temporary) password: works once, until this instant, then must change. */
    t.text('temporary_password_expires_at').nullable()
    t.text('temporary_password_used_at').nullable()
    t.boolean('must_change_password').notNullable().defaultTo(false)
    t.text('password_changed_at').notNullable()
    t.text('confirmed_at').nullable()
    t.text('created_at').notNullable()
  })

  await db.schema.createTable('counter_account_customers', (t) => {
    t.text('id').primary()
    t.text('account_id')
      .notNullable()
      .references('id')
      .inTable('counter_accounts')
      .onDelete('CASCADE')
    t.text('codice_cliente').notNullable().references('codice_cliente').inTable('replica_customers')
    t.text('created_at').notNullable()
    t.unique(['account_id', 'codice_cliente'])
    t.index(['codice_cliente'])
  })

  // Email confirmation, password reset: a long token for the link and a short code for the
  // kiosk, both stored as SHA-256 only.
  await db.schema.createTable('counter_account_tokens', (t) => {
    t.text('id').primary()
    t.text('account_id')
      .notNullable()
      .references('id')
      .inTable('counter_accounts')
      .onDelete('CASCADE')
    t.text('purpose').notNullable().checkIn(['confirm-email', 'reset-password'])
    t.text('token_hash').notNullable().unique()
    t.text('code_hash').notNullable()
    t.integer('code_attempts').notNullable().defaultTo(0)
    t.text('expires_at').notNullable()
    t.text('used_at').nullable()
    t.text('revoked_at').nullable()
    t.text('created_at').notNullable()
    t.index(['account_id', 'purpose'])
  })

  await db.schema.createTable('counter_sessions', (t) => {
    t.text('id').primary()
    /** SHA-256 of the session secret; the secret itself never touches the disk. */
    t.text('secret_hash').notNullable().unique()
    t.text('subject_kind').notNullable().checkIn(['account', 'operator'])
    t.text('subject_id').notNullable()
    t.boolean('remember').notNullable().defaultTo(false)
    t.text('created_at').notNullable()
    t.text('last_seen_at').notNullable()
    t.text('expires_at').notNullable()
    t.text('ended_at').nullable()
    t.text('ended_reason').nullable()
    t.index(['subject_kind', 'subject_id'])
  })

  // Failures and lockouts, keyed by account (or by a hash of an unknown identifier, so that
  // unknown accounts lock exactly like known ones and nothing can be learnt from the answer).
  await db.schema.createTable('counter_login_throttle', (t) => {
    t.text('key').primary()
    t.integer('failures').notNullable().defaultTo(0)
    t.integer('lockouts').notNullable().defaultTo(0)
    t.text('locked_until').nullable()
    t.text('last_failure_at').notNullable()
  })

  await db.schema.alterTable('counter_operators', (t) => {
    t.boolean('must_change_password').notNullable().defaultTo(false)
  })
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('counter_operators', (t) => t.dropColumn('must_change_password'))
  await db.schema.dropTable('counter_login_throttle')
  await db.schema.dropTable('counter_sessions')
  await db.schema.dropTable('counter_account_tokens')
  await db.schema.dropTable('counter_account_customers')
  await db.schema.dropTable('counter_accounts')
}
