// No bound value reaches a log line or the audit table (SECURITY.md "Accounts and sessions"):
// knex writes the SQL with its bound values into the message (and so the stack) of every error
// it passes on. Here database errors are provoked on real SQLite files, on the very statements
// that carry a password hash, a link token and a code — through the registry, as the kiosk calls
// it, and straight through the outbox — and every log line and every audit row is scanned.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enqueueMail } from '../../../src-main/infra/outbox/outbox'
import { openSecretBox, unprotectedKeys } from '../../../src-main/infra/crypto/secret-box'
import { createLogger, type Logger } from '../../../src-main/infra/log/logger'
import { manualClock } from '../../../src-main/infra/clock/clock'
import { migrateToLatest } from '../../../src-main/infra/db/open-database'
import { openTempDb, tempDir } from '../../support/temp-db'
import {
  privateCustomer,
  registrationOf,
  startHarness,
  type Harness,
} from '../../support/counter-harness'

/** A logger writing its JSON lines to memory, at the most talkative level. */
function bufferLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = []
  const logger = createLogger({ level: 'trace', destination: { write: (s) => lines.push(s) } })
  return { logger, lines }
}

/** A 6-digit code is a secret only as a whole number: never inside a longer one (a timestamp). */
const asNumber = (code: string) => new RegExp(`(?<!\\d)${code}(?!\\d)`)

function expectNoSecret(texts: string[], secrets: string[], codes: string[] = []) {
  expect(secrets.length + codes.length).toBeGreaterThan(0)
  for (const text of texts) {
    for (const secret of secrets) expect(text).not.toContain(secret)
    for (const code of codes) expect(text).not.toMatch(asNumber(code))
    // No SQL text at all, so no bound value of any statement.
    expect(text).not.toMatch(/insert into|update `|values \(|scrypt\$/i)
  }
}

const provoke = (table: string, when = 'INSERT') =>
  `CREATE TRIGGER provoke_${table} BEFORE ${when} ON ${table} ` +
  `BEGIN SELECT RAISE(ABORT, 'provoked by the test'); END`

const form = registrationOf(privateCustomer.email, 'Bolletta-Luce-26')

describe('database errors on rows holding secrets, through the registry', () => {
  let h: Harness
  let lines: string[]
  /** Every hash the hasher made, every token and number the random source gave. */
  const made = { hashes: [] as string[], tokens: [] as string[], ints: [] as string[] }

  beforeEach(async () => {
    const log = bufferLogger()
    lines = log.lines
    h = await startHarness({ logger: log.logger })
    made.hashes = []
    made.tokens = []
    made.ints = []
    const hash = h.hasher.hash.bind(h.hasher)
    vi.spyOn(h.hasher, 'hash').mockImplementation(async (password) => {
      const value = await hash(password)
      made.hashes.push(value)
      return value
    })
    const { token, int } = h.deps.random
    vi.spyOn(h.deps.random, 'token').mockImplementation((bytes) => {
      const value = token(bytes)
      made.tokens.push(value)
      return value
    })
    vi.spyOn(h.deps.random, 'int').mockImplementation((min, max) => {
      const value = int(min, max)
      made.ints.push(String(value).padStart(6, '0'))
      return value
    })
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    await h.dispose()
  })

  async function auditTexts(): Promise<string[]> {
    const rows = await h.db('counter_audit_log').select()
    return rows.map((row) => JSON.stringify(row))
  }

  async function confirmedAccount() {
    const kiosk = h.connection()
    expect(await h.call(kiosk, 'accounts:register', form)).toMatchObject({ ok: true })
    const { code } = (await h.lastMail(form.email))!.params
    expect(await h.call(kiosk, 'accounts:confirm', { email: form.email, code: code! })).toEqual({
      ok: true,
      value: null,
    })
    return kiosk
  }

  it('a registration whose account row is refused logs neither the password nor its hash', async () => {
    await h.db.raw(provoke('counter_accounts'))
    const result = await h.call(h.connection(), 'accounts:register', form)
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL' } })
    expect(made.hashes).toHaveLength(1)
    // The failure is logged, with what helps: SQLite's own words and code.
    expect(lines.join('\n')).toContain('provoked by the test')
    expect(lines.join('\n')).toContain('SQLITE_CONSTRAINT')
    expectNoSecret([...lines, ...(await auditTexts())], [form.password, ...made.hashes])
  })

  it("a registration whose confirmation mail is refused logs neither the link's token nor the code", async () => {
    await h.db.raw(provoke('counter_outbox'))
    const result = await h.call(h.connection(), 'accounts:register', form)
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL' } })
    expect(made.tokens.length).toBeGreaterThan(0)
    expect(lines.join('\n')).toContain('provoked by the test')
    expectNoSecret(
      [...lines, ...(await auditTexts())],
      [form.password, ...made.hashes, ...made.tokens],
      made.ints,
    )
  })

  it('a password reset whose mail is refused logs neither the token nor the code', async () => {
    const kiosk = await confirmedAccount()
    made.tokens = []
    made.ints = []
    lines.length = 0
    await h.db.raw(provoke('counter_outbox'))
    const result = await h.call(kiosk, 'accounts:request-password-reset', {
      email: form.email,
      locale: 'it',
    })
    // Recovery answers alike whatever happens; the failure is in the log alone.
    expect(made.tokens.length).toBeGreaterThan(0)
    expect(lines.join('\n')).toContain('provoked by the test')
    expect(JSON.stringify(result)).not.toContain('provoked')
    expectNoSecret([...lines, ...(await auditTexts())], made.tokens, made.ints)
  })

  it('a change of password whose update is refused logs neither password nor the new hash', async () => {
    const kiosk = await confirmedAccount()
    expect(
      await h.call(kiosk, 'accounts:login', { identifier: form.email, password: form.password }),
    ).toMatchObject({ ok: true })
    made.hashes = []
    lines.length = 0
    await h.db.raw(provoke('counter_accounts', 'UPDATE'))
    const newPassword = 'Acqua-Gas-Tari-2027'
    const result = await h.call(kiosk, 'session:change-password', {
      currentPassword: form.password,
      newPassword,
      newPasswordConfirm: newPassword,
    })
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL' } })
    expect(made.hashes.length).toBeGreaterThan(0)
    expect(lines.join('\n')).toContain('provoked by the test')
    expectNoSecret(
      [...lines, ...(await auditTexts())],
      [form.password, newPassword, ...made.hashes],
    )
  })
})

describe('database errors on rows holding secrets, straight through the outbox', () => {
  it('a UNIQUE violation on an outbox row, logged in every way a caller might, shows no value', async () => {
    const { logger, lines } = bufferLogger()
    const temp = openTempDb()
    await migrateToLatest(temp.db)
    const token = 'Tq3xVb7mKp2LwZ9rYs4NcH8dFg6JkA1eUo5iRt0yWvE'
    const code = '864209'
    const random = {
      uuid: () => 'a3f0c2de-0000-4000-8000-000000000001',
      token: () => '',
      int: () => 0,
    }
    const mail = {
      to: 'laura.bianchi@example.it',
      locale: 'it' as const,
      template: 'registration-confirm' as const,
      params: { name: 'Bianchi Laura', token, code },
    }
    const deps = {
      clock: manualClock('2026-11-22T09:00:00.000Z'),
      random,
      box: await openSecretBox(temp.dir, unprotectedKeys),
    }
    await enqueueMail(temp.db, deps, mail)
    let caught: unknown
    try {
      await temp.db.transaction((trx) => enqueueMail(trx, deps, mail))
    } catch (err) {
      caught = err
    }
    const err = caught as Error & { code?: string }
    // The premise: knex did put the values into the error (the code and token are sealed).
    expect(err.message).toContain(mail.to)
    expect(err.code).toBe('SQLITE_CONSTRAINT_PRIMARYKEY')

    logger.error({ err }, 'enqueue failed')
    logger.error(err)
    logger.error(err, 'enqueue failed')
    logger.error({ err: new Error('could not register', { cause: err }) }, 'wrapped')
    logger.error({ error: err }, 'under another key')
    logger.error({ failure: { detail: err.message, errors: [err] } }, 'nested, as text')
    logger.warn(`enqueue failed: ${err.message}`)
    logger.child({ component: 'outbox' }).error({ err }, 'from a child')

    expect(lines).toHaveLength(8)
    for (const line of lines) expect(line).toMatch(/constraint failed|could not register/i)
    // What is not a statement stays as it was.
    logger.warn({ reason: 'locked - retrying' }, 'could not update the settings - retrying')
    expect(lines.at(-1)).toContain('could not update the settings - retrying')
    expect(lines.at(-1)).toContain('"reason":"locked - retrying"')
    expect(lines.join('\n')).toContain('UNIQUE constraint failed: counter_outbox.id')
    expectNoSecret(lines, [token, mail.to], [code])
    await temp.dispose()
  })
})

describe('database errors on rows holding secrets, in the counter thread', () => {
  it("the worker's own log (its stderr) holds neither the password nor its hash", async () => {
    const dir = tempDir()
    try {
      const host = fileURLToPath(new URL('./support/worker-log-host.ts', import.meta.url))
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', host, dir.dir, JSON.stringify(form)],
        { encoding: 'utf8', timeout: 60_000 },
      )
      expect(run.status, run.stderr).toBe(0)
      expect(JSON.parse(run.stdout)).toEqual({ ok: false, error: { code: 'INTERNAL' } })
      const lines = run.stderr.split('\n').filter((line) => line.startsWith('{'))
      // The failure is in the worker's log, as SQLite said it.
      expect(lines.join('\n')).toContain('provoked by the test')
      expectNoSecret(lines, [form.password])
    } finally {
      dir.dispose()
    }
  }, 60_000)
})
