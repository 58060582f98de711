// Shared pieces of the documents tests: real PDFs (pdf-lib) put into the replica through its
// owner, and what the outbox holds of the documents' notices.
import { createHash } from 'node:crypto'
import type { Knex } from 'knex'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { insertReplica, type ReplicaDocument } from '../../../src-main/features/replica'

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** A one-page PDF naming the document; `padTo` bytes with a trailing comment (a big scan). */
export async function billPdf(number: string, padTo = 0): Promise<Buffer> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([595, 842])
  page.drawText(`Bolletta n. ${number}`, {
    x: 50,
    y: 780,
    font: await doc.embedFont(StandardFonts.Helvetica),
  })
  const bytes = Buffer.from(await doc.save())
  if (bytes.length >= padTo) return bytes
  // After %%EOF a reader ignores what follows; incompressible filler, so a zip cannot shrink it.
  const filler = Buffer.alloc(padTo - bytes.length)
  for (let i = 0; i < filler.length; i++) filler[i] = (i * 2654435761) >>> 24
  return Buffer.concat([bytes, Buffer.from('\n%'), filler])
}

/** The sha256 of each PDF put into the replica, by number (pdf-lib dates each file it saves). */
export const pdfSha = new Map<string, string>()

export type DocumentSpec = Partial<ReplicaDocument> & { doc_number: string; codice_cliente: string }

/** Puts documents (with their PDFs) into the replica; their ids by number. */
export async function addDocuments(
  db: Knex,
  specs: DocumentSpec[],
  padTo = 0,
): Promise<Map<string, number>> {
  const documents = await Promise.all(
    specs.map(async (spec) => {
      const pdf = await billPdf(spec.doc_number, padTo)
      const document: ReplicaDocument = {
        doc_type: 'bill',
        service: 'electricity',
        period_start: '2026-10-01',
        period_end: '2026-10-31',
        issued_on: '2026-11-22',
        due_on: '2026-12-15',
        amount_cents: 8_450,
        ...spec,
      }
      pdfSha.set(spec.doc_number, sha256(pdf))
      return { document, pdf, sha256: sha256(pdf) }
    }),
  )
  await db.transaction((trx) =>
    insertReplica(trx, { customers: [], documents }, '2026-11-22T00:00:00.000Z'),
  )
  const rows: { id: number; doc_number: string }[] = await db('replica_documents')
    .whereIn(
      'doc_number',
      specs.map((s) => s.doc_number),
    )
    .select('id', 'doc_number')
  return new Map(rows.map((r) => [r.doc_number, r.id]))
}

/** The notices' mails queued to an address, oldest first. */
export async function noticeMails(db: Knex, to: string) {
  const rows: { template: string; created_at: string; payload_json: string }[] = await db(
    'counter_outbox',
  )
    .where({ recipient: to })
    .whereIn('template', ['document-published', 'document-reminder'])
    .orderBy('created_at')
    .select('template', 'created_at', 'payload_json')
  return rows.map((r) => ({ ...r, params: JSON.parse(r.payload_json) as Record<string, unknown> }))
}
