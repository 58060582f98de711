// Demo data for a fresh install: fills an empty replica with generated customers and their bills
// as real PDFs, and creates one operator per role with the documented demo passwords.
// Everything is prepared first and written in one short transaction: a crash leaves either no
// demo data or all of it, and the single database connection is never held while PDFs render.
import { createHash } from 'node:crypto'
import type { Knex } from 'knex'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'
import { hashPassword } from '../../infra/crypto/password-hash'
import { clearDemoMailbox } from '../../infra/mail/demo-smtp-server'
import { clearOutbox } from '../../infra/outbox/outbox'
import { deleteAllAccounts } from '../accounts'
import { deleteAllThrottles } from '../credentials'
import { existingUsernames, upsertOperators, type NewOperatorRow } from '../operators'
import { clearReplica, insertReplica, replicaIsEmpty } from '../replica'
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

type OperatorRow = NewOperatorRow

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
  const present = await existingUsernames(
    db,
    demoOperators.map((operator) => operator.username),
  )
  return demoOperators.filter((operator) => !present.has(operator.username))
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
    await insertReplica(trx, demo, at)
    await upsertOperators(trx, operators, 'ignore')
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
    await upsertOperators(db, rows, 'ignore')
    progress(missing.length)
  }
  return { seeded: false }
}

/**
 * Back to the demo as shipped: the replica is replaced by freshly generated data and the demo
 * operators get their documented passwords, role and name back, enabled. Operators are updated
 * in place rather than deleted, so their ids (in the audit log and in reviews) stay valid.
 */
export async function resetDemoData(
  db: Knex,
  deps: DemoDeps & SeedOptions,
): Promise<{ customers: number; documents: number; operators: number }> {
  const [demo, operators] = await prepareAll(deps, deps, demoOperators)
  const at = deps.clock.now().toISOString()
  await db.transaction(async (trx) => {
    // A demo reset starts the customers' story over: their accounts go with the replica.
    await deleteAllAccounts(trx)
    await deleteAllThrottles(trx)
    await clearOutbox(trx)
    await clearDemoMailbox(trx)
    await clearReplica(trx)
    await insertReplica(trx, demo, at)
    await upsertOperators(trx, operators, 'restore')
  })
  return {
    customers: demo.customers.length,
    documents: demo.documents.length,
    operators: operators.length,
  }
}
