// Every table has one owner, and only its owner names it (STYLE.md "Modules, not folders"): a
// schema change, or sync's change capture, then touches one module. The tables come from a real
// database migrated to the latest schema; the code is every src-main file but the migrations.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../../src-main/infra/db/open-database'
import { openTempDb } from '../../support/temp-db'

const root = resolve(import.meta.dirname, '../../..')

/** The module that owns each table (a prefix of the paths allowed to name it). */
const owners: Record<string, string> = {
  counter_settings: 'src-main/features/settings/',
  counter_operators: 'src-main/features/operators/',
  counter_audit_log: 'src-main/features/audit/',
  counter_accounts: 'src-main/features/accounts/',
  counter_account_customers: 'src-main/features/accounts/',
  counter_account_tokens: 'src-main/features/accounts/',
  counter_sessions: 'src-main/features/identity/',
  counter_login_throttle: 'src-main/features/credentials/',
  counter_secure_channels: 'src-main/features/secure-channel/',
  counter_otp_challenges: 'src-main/features/secure-channel/',
  counter_requests: 'src-main/features/requests/',
  counter_request_scans: 'src-main/features/requests/',
  counter_document_reads: 'src-main/features/documents/',
  counter_document_notices: 'src-main/features/documents/',
  replica_counter_changes: 'src-main/features/replica/',
  counter_outbox: 'src-main/infra/outbox/',
  counter_demo_mailbox: 'src-main/infra/mail/',
  counter_demo_sms: 'src-main/infra/sms/',
  replica_customers: 'src-main/features/replica/',
  replica_documents: 'src-main/features/replica/',
  replica_document_files: 'src-main/features/replica/',
  // The desk's search index over replica_customers, and FTS5's own shadow tables of it.
  ...Object.fromEntries(
    ['', '_config', '_content', '_data', '_docsize', '_idx'].map((suffix) => [
      `replica_customers_search${suffix}`,
      'src-main/features/replica/',
    ]),
  ),
}

type SourceFile = { path: string; text: string }

/** Code without its comments (a comment may mention a table it does not touch). */
const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

/** Each place a file names a table it does not own. */
function ownershipViolations(files: SourceFile[], tables: Record<string, string>) {
  const violations: string[] = []
  for (const file of files) {
    for (const [, name] of withoutComments(file.text).matchAll(
      /\b((?:counter|replica)_[a-z_]+)\b/g,
    )) {
      const owner = tables[name!]
      if (owner && !file.path.startsWith(owner)) violations.push(`${file.path} names ${name}`)
    }
  }
  return [...new Set(violations)]
}

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return path.endsWith('migrations') ? [] : sourceFiles(path)
    return path.endsWith('.ts')
      ? [{ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }]
      : []
  })
}

describe('table ownership', () => {
  const temp = openTempDb()
  let tables: string[] = []
  beforeAll(async () => {
    await migrateToLatest(temp.db)
    const rows: { name: string }[] = await temp
      .db('sqlite_master')
      .where({ type: 'table' })
      .whereRaw("(name like 'counter!_%' escape '!' or name like 'replica!_%' escape '!')")
      .select('name')
    tables = rows.map((r) => r.name).sort()
  })
  afterAll(() => temp.dispose())

  it('gives every table of the schema exactly one owner', () => {
    expect(tables.length).toBeGreaterThan(10)
    expect(Object.keys(owners).sort()).toEqual(tables)
  })

  it('lets no code but the owner name a table', () => {
    expect(ownershipViolations(sourceFiles(join(root, 'src-main')), owners)).toEqual([])
  })

  it('catches a feature that queries a table it does not own', () => {
    const rogue = {
      path: 'src-main/features/operators/rogue.ts',
      text: "export const peek = (db) => db('counter_accounts').where({ email }).first()\n",
    }
    const raw = {
      path: 'src-main/features/system/rogue.ts',
      text: 'export const sql = `select count(*) from replica_documents` // raw SQL counts too\n',
    }
    const comment = {
      path: 'src-main/features/system/fine.ts',
      text: '// reads replica_documents through the replica module\nexport const x = 1\n',
    }
    expect(ownershipViolations([rogue, raw, comment], owners)).toEqual([
      'src-main/features/operators/rogue.ts names counter_accounts',
      'src-main/features/system/rogue.ts names replica_documents',
    ])
  })
})
