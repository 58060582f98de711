// The customer's documents (issue #14, SPEC §3.9), main side, on a real SQLite file: the list's
// paging, filters, search and sort, unread marked per account and cleared by opening or printing;
// another customer's document NOT_FOUND, the same answer as one that does not exist; the desk's
// zip holding exactly the PDFs asked; mail to self split across mails over the size cap, the
// attachments arriving at a real SMTP server (parsed with postal-mime).
import PostalMime from 'postal-mime'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Connection } from '../../../src-main/features/identity'
import { documentAttachments } from '../../../src-main/features/documents'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { createOutboxSender } from '../../../src-main/infra/outbox/outbox'
import { cryptoRandom } from '../../../src-main/infra/crypto/random'
import { MAIL_ATTACHMENTS_CAP_BYTES } from '../../../src-shared/ipc'
import {
  businessCustomer,
  privateCustomer,
  startHarness,
  type Harness,
} from '../../support/counter-harness'
import { startRecordingSmtpServer } from '../../support/recording-smtp-server'
import { loopbackTransport } from '../mail/mail-test-kit'
import { addDocuments, pdfSha, sha256, type DocumentSpec } from './documents-kit'

const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'
const codiceCliente = privateCustomer.codice_cliente
const other = businessCustomer.codice_cliente

let h: Harness
let customer: Connection
let ids: Map<string, number>

/** Ten years of monthly electricity bills (2016-2025) and a notice each year; a few of another. */
function tenYears(): DocumentSpec[] {
  const specs: DocumentSpec[] = []
  for (let year = 2016; year <= 2025; year++) {
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0')
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
      specs.push({
        codice_cliente: codiceCliente,
        doc_number: `${year}/E/${String(month * 1000 + (year - 2000)).padStart(7, '0')}`,
        period_start: `${year}-${mm}-01`,
        period_end: `${year}-${mm}-${last}`,
        issued_on: `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-05`,
        due_on: `${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-25`,
        amount_cents: 5_000 + month * 100 + (year - 2016),
      })
    }
    specs.push({
      codice_cliente: codiceCliente,
      doc_number: `${year}/N/0000001`,
      doc_type: 'notice',
      period_start: `${year}-06-01`,
      period_end: `${year}-06-30`,
      issued_on: `${year}-07-10`,
      due_on: `${year}-07-30`,
      amount_cents: 0,
    })
  }
  for (let i = 1; i <= 3; i++)
    specs.push({ codice_cliente: other, doc_number: `2025/G/900000${i}`, service: 'gas' })
  return specs
}

beforeEach(async () => {
  h = await startHarness({ mode: 'kiosk' })
  customer = await h.confirmedAccount(email, password)
  ids = await addDocuments(h.db, tenYears())
})
afterEach(async () => h.dispose())

const list = (input: Partial<Parameters<typeof h.call<'documents:list'>>[2]> = {}) =>
  h.call(customer, 'documents:list', { codiceCliente, ...input })

describe('the list', () => {
  it('pages through ten years newest first, every document once, all unread', async () => {
    const first = await list()
    if (!first.ok) throw new Error(first.error.code)
    expect(first.value.total).toBe(130)
    expect(first.value.unread).toBe(130)
    expect(first.value.years).toEqual([
      2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016,
    ])
    expect(first.value.documents).toHaveLength(20)
    expect(first.value.documents[0]).toMatchObject({
      number: '2025/E/0012025',
      issuedOn: '2026-01-05',
      unread: true,
    })
    const seen: number[] = []
    for (let offset = 0; offset < 130; offset += 30) {
      const page = await list({ limit: 30, offset })
      if (!page.ok) throw new Error(page.error.code)
      seen.push(...page.value.documents.map((d) => d.id))
      const days = page.value.documents.map((d) => d.issuedOn)
      expect(days).toEqual([...days].sort().reverse())
    }
    expect(seen).toHaveLength(130)
    expect(new Set(seen).size).toBe(130)
    expect(
      seen.every((id) => ![...ids.entries()].some(([n, i]) => i === id && n.includes('/G/'))),
    ).toBe(true)
  })

  it('filters by type and year, searches a number or a month, sorts by amount', async () => {
    const notices = await list({ type: 'notice' })
    expect(notices.ok && notices.value.documents.map((d) => d.number)).toHaveLength(10)
    const y2020 = await list({ year: 2020, limit: 100 })
    // Twelve bills (December 2019's to November 2020's) and the year's notice.
    expect(y2020.ok && y2020.value.total).toBe(13)
    expect(y2020.ok && y2020.value.documents.every((d) => d.issuedOn.startsWith('2020'))).toBe(true)
    const byNumber = await list({ search: '0003021' })
    expect(byNumber.ok && byNumber.value.documents.map((d) => d.number)).toEqual(['2021/E/0003021'])
    for (const month of ['2021-03', '03/2021', '3/2021']) {
      const found = await list({ search: month })
      expect(found.ok && found.value.documents.map((d) => d.number)).toEqual(['2021/E/0003021'])
    }
    const june = await list({ search: '06/2019' })
    expect(june.ok && june.value.documents.map((d) => d.number).sort()).toEqual([
      '2019/E/0006019',
      '2019/N/0000001',
    ])
    // LIKE's wildcards typed are literal.
    const wild = await list({ search: '%' })
    expect(wild.ok && wild.value.total).toBe(0)
    const dearest = await list({ sort: 'amount-desc', type: 'bill', limit: 1 })
    expect(dearest.ok && dearest.value.documents[0]!.number).toBe('2025/E/0012025')
    const paid = await h.call(customer, 'documents:list', {
      codiceCliente,
      paid: true,
    } as never)
    // The replica holds no payment state: there is no such filter.
    expect(paid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('marks what was opened or printed read for this account; the count follows', async () => {
    const a = ids.get('2024/E/0005024')!
    const b = ids.get('2024/E/0006024')!
    expect(await h.call(customer, 'documents:get-pdf', { documentId: a })).toMatchObject({
      ok: true,
      value: { number: '2024/E/0005024', fileName: '2024-E-0005024.pdf' },
    })
    // Stampa: read, and at this kiosk silently; a test connection is no Electron window, so
    // the page prints itself.
    expect(await h.call(customer, 'documents:print', { documentId: b })).toEqual({
      ok: true,
      value: { silent: true, byShell: false },
    })
    const y2024 = await list({ year: 2024, limit: 100 })
    if (!y2024.ok) throw new Error(y2024.error.code)
    expect(y2024.value.unread).toBe(128)
    expect(
      y2024.value.documents
        .filter((d) => !d.unread)
        .map((d) => d.id)
        .sort(),
    ).toEqual([a, b].sort())
    expect(await h.call(customer, 'documents:unread-count', {})).toEqual({
      ok: true,
      value: { total: 128, customers: [{ codiceCliente, unread: 128 }] },
    })
    const reads: { how: string }[] = await h
      .db('counter_document_reads')
      .orderBy('how')
      .select('how')
    expect(reads.map((r) => r.how)).toEqual(['open', 'print'])
  })

  it('the PDF is the replica’s bytes', async () => {
    const got = await h.call(customer, 'documents:get-pdf', {
      documentId: ids.get('2016/N/0000001')!,
    })
    if (!got.ok) throw new Error(got.error.code)
    expect(sha256(Buffer.from(got.value.dataBase64, 'base64'))).toBe(pdfSha.get('2016/N/0000001'))
  })
})

describe('another customer’s document', () => {
  it('is NOT_FOUND, the same answer as a document that does not exist, and reads nothing', async () => {
    const theirs = ids.get('2025/G/9000001')!
    const missing = 9_999_999
    const answers = []
    for (const documentId of [theirs, missing]) {
      answers.push([
        await h.call(customer, 'documents:get-pdf', { documentId }),
        await h.call(customer, 'documents:mark-read', { documentId, how: 'download' }),
        await h.call(customer, 'documents:print', { documentId }),
        await h.call(customer, 'documents:mail-to-self', {
          documentIds: [ids.get('2025/E/0001025')!, documentId],
          locale: 'it',
        }),
      ])
    }
    expect(answers[0]).toEqual(answers[1])
    expect(answers[0]).toEqual([
      { ok: false, error: { code: 'NOT_FOUND' } },
      { ok: false, error: { code: 'NOT_FOUND' } },
      { ok: false, error: { code: 'NOT_FOUND' } },
      { ok: false, error: { code: 'NOT_FOUND' } },
    ])
    expect(await h.call(customer, 'documents:list', { codiceCliente: other })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await h.call(customer, 'documents:unread-count', { codiceCliente: other })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await h.db('counter_document_reads').count({ n: '*' })).toEqual([{ n: 0 }])
    expect(await h.db('counter_outbox').where({ template: 'documents-sent' })).toEqual([])
  })

  it('anonymous callers and a kiosk asking for the desk’s zip are refused', async () => {
    const anonymous = h.connection()
    expect(
      await h.call(anonymous, 'documents:get-pdf', { documentId: ids.get('2025/E/0001025')! }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(
      await h.call(customer, 'documents:zip', { documentIds: [ids.get('2025/E/0001025')!] }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_IN_THIS_MODE' } })
  })
})

describe('mail to self (kiosk)', () => {
  it('splits over the size cap; the attachments arrive at a real SMTP server', async () => {
    const third = Math.floor(MAIL_ATTACHMENTS_CAP_BYTES * 0.4)
    const big = await addDocuments(
      h.db,
      ['2026/E/1000001', '2026/E/1000002', '2026/E/1000003'].map((doc_number) => ({
        doc_number,
        codice_cliente: codiceCliente,
        issued_on: '2026-11-01',
      })),
      third,
    )
    const asked = [...big.values()]
    const sent = await h.call(customer, 'documents:mail-to-self', {
      documentIds: asked,
      locale: 'it',
    })
    expect(sent).toEqual({ ok: true, value: { to: ['la***@example.it'], mails: 2 } })
    // The outbox holds references, never the bytes.
    const rows: { attachments_json: string; payload_json: string }[] = await h
      .db('counter_outbox')
      .where({ template: 'documents-sent' })
      .select('attachments_json', 'payload_json')
    expect(rows.every((r) => r.attachments_json.length + r.payload_json.length < 1_000)).toBe(true)

    const server = await startRecordingSmtpServer()
    const transport = loopbackTransport(server.port)
    try {
      const sender = createOutboxSender({
        db: h.db,
        clock: h.clock,
        random: cryptoRandom,
        transport,
        logger: silentLogger,
        box: h.deps.box,
        resolveAttachment: documentAttachments(h.db),
      })
      expect(await sender.drainOnce()).toMatchObject({ sent: 2, dead: 0 })
      expect(server.messages).toHaveLength(2)
      const parsed = await Promise.all(server.messages.map((m) => PostalMime.parse(m.raw)))
      const got = parsed.flatMap((mail) =>
        mail.attachments.map((a) => ({
          name: a.filename,
          type: a.mimeType,
          sha: sha256(
            typeof a.content === 'string'
              ? Buffer.from(a.content, 'base64')
              : new Uint8Array(a.content),
          ),
        })),
      )
      const want = [...big.keys()].sort().map((n) => ({
        name: `${n.replaceAll('/', '-')}.pdf`,
        type: 'application/pdf',
        sha: pdfSha.get(n),
      }))
      expect(got.sort((x, y) => (x.name ?? '').localeCompare(y.name ?? ''))).toEqual(want)
      expect(parsed.map((m) => m.attachments.length).sort()).toEqual([1, 2])
      expect(parsed.map((m) => m.subject).sort()).toEqual([
        'I documenti richiesti (1 di 2)',
        'I documenti richiesti (2 di 2)',
      ])
      for (const m of server.messages) expect(m.rcptTo).toEqual(['laura.bianchi@example.it'])
    } finally {
      transport.close?.()
      await server.close()
    }
    // Mailed is read.
    const reads: { how: string }[] = await h.db('counter_document_reads').select('how')
    expect(reads.map((r) => r.how)).toEqual(['mail', 'mail', 'mail'])
  })

  it('a mail whose document left the replica is dead, never sent without it', async () => {
    const one = ids.get('2025/E/0001025')!
    expect(
      await h.call(customer, 'documents:mail-to-self', { documentIds: [one], locale: 'en' }),
    ).toMatchObject({ ok: true, value: { mails: 1 } })
    const sender = createOutboxSender({
      db: h.db,
      clock: h.clock,
      random: cryptoRandom,
      transport: { from: 'x@example.org', send: async () => undefined },
      logger: silentLogger,
      box: h.deps.box,
      resolveAttachment: async () => null,
    })
    expect(await sender.drainOnce()).toMatchObject({ sent: 0, dead: 1 })
  })
})

describe('the desk', () => {
  it('serving the customer: the zip holds exactly the PDFs asked, named by their numbers', async () => {
    h = await startHarness({ mode: 'desk' })
    const laura = await h.confirmedAccount(email, password)
    void laura
    ids = await addDocuments(h.db, tenYears())
    const desk = await h.signedInOperator('front_desk')
    const asked = ['2025/E/0001025', '2024/N/0000001', '2019/E/0007019']
    const documentIds = asked.map((n) => ids.get(n)!)
    // Not serving anyone yet: nothing.
    expect(await h.call(desk, 'documents:zip', { documentIds })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    await h.call(desk, 'customers:serve', { codiceCliente })
    const zipped = await h.call(desk, 'documents:zip', { documentIds, accountEmail: email })
    if (!zipped.ok) throw new Error(zipped.error.code)
    const files = unzipSync(Buffer.from(zipped.value.dataBase64, 'base64'))
    expect(Object.keys(files).sort()).toEqual(
      asked.map((n) => `${n.replaceAll('/', '-')}.pdf`).sort(),
    )
    for (const n of asked)
      expect(sha256(files[`${n.replaceAll('/', '-')}.pdf`]!)).toBe(pdfSha.get(n))
    // Downloaded for Laura's account.
    const list = await h.call(desk, 'documents:list', { codiceCliente, accountEmail: email })
    expect(list.ok && list.value.unread).toBe(127)
    // Without an account named: the list shows no reads, records none.
    const bare = await h.call(desk, 'documents:list', { codiceCliente })
    expect(bare.ok && bare.value.unread).toBeNull()
    expect(bare.ok && bare.value.documents[0]!.unread).toBeNull()
    // A document of a customer not served: NOT_FOUND for the whole zip.
    expect(
      await h.call(desk, 'documents:zip', {
        documentIds: [...documentIds, ids.get('2025/G/9000001')!],
      }),
    ).toEqual({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await h.call(desk, 'documents:list', { codiceCliente: other })).toEqual({
      ok: false,
      error: { code: 'NOT_SERVING_THIS_CUSTOMER' },
    })
    // At most 50 at once.
    expect(
      await h.call(desk, 'documents:zip', {
        documentIds: Array.from({ length: 51 }, (_, i) => i + 1),
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const audited: { action: string; for_customer: string }[] = await h
      .db('counter_audit_log')
      .where({ action: 'documents.zipped' })
      .select('action', 'for_customer')
    expect(audited).toEqual([{ action: 'documents.zipped', for_customer: codiceCliente }])
  })
})
