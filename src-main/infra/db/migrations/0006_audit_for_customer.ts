// The audit log says for whom an operator acted: the codice cliente the operator was serving
// ("Servi questo cliente", issue #10), beside who acted and on what.
import type { Knex } from 'knex'

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('counter_audit_log', (t) => {
    t.text('for_customer').nullable()
    t.index(['for_customer'])
  })
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('counter_audit_log', (t) => {
    t.dropIndex(['for_customer'])
    t.dropColumn('for_customer')
  })
}
