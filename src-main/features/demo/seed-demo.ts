// Demo data for a fresh install: fills an empty replica with generated customers and their bills
// as real PDFs, and creates one operator per role with the documented demo passwords.
// Everything is prepared first and written in one short transaction: a crash leaves either no
// demo data or all of it, and the single database connection is never held while PDFs render.
import { createHash } from 'node:crypto'
import type { Knex } from 'knex'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'
import { hashPassword } from '../../infra/crypto/password-hash'
import { generateDemoCustomers, type DemoCustomer } from './demo-customers'
import { generateDemoDocuments, type DemoDocument } from './demo-documents'
import { renderDemoPdf } from './demo-pdf'
import { createPrng } from './prng'

export type DemoProgress = {
  phase: 'customers' | 'documents' | 'operators'
  done: number
  total: number
}

export type DemoDeps = {
  clock: Clock
  /** For the operators' ids; the demo data itself comes from the seeded PRNG. */
  random: Random
  onProgress?: (progress: DemoProgress) => void
}

export type SeedOptions = {
  /** How many customers; the default set has 320 (about 7,500 documents). */
  customers?: number
  /** Same seed and same day (`clock`) give byte-identical rows and PDFs. */
  seed?: number
}

export const DEFAULT_DEMO_CUSTOMERS = 320
export const DEFAULT_DEMO_SEED = 20_260_101

export type DemoOperator = {
  username: string
  displayName: string
  role: 'front_desk' | 'back_office' | 'admin'
  password: string
}

/**
 * One operator per role. The passwords are public (docs, login screen in demo mode) and meet
 * the password policy: 8+ characters, upper, lower, digit, special, not containing the
 * username or the name.
 */
export const demoOperators: ReadonlyArray<DemoOperator> = [
  {
    username: 'operatore',
    displayName: 'Giulia Bianchi (demo)',
    role: 'front_desk',
    password: 'Sportello-Front-26!',
  },
  {
    username: 'revisore',
    displayName: 'Marco Gasperoni (demo)',
    role: 'back_office',
    password: 'Sportello-Back-26!',
  },
  {
    username: 'amministratore',
    displayName: 'Elena Ceccoli (demo)',
    role: 'admin',
    password: 'Sportello-Admin-26!',
  },
]

const CUSTOMER_ROWS_PER_INSERT = 500
const DOCUMENT_ROWS_PER_INSERT = 500
// Each row carries a PDF of about 4 KB; smaller statements keep memory flat.
const FILE_ROWS_PER_INSERT = 200
/** Documents rendered between two turns of the event loop, so the app stays responsive. */
const DOCUMENTS_PER_TURN = 25

type RenderedDocument = { document: DemoDocument; pdf: Buffer; sha256: string }

type PreparedDemo = {
  customers: DemoCustomer[]
  documents: RenderedDocument[]
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** Calls `onProgress` at the start, at every whole percent and at the end, not for every item. */
function progressReporter(deps: DemoDeps, phase: DemoProgress['phase'], total: number) {
  let lastPercent = -1
  return (done: number): void => {
    const percent = total === 0 ? 100 : Math.floor((done * 100) / total)
    if (percent === lastPercent && done !== total) return
    lastPercent = percent
    deps.onProgress?.({ phase, done, total })
  }
}

async function prepareDemo(deps: DemoDeps, options: SeedOptions): Promise<PreparedDemo> {
  const count = options.customers ?? DEFAULT_DEMO_CUSTOMERS
  const seed = options.seed ?? DEFAULT_DEMO_SEED
  const customersProgress = progressReporter(deps, 'customers', count)
  customersProgress(0)
  const customers = generateDemoCustomers(createPrng(seed), { count })
  customersProgress(count)

  const today = deps.clock.now().toISOString().slice(0, 10)
  const drafts = generateDemoDocuments(customers, { today, seed })
  const byCode = new Map(customers.map((customer) => [customer.codice_cliente, customer]))
  const documentsProgress = progressReporter(deps, 'documents', drafts.length)
  documentsProgress(0)
  const documents: RenderedDocument[] = []
  for (const [index, document] of drafts.entries()) {
    const customer = byCode.get(document.codice_cliente)
    if (!customer) throw new Error(`demo: document ${document.doc_number} has no customer`)
    const bytes = await renderDemoPdf(document, customer)
    const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    documents.push({ document, pdf, sha256: createHash('sha256').update(pdf).digest('hex') })
    documentsProgress(index + 1)
    if ((index + 1) % DOCUMENTS_PER_TURN === 0) await nextTurn()
  }
  return { customers, documents }
}

type OperatorRow = {
  id: string
  username: string
  display_name: string
  role: DemoOperator['role']
  password_hash: string
  disabled: boolean
  created_at: string
}

/**
 * Rows for the given demo operators. Hashed one after the other: each scrypt takes 128 MiB for
 * about 0.4 s on libuv's thread pool, and three at once would triple the peak memory.
 */
async function operatorRows(
  deps: DemoDeps,
  operators: readonly DemoOperator[],
): Promise<OperatorRow[]> {
  const rows: OperatorRow[] = []
  for (const operator of operators) {
    rows.push({
      id: deps.random.uuid(),
      username: operator.username,
      display_name: operator.displayName,
      role: operator.role,
      password_hash: await hashPassword(operator.password),
      disabled: false,
      created_at: deps.clock.now().toISOString(),
    })
  }
  return rows
}

/**
 * Prepares the replica and the operators' hashes side by side (the main thread renders PDFs while
 * the thread pool hashes), reporting the operators' phase after the documents' one.
 */
async function prepareAll(
  deps: DemoDeps,
  options: SeedOptions,
  operators: readonly DemoOperator[],
): Promise<[PreparedDemo, OperatorRow[]]> {
  const rows = operatorRows(deps, operators)
  // Without a handler now, a failed hash would be reported as unhandled while PDFs render.
  rows.catch(() => undefined)
  const demo = await prepareDemo(deps, options)
  const progress = progressReporter(deps, 'operators', operators.length)
  progress(0)
  const done = await rows
  progress(operators.length)
  return [demo, done]
}

async function missingDemoOperators(db: Knex | Knex.Transaction): Promise<DemoOperator[]> {
  const present = new Set(
    (
      await db('counter_operators')
        .whereIn(
          'username',
          demoOperators.map((operator) => operator.username),
        )
        .pluck('username')
    ).map(String),
  )
  return demoOperators.filter((operator) => !present.has(operator.username))
}

async function replicaIsEmpty(db: Knex | Knex.Transaction): Promise<boolean> {
  return (await db('replica_customers').first('codice_cliente')) === undefined
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size))
  return result
}

async function writeReplica(trx: Knex.Transaction, demo: PreparedDemo, at: string): Promise<void> {
  for (const chunk of chunks(demo.customers, CUSTOMER_ROWS_PER_INSERT)) {
    await trx('replica_customers').insert(
      chunk.map((customer) => ({ ...customer, replica_updated_at: at })),
    )
  }
  for (const chunk of chunks(demo.documents, DOCUMENT_ROWS_PER_INSERT)) {
    const inserted: { id: number; doc_number: string }[] = await trx('replica_documents')
      .insert(
        chunk.map(({ document: d, pdf, sha256 }) => ({
          codice_cliente: d.codice_cliente,
          doc_number: d.doc_number,
          doc_type: d.doc_type,
          service: d.service,
          period_start: d.period_start,
          period_end: d.period_end,
          issued_on: d.issued_on,
          due_on: d.due_on,
          amount_cents: d.amount_cents,
          currency: 'EUR',
          pdf_bytes: pdf.byteLength,
          pdf_sha256: sha256,
          replica_updated_at: at,
        })),
      )
      .returning(['id', 'doc_number'])
    // RETURNING gives rows in no promised order: match them by the unique number.
    const idOf = new Map(inserted.map((row) => [row.doc_number, row.id]))
    for (const files of chunks(chunk, FILE_ROWS_PER_INSERT)) {
      await trx('replica_document_files').insert(
        files.map(({ document, pdf }) => ({ document_id: idOf.get(document.doc_number), pdf })),
      )
    }
  }
}

/**
 * Generates and writes the demo replica into an empty one (throws otherwise), and creates the
 * demo operators that do not exist yet.
 */
export async function seedDemoData(
  db: Knex,
  deps: DemoDeps & SeedOptions,
): Promise<{ customers: number; documents: number }> {
  if (!(await replicaIsEmpty(db))) throw new Error('seedDemoData: the replica is not empty')
  const missing = await missingDemoOperators(db)
  const [demo, operators] = await prepareAll(deps, deps, missing)
  const at = deps.clock.now().toISOString()
  await db.transaction(async (trx) => {
    if (!(await replicaIsEmpty(trx))) throw new Error('seedDemoData: the replica is not empty')
    await writeReplica(trx, demo, at)
    if (operators.length > 0) {
      await trx('counter_operators').insert(operators).onConflict('username').ignore()
    }
  })
  return { customers: demo.customers.length, documents: demo.documents.length }
}

/**
 * Demo mode at start-up: seeds the replica only when it is empty, and recreates any missing demo
 * operator. A second call finds both in place and writes nothing.
 */
export async function ensureDemoData(db: Knex, deps: DemoDeps): Promise<{ seeded: boolean }> {
  if (await replicaIsEmpty(db)) {
    await seedDemoData(db, deps)
    return { seeded: true }
  }
  const missing = await missingDemoOperators(db)
  if (missing.length > 0) {
    const progress = progressReporter(deps, 'operators', missing.length)
    progress(0)
    const rows = await operatorRows(deps, missing)
    await db('counter_operators').insert(rows).onConflict('username').ignore()
    progress(missing.length)
  }
  return { seeded: false }
}

/**
 * Back to the demo as shipped: the replica is replaced by freshly generated data and the demo
 * operators get their documented passwords, role and name back, enabled. Operators are updated
 * in place rather than deleted, so their ids (in the audit log and in reviews) stay valid.
 */
/** Counter data that hangs off demo customers, children first. */
const demoCustomerTables = [
  'counter_account_tokens',
  'counter_account_customers',
  'counter_accounts',
  'counter_login_throttle',
  'counter_outbox',
  'counter_demo_mailbox',
] as const

export async function resetDemoData(
  db: Knex,
  deps: DemoDeps & SeedOptions,
): Promise<{ customers: number; documents: number; operators: number }> {
  const [demo, operators] = await prepareAll(deps, deps, demoOperators)
  const at = deps.clock.now().toISOString()
  await db.transaction(async (trx) => {
    // Files and documents go with their customers (ON DELETE CASCADE), but explicit deletes keep
    // the reset correct even on a connection without foreign_keys enabled.
    // A demo reset starts the customers' story over: their accounts go with the replica.
    for (const table of demoCustomerTables) await trx(table).delete()
    await trx('replica_document_files').delete()
    await trx('replica_documents').delete()
    await trx('replica_customers').delete()
    await writeReplica(trx, demo, at)
    await trx('counter_operators')
      .insert(operators)
      .onConflict('username')
      .merge(['display_name', 'role', 'password_hash', 'disabled'])
  })
  return {
    customers: demo.customers.length,
    documents: demo.documents.length,
    operators: operators.length,
  }
}
