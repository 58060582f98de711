// Replica tables: owned by the billing system and read-only at the counter (prefix `replica_`).
import type { Knex } from 'knex'

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('replica_customers', (t) => {
    t.text('codice_cliente').primary()
    t.text('kind').notNullable().checkIn(['private', 'business'])
    t.text('country').notNullable().checkIn(['IT', 'SM'])
    /** Surname and given name of a person, or the registered name of a business. */
    t.text('name').notNullable()
    t.text('codice_fiscale').nullable()
    t.text('partita_iva').nullable()
    /** San Marino social-security code: what a private customer types to register. */
    t.text('codice_iss').nullable()
    /** Codice Operatore Economico: what a business types to register. */
    t.text('codice_coe').nullable()
    t.text('email').nullable()
    t.text('mobile').nullable()
    t.text('address').notNullable()
    t.text('replica_updated_at').notNullable()
    t.index(['codice_fiscale'])
    t.index(['partita_iva'])
  })
  await db.raw(`CREATE TRIGGER replica_customers_id_by_kind BEFORE INSERT ON replica_customers
    WHEN (NEW.kind = 'private' AND (NEW.codice_fiscale IS NULL OR NEW.codice_iss IS NULL))
      OR (NEW.kind = 'business' AND (NEW.partita_iva IS NULL OR NEW.codice_coe IS NULL))
    BEGIN SELECT RAISE(ABORT, 'replica_customers: identifiers do not match kind'); END`)

  await db.schema.createTable('replica_documents', (t) => {
    t.increments('id')
    t.text('codice_cliente')
      .notNullable()
      .references('codice_cliente')
      .inTable('replica_customers')
      .onDelete('CASCADE')
    t.text('doc_number').notNullable().unique()
    t.text('doc_type').notNullable().checkIn(['bill', 'notice'])
    t.text('service').notNullable().checkIn(['electricity', 'gas', 'water'])
    t.text('period_start').notNullable()
    t.text('period_end').notNullable()
    t.text('issued_on').notNullable()
    t.text('due_on').notNullable()
    t.integer('amount_cents').notNullable()
    t.text('currency').notNullable().defaultTo('EUR')
    t.integer('pdf_bytes').notNullable()
    t.text('pdf_sha256').notNullable()
    t.text('replica_updated_at').notNullable()
    t.index(['codice_cliente', 'issued_on'])
  })

  // The PDF itself, apart from the row so that listing documents never reads the blobs.
  await db.schema.createTable('replica_document_files', (t) => {
    t.integer('document_id')
      .primary()
      .references('id')
      .inTable('replica_documents')
      .onDelete('CASCADE')
    t.binary('pdf').notNullable()
  })
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('replica_document_files')
  await db.schema.dropTable('replica_documents')
  await db.schema.dropTable('replica_customers')
}
