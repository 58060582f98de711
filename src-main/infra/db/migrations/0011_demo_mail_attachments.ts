// Demo mode's mailbox keeps what each mail carried attached (name, type, size, SHA-256; never the
// bytes), so a demo user and the tests can see that "Inviami per email" sent the documents.
import type { Knex } from 'knex'

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('counter_demo_mailbox', (t) => {
    t.text('attachments_json').nullable()
  })
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('counter_demo_mailbox', (t) => {
    t.dropColumn('attachments_json')
  })
}
