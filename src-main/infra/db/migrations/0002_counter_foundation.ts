// Counter tables: created at the counter and later pushed to the hub (prefix `counter_`).
// Every counter table has a text `id` (a UUID, unique across kiosks) and `created_at` in UTC.
import type { Knex } from 'knex'

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('counter_settings', (t) => {
    t.text('key').primary()
    t.text('value_json').notNullable()
    t.text('updated_at').notNullable()
  })

  await db.schema.createTable('counter_operators', (t) => {
    t.text('id').primary()
    t.text('username').notNullable().unique()
    t.text('display_name').notNullable()
    t.text('role').notNullable().checkIn(['front_desk', 'back_office', 'admin'])
    /** Self-describing hash: algorithm and parameters travel with it (see infra/crypto). */
    t.text('password_hash').notNullable()
    t.boolean('disabled').notNullable().defaultTo(false)
    t.text('created_at').notNullable()
  })

  await db.schema.createTable('counter_audit_log', (t) => {
    t.text('id').primary()
    t.text('at').notNullable()
    /** `operator`, `customer`, `system` or `anonymous`. */
    t.text('actor_kind').notNullable()
    t.text('actor_id').nullable()
    /** The customer (or other record) acted upon, if any: "operator X for customer Y". */
    t.text('subject').nullable()
    t.text('action').notNullable()
    t.text('outcome').notNullable().checkIn(['ok', 'denied', 'failed', 'rejected'])
    t.text('detail_json').nullable()
    t.index(['at'])
  })
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('counter_audit_log')
  await db.schema.dropTable('counter_operators')
  await db.schema.dropTable('counter_settings')
}
