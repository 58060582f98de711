// The desk's customer search (issue #10): an FTS5 index over the replica's customers, kept in
// step with replica_customers by triggers, and indexes on the email and mobile (the billing system's sync writes the table, never the
// index). The trigram tokenizer with diacritics removed matches any part of a word in any case
// and accent ("ross mar" finds "Rossi Mària"); terms need three characters. Columns:
// - name: the customer's name as on file;
// - codes: codice cliente, codice fiscale, partita IVA, C.O.E.;
// - email;
// - phones: the mobile's digits in E.164 without "+" and without the country code, so a number
//   typed in any common way (333 123 4567, +39 333…, 0039 333…) is one digit string to find.
import type { Knex } from 'knex'

const columns = `name, codes, email, phones`
const values = (row: 'NEW' | 'c') => `${row}.name,
  ${row}.codice_cliente || ' ' || coalesce(${row}.codice_fiscale, '') || ' ' ||
    coalesce(${row}.partita_iva, '') || ' ' || coalesce(${row}.codice_coe, ''),
  coalesce(${row}.email, ''),
  coalesce(replace(${row}.mobile, '+', '') || ' ' ||
    CASE WHEN ${row}.mobile LIKE '+39%' THEN substr(${row}.mobile, 4)
         WHEN ${row}.mobile LIKE '+378%' THEN substr(${row}.mobile, 5)
         ELSE '' END, '')`

export async function up(db: Knex): Promise<void> {
  // Codes, emails and mobiles are looked up by their start through the table's own indexes.
  await db.raw('CREATE INDEX replica_customers_email ON replica_customers (email)')
  await db.raw('CREATE INDEX replica_customers_mobile ON replica_customers (mobile)')
  await db.raw(`CREATE VIRTUAL TABLE replica_customers_search USING fts5(
    ${columns}, tokenize = 'trigram remove_diacritics 1')`)
  await db.raw(`INSERT INTO replica_customers_search (rowid, ${columns})
    SELECT c.rowid, ${values('c')} FROM replica_customers c`)
  await db.raw(`CREATE TRIGGER replica_customers_search_insert AFTER INSERT ON replica_customers
    BEGIN INSERT INTO replica_customers_search (rowid, ${columns})
      VALUES (NEW.rowid, ${values('NEW')}); END`)
  await db.raw(`CREATE TRIGGER replica_customers_search_delete AFTER DELETE ON replica_customers
    BEGIN DELETE FROM replica_customers_search WHERE rowid = OLD.rowid; END`)
  await db.raw(`CREATE TRIGGER replica_customers_search_update AFTER UPDATE ON replica_customers
    BEGIN
      DELETE FROM replica_customers_search WHERE rowid = OLD.rowid;
      INSERT INTO replica_customers_search (rowid, ${columns}) VALUES (NEW.rowid, ${values('NEW')});
    END`)
}

export async function down(db: Knex): Promise<void> {
  for (const t of ['insert', 'delete', 'update'])
    await db.raw(`DROP TRIGGER replica_customers_search_${t}`)
  await db.raw('DROP TABLE replica_customers_search')
  await db.raw('DROP INDEX replica_customers_mobile')
  await db.raw('DROP INDEX replica_customers_email')
}
