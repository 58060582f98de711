// Demo data on a real SQLite file: sizes, valid identifiers, real PDFs, determinism, idempotence.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Knex } from 'knex'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeCodiceFiscale, validateCodiceFiscale } from '../../src-shared/domain/codice-fiscale'
import {
  validateCodiceIss,
  validateCoe,
  validatePartitaIva,
} from '../../src-shared/domain/partita-iva'
import { personalWords, unmetPasswordRules } from '../../src-shared/domain/password-policy'
import { manualClock } from '../../src-main/infra/clock/clock'
import { cryptoRandom } from '../../src-main/infra/crypto/random'
import { verifyPassword } from '../../src-main/infra/crypto/password-hash'
import { migrateToLatest, openDatabase } from '../../src-main/infra/db/open-database'
import {
  demoOperators,
  ensureDemoData,
  resetDemoData,
  seedDemoData,
  type DemoProgress,
} from '../../src-main/features/demo/seed-demo'
import { euro, italianDate } from '../../src-main/features/demo/demo-pdf'
import { generateDemoCustomers } from '../../src-main/features/demo/demo-customers'
import { createPrng } from '../../src-main/features/demo/prng'
import type { ReplicaCustomer } from '../../src-main/features/replica'

const root = resolve(import.meta.dirname, '../..')
const SEEDED_AT = '2026-05-14T09:30:00.000Z'
const PDFTOTEXT = '/usr/bin/pdftotext'
const hasPdftotext = existsSync(PDFTOTEXT)

type CustomerRow = ReplicaCustomer & { replica_updated_at: string }

type DocumentRow = {
  id: number
  codice_cliente: string
  doc_number: string
  doc_type: 'bill' | 'notice'
  service: string
  period_start: string
  period_end: string
  issued_on: string
  due_on: string
  amount_cents: number
  currency: string
  pdf_bytes: number
  pdf_sha256: string
}

const dirs: string[] = []

async function freshDatabase(): Promise<Knex> {
  const dir = mkdtempSync(join(tmpdir(), 'sportello-demo-'))
  dirs.push(dir)
  const db = openDatabase({ filename: join(dir, 'sportello.sqlite') })
  await migrateToLatest(db)
  return db
}

const deps = () => ({ clock: manualClock(SEEDED_AT), random: cryptoRandom })

const daysBetween = (from: string, to: string): number =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000

async function pdfOf(db: Knex, documentId: number): Promise<Buffer> {
  const row = await db('replica_document_files').where({ document_id: documentId }).first('pdf')
  return row.pdf as Buffer
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('the default demo data set', () => {
  let db: Knex
  let seeded: { seeded: boolean }
  let seconds = 0
  const progress: DemoProgress[] = []
  let customers: CustomerRow[] = []
  let documents: DocumentRow[] = []

  beforeAll(async () => {
    db = await freshDatabase()
    const started = performance.now()
    seeded = await ensureDemoData(db, { ...deps(), onProgress: (p) => progress.push(p) })
    seconds = (performance.now() - started) / 1000
    customers = await db('replica_customers').select('*').orderBy('codice_cliente')
    documents = await db('replica_documents').select('*').orderBy('id')
  })

  afterAll(async () => {
    await db?.destroy()
  })

  it('has at least 300 customers and 5,000 documents', () => {
    console.info(
      `demo seed: ${customers.length} customers, ${documents.length} documents in ${seconds.toFixed(1)} s`,
    )
    expect(seeded).toEqual({ seeded: true, demo: true })
    expect(customers.length).toBeGreaterThanOrEqual(300)
    expect(documents.length).toBeGreaterThanOrEqual(5000)
  })

  it('mixes private and business, Italian and Sammarinese customers', () => {
    const share = (predicate: (c: CustomerRow) => boolean) =>
      customers.filter(predicate).length / customers.length
    expect(share((c) => c.kind === 'business')).toBeCloseTo(0.2, 1)
    expect(share((c) => c.country === 'SM')).toBeCloseTo(0.3, 1)
    for (const kind of ['private', 'business'] as const) {
      for (const country of ['IT', 'SM'] as const) {
        expect(customers.some((c) => c.kind === kind && c.country === country)).toBe(true)
      }
    }
  })

  it('gives each private customer a valid codice fiscale and codice ISS, and nothing else', () => {
    const privates = customers.filter((c) => c.kind === 'private')
    for (const c of privates) {
      expect(validateCodiceFiscale(c.codice_fiscale ?? ''), c.codice_cliente).toEqual({
        ok: true,
        value: c.codice_fiscale,
      })
      expect(validateCodiceIss(c.codice_iss ?? '')).toEqual({ ok: true, value: c.codice_iss })
      expect([c.partita_iva, c.codice_coe]).toEqual([null, null])
    }
    const omocodia = privates.filter(
      (c) => decodeCodiceFiscale(c.codice_fiscale ?? '').omocodiaLevel > 0,
    )
    expect(omocodia.length).toBeGreaterThan(0)
    expect(omocodia.length / privates.length).toBeLessThan(0.1)
    expect(privates.some((c) => c.codice_fiscale?.slice(11, 15) === 'Z130')).toBe(true)
    expect(new Set(privates.map((c) => c.codice_fiscale)).size).toBe(privates.length)
    expect(new Set(privates.map((c) => c.codice_iss)).size).toBe(privates.length)
  })

  it('gives each business a valid partita IVA (the C.O.E. in San Marino) and C.O.E.', () => {
    const businesses = customers.filter((c) => c.kind === 'business')
    for (const c of businesses) {
      expect(validateCoe(c.codice_coe ?? '')).toEqual({ ok: true, value: c.codice_coe })
      if (c.country === 'IT') {
        expect(validatePartitaIva(c.partita_iva ?? '')).toEqual({ ok: true, value: c.partita_iva })
      } else {
        expect(c.partita_iva).toBe(c.codice_coe)
      }
      expect([c.codice_fiscale, c.codice_iss]).toEqual([null, null])
    }
    expect(new Set(businesses.map((c) => c.codice_coe)).size).toBe(businesses.length)
  })

  it('has unique 8-digit customer codes, unique lower-case e-mails and E.164 mobiles', () => {
    expect(customers.every((c) => /^[1-9]\d{7}$/.test(c.codice_cliente))).toBe(true)
    const emails = customers.flatMap((c) => (c.email ? [c.email] : []))
    const mobiles = customers.flatMap((c) => (c.mobile ? [c.mobile] : []))
    expect(new Set(emails).size).toBe(emails.length)
    expect(new Set(mobiles).size).toBe(mobiles.length)
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.example$/)
    for (const c of customers.filter((c) => c.mobile)) {
      expect(c.mobile).toMatch(c.country === 'IT' ? /^\+393\d{9}$/ : /^\+37866\d{6}$/)
    }
    // A few customers lack one contact: the flows must cope with it.
    expect(emails.length).toBeLessThan(customers.length)
    expect(mobiles.length).toBeLessThan(customers.length)
    expect(emails.length).toBeGreaterThan(customers.length * 0.85)
    expect(customers.every((c) => /, \d{5} .+ \((RN|PU|FC|RSM)\)$/.test(c.address))).toBe(true)
    expect(customers.every((c) => c.replica_updated_at === SEEDED_AT)).toBe(true)
  })

  it('gives every customer two or three years of bills, up to the seeding day', () => {
    const byCustomer = new Map<string, DocumentRow[]>()
    for (const d of documents)
      byCustomer.set(d.codice_cliente, [...(byCustomer.get(d.codice_cliente) ?? []), d])
    expect(byCustomer.size).toBe(customers.length)
    for (const docs of byCustomer.values()) {
      const bills = docs.filter((d) => d.doc_type === 'bill')
      const issued = bills.map((d) => d.issued_on).sort()
      expect(daysBetween(issued[0] ?? '', issued.at(-1) ?? '')).toBeGreaterThan(600)
    }
    expect(documents.filter((d) => d.doc_type === 'notice').length).toBeGreaterThan(10)
  })

  it('stores documents with consistent dates, numbers, amounts and PDF facts', async () => {
    const iso = /^\d{4}-\d{2}-\d{2}$/
    for (const d of documents) {
      for (const date of [d.period_start, d.period_end, d.issued_on, d.due_on])
        expect(date).toMatch(iso)
      expect(d.period_start < d.period_end).toBe(true)
      expect(d.issued_on <= SEEDED_AT.slice(0, 10)).toBe(true)
      expect(d.doc_number).toMatch(new RegExp(`^${d.issued_on.slice(0, 4)}/[EGAN]/\\d{7}$`))
      expect(d.currency).toBe('EUR')
      expect(Number.isInteger(d.amount_cents) && d.amount_cents >= 0).toBe(true)
      expect(d.pdf_sha256).toMatch(/^[0-9a-f]{64}$/)
      if (d.doc_type === 'bill') {
        expect(d.issued_on > d.period_end).toBe(true)
        expect(daysBetween(d.issued_on, d.due_on)).toBeGreaterThanOrEqual(20)
        expect(daysBetween(d.issued_on, d.due_on)).toBeLessThanOrEqual(30)
        expect(d.amount_cents).toBeGreaterThan(0)
      }
    }
    const mismatched = await db('replica_documents as d')
      .join('replica_document_files as f', 'f.document_id', 'd.id')
      .whereRaw('length(f.pdf) <> d.pdf_bytes')
      .count({ n: '*' })
    expect(Number(mismatched[0]?.n)).toBe(0)
    const files = await db('replica_document_files').count({ n: '*' })
    expect(Number(files[0]?.n)).toBe(documents.length)
  })

  it('stores real PDFs that match their hash', async () => {
    for (const d of documents.filter((_, i) => i % 500 === 0)) {
      const pdf = await pdfOf(db, d.id)
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(d.pdf_sha256)
      const parsed = await PDFDocument.load(pdf)
      expect(parsed.getPageCount()).toBe(1)
      expect(parsed.getTitle()).toContain(d.doc_number)
    }
  })

  it.skipIf(!hasPdftotext)(
    'prints the customer, the number, the amount and the due date',
    async () => {
      const samples = [
        documents[0],
        documents.at(-1),
        documents.find((d) => d.doc_type === 'notice' && d.amount_cents > 0),
        documents.find(
          (d) => customers.find((c) => c.codice_cliente === d.codice_cliente)?.kind === 'business',
        ),
      ]
      for (const d of samples) {
        if (!d) throw new Error('missing sample document')
        const customer = customers.find((c) => c.codice_cliente === d.codice_cliente)
        const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', '-', '-'], {
          input: await pdfOf(db, d.id),
        }).toString('utf8')
        expect(text).toContain(`Codice cliente: ${d.codice_cliente}`)
        expect(text).toContain(customer?.name)
        expect(text).toContain(d.doc_number)
        expect(text).toContain(euro(d.amount_cents))
        expect(text).toContain(`Scadenza: ${italianDate(d.due_on)}`)
        expect(text).toContain(customer?.codice_fiscale ?? customer?.partita_iva ?? '')
      }
    },
  )
  if (!hasPdftotext)
    console.warn(
      `skipped the PDF text check: ${PDFTOTEXT} not found (apt-get install poppler-utils)`,
    )

  it('reports progress through every phase, in order, up to 100 %', () => {
    const phases = [...new Set(progress.map((p) => p.phase))]
    expect(phases).toEqual(['customers', 'documents', 'operators'])
    for (const phase of phases) {
      const last = progress.filter((p) => p.phase === phase).at(-1)
      expect(last && last.done === last.total).toBe(true)
    }
    // Throttled: about one report per percent, not one per document.
    expect(progress.length).toBeLessThan(400)
  })

  it('creates one operator per role, with the documented passwords', async () => {
    const operators = await db('counter_operators').select('*').orderBy('username')
    expect(operators.map((o) => o.role).sort()).toEqual(['admin', 'back_office', 'front_desk'])
    for (const demo of demoOperators) {
      const row = operators.find((o) => o.username === demo.username)
      expect(row?.display_name).toBe(demo.displayName)
      expect(row?.created_at).toBe(SEEDED_AT)
      expect(await verifyPassword(demo.password, String(row?.password_hash))).toBe(true)
      expect(
        unmetPasswordRules(demo.password, personalWords(demo.username, [demo.displayName])),
      ).toEqual([])
    }
  })

  it('is a no-op the second time', async () => {
    const before = {
      customers: await db('replica_customers').count({ n: '*' }),
      documents: await db('replica_documents').count({ n: '*' }),
      operators: await db('counter_operators').select('*').orderBy('id'),
    }
    const reports: DemoProgress[] = []
    expect(await ensureDemoData(db, { ...deps(), onProgress: (p) => reports.push(p) })).toEqual({
      seeded: false,
      demo: true,
    })
    expect(reports).toEqual([])
    expect(await db('replica_customers').count({ n: '*' })).toEqual(before.customers)
    expect(await db('replica_documents').count({ n: '*' })).toEqual(before.documents)
    expect(await db('counter_operators').select('*').orderBy('id')).toEqual(before.operators)
  })
})

describe('determinism and reset (small sets)', () => {
  async function snapshot(db: Knex) {
    return {
      customers: await db('replica_customers').select('*').orderBy('codice_cliente'),
      documents: await db('replica_documents').select('*').orderBy('id'),
    }
  }

  /**
   * Demo operators already in place, with a hash nobody can log in with: seeding then skips the
   * scrypt hashing (0.4 s each), which these tests do not need.
   */
  async function insertStaleOperators(db: Knex): Promise<void> {
    await db('counter_operators').insert(
      demoOperators.map((operator, i) => ({
        id: `00000000-0000-4000-8000-00000000000${i}`,
        username: operator.username,
        display_name: 'Renamed',
        role: 'front_desk',
        password_hash: 'scrypt$stale',
        disabled: true,
        created_at: SEEDED_AT,
      })),
    )
  }

  it('gives byte-identical rows and PDFs for the same seed and day', async () => {
    const [a, b] = [await freshDatabase(), await freshDatabase()]
    try {
      await Promise.all([insertStaleOperators(a), insertStaleOperators(b)])
      expect(await seedDemoData(a, { ...deps(), customers: 20, seed: 7 })).toMatchObject({
        customers: 20,
      })
      await seedDemoData(b, { ...deps(), customers: 20, seed: 7 })
      const [sa, sb] = [await snapshot(a), await snapshot(b)]
      expect(sa.documents.length).toBeGreaterThan(300)
      expect(sb).toEqual(sa)
      const blobs = async (db: Knex) =>
        (await db('replica_document_files').select('pdf').orderBy('document_id')).map((r) =>
          createHash('sha256').update(r.pdf).digest('hex'),
        )
      expect(await blobs(b)).toEqual(await blobs(a))
      // Another seed, other people.
      const other = generateDemoCustomers(createPrng(8), { count: 20 })
      expect(other.map((c) => c.codice_cliente)).not.toEqual(
        sa.customers.map((c) => c.codice_cliente),
      )
      await expect(seedDemoData(a, { ...deps(), customers: 20, seed: 7 })).rejects.toThrow(
        /not empty/,
      )
      // Existing operators are left alone by seeding: only a reset restores them.
      expect(
        await a('counter_operators').where({ password_hash: 'scrypt$stale' }).count({ n: '*' }),
      ).toEqual([{ n: 3 }])
    } finally {
      await Promise.all([a.destroy(), b.destroy()])
    }
  })

  it('resetDemoData replaces the replica and gives the demo operators back their passwords', async () => {
    const db = await freshDatabase()
    try {
      await insertStaleOperators(db)
      await seedDemoData(db, { ...deps(), customers: 12, seed: 3 })
      const seeded = await snapshot(db)
      const before = await db('counter_operators').select('id', 'username')
      await db('replica_customers')
        .where({ codice_cliente: seeded.customers[0]?.codice_cliente })
        .delete()

      const result = await resetDemoData(db, { ...deps(), customers: 12, seed: 3 })
      expect(result).toEqual({ customers: 12, documents: seeded.documents.length, operators: 3 })
      const after = await snapshot(db)
      expect(after.customers).toEqual(seeded.customers)
      expect(after.documents.map(({ id: _, ...rest }) => rest)).toEqual(
        seeded.documents.map(({ id: _, ...rest }) => rest),
      )
      const operators = await db('counter_operators').select('*')
      expect(operators.map(({ id, username }) => ({ id, username }))).toEqual(before)
      for (const demo of demoOperators) {
        const row = operators.find((o) => o.username === demo.username)
        expect(row).toMatchObject({ role: demo.role, display_name: demo.displayName, disabled: 0 })
      }
      const admin = operators.find((o) => o.username === 'amministratore')
      expect(await verifyPassword('Sportello-Admin-26!', String(admin?.password_hash))).toBe(true)
    } finally {
      await db.destroy()
    }
  })

  it('the demo:reset script refuses to wipe a replica that is not demo data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sportello-demo-script-'))
    dirs.push(dir)
    const db = openDatabase({ filename: join(dir, 'sportello.sqlite') })
    await migrateToLatest(db)
    await db('replica_customers').insert({
      codice_cliente: '12345678',
      kind: 'private',
      country: 'SM',
      name: 'Cliente Vero',
      codice_fiscale: 'RSSMRA85T10A562S',
      codice_iss: '123456',
      email: 'cliente@posta.sm',
      address: 'Via Piana 1, 47899 Serravalle (RSM)',
      replica_updated_at: SEEDED_AT,
    })
    await db.destroy()
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo-reset.ts'], {
      cwd: root,
      env: { ...process.env, SPORTELLO_DATA_DIR: dir },
      encoding: 'utf8',
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('--force')
    const again = openDatabase({ filename: join(dir, 'sportello.sqlite') })
    try {
      expect(await again('replica_customers').pluck('codice_cliente')).toEqual(['12345678'])
    } finally {
      await again.destroy()
    }
  })
})
