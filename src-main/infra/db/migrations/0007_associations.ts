// Customer association (issue #11): which account is the customer's holder (the first to hold
// them: sign-in by codice fiscale names that one), whether an association waits for a secure
// channel before any disposizione (another account already held the customer), and the operator
// who made it at a desk.
import type { Knex } from 'knex'

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('counter_account_customers', (t) => {
    t.boolean('holder').notNullable().defaultTo(false)
    t.boolean('needs_channel').notNullable().defaultTo(false)
    t.text('added_by').nullable()
  })
  // The earliest association of each customer is its holder's.
  await db.raw(`UPDATE counter_account_customers SET holder = 1 WHERE id IN (
    SELECT id FROM counter_account_customers AS ac WHERE NOT EXISTS (
      SELECT 1 FROM counter_account_customers AS older
      WHERE older.codice_cliente = ac.codice_cliente
        AND (older.created_at < ac.created_at OR (older.created_at = ac.created_at AND older.id < ac.id))))`)
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('counter_account_customers', (t) => {
    t.dropColumn('added_by')
    t.dropColumn('needs_channel')
    t.dropColumn('holder')
  })
}
