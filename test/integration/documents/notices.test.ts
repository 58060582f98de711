// The notices of a published document (issue #14, SPEC §3.10, seed 002) under the injected
// clock, with restarts in between (new services over the same SQLite file): exactly three mails
// over 20 days for an unread document, one for a document read on day 3, none twice with two
// schedulers running at once, nothing inside the quiet hours (a notice due at 22:00 goes at 08:00).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { assembleServices } from '../../../src-main/counter'
import { privateCustomer, startHarness, type Harness } from '../../support/counter-harness'
import { addDocuments, noticeMails } from './documents-kit'

const HOUR = 60 * 60_000
const DAY = 24 * HOUR
const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'
const codiceCliente = privateCustomer.codice_cliente

let h: Harness
beforeEach(async () => {
  h = await startHarness({ mode: 'desk' })
  await h.confirmedAccount(email, password)
})
afterEach(async () => h.dispose())

/** The job as a fresh start would run it: new services over the same database. */
const restartAndRun = () => assembleServices(h.deps).services.documents.runDocumentNotices()

/** Moves the clock in steps of `stepMs` for `totalMs`, running the job (restarted) at each. */
async function walk(totalMs: number, stepMs: number, each: () => Promise<unknown> = restartAndRun) {
  for (let t = 0; t < totalMs; t += stepMs) {
    h.clock.advance(stepMs)
    await each()
  }
}

describe('the notices of a document', () => {
  it('exactly three mails over 20 days for an unread document, across restarts', async () => {
    await addDocuments(h.db, [{ doc_number: '2026/E/0000001', codice_cliente: codiceCliente }])
    expect(await restartAndRun()).toEqual({ sent: 1, quiet: false })
    // The same hour again, and after a restart: nothing new.
    expect(await restartAndRun()).toEqual({ sent: 0, quiet: false })
    await walk(30 * DAY, 3 * HOUR)
    const mails = await noticeMails(h.db, email)
    expect(mails.map((m) => m.template)).toEqual([
      'document-published',
      'document-reminder',
      'document-reminder',
    ])
    expect(mails.map((m) => m.params.last)).toEqual([undefined, false, true])
    const at = mails.map((m) => Date.parse(m.created_at))
    // Ten days after the one before, to the job's step (3 hours).
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(10 * DAY)
    expect(at[1]! - at[0]!).toBeLessThan(10 * DAY + 3 * HOUR)
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(10 * DAY)
    expect(at[2]! - at[1]!).toBeLessThan(10 * DAY + 3 * HOUR)
    expect(mails[0]!.params).toMatchObject({ number: '2026/E/0000001', type: 'bill' })
  })

  it('one mail for a document read on day 3', async () => {
    const ids = await addDocuments(h.db, [
      { doc_number: '2026/E/0000002', codice_cliente: codiceCliente },
    ])
    await restartAndRun()
    await walk(3 * DAY, 6 * HOUR)
    // Day 3: the customer signs in again (the first session is long over) and opens it.
    const screen = h.connection()
    await h.call(screen, 'accounts:login', { identifier: email, password })
    const opened = await h.call(screen, 'documents:get-pdf', {
      documentId: ids.get('2026/E/0000002')!,
    })
    expect(opened.ok).toBe(true)
    await walk(25 * DAY, 6 * HOUR)
    expect((await noticeMails(h.db, email)).map((m) => m.template)).toEqual(['document-published'])
  })

  it('none twice with two schedulers running at once', async () => {
    await addDocuments(
      h.db,
      Array.from({ length: 5 }, (_, i) => ({
        doc_number: `2026/E/00001${i}`,
        codice_cliente: codiceCliente,
      })),
    )
    const twoAtOnce = async () => {
      const [a, b] = [assembleServices(h.deps), assembleServices(h.deps)]
      const runs = await Promise.all([
        a.services.documents.runDocumentNotices(),
        b.services.documents.runDocumentNotices(),
      ])
      return runs
    }
    const first = await twoAtOnce()
    expect(first[0]!.sent + first[1]!.sent).toBe(5)
    await walk(25 * DAY, 4 * HOUR, twoAtOnce)
    const mails = await noticeMails(h.db, email)
    expect(mails).toHaveLength(15)
    const perDocument = new Map<unknown, number>()
    for (const m of mails)
      perDocument.set(m.params.number, (perDocument.get(m.params.number) ?? 0) + 1)
    expect([...perDocument.values()]).toEqual([3, 3, 3, 3, 3])
    // The unique key: one row per document, account and sequence.
    const keys: { n: number }[] = await h.db.raw(
      'SELECT count(*) AS n FROM counter_document_notices GROUP BY document_id, account_id, sequence HAVING n > 1',
    )
    expect(keys).toEqual([])
  })

  it('waits out the quiet hours: a notice due at 22:00 goes at 08:00', async () => {
    // 21:00 UTC is 22:00 in Rome in November.
    h.clock.set('2026-11-22T21:00:00.000Z')
    await addDocuments(h.db, [{ doc_number: '2026/E/0000003', codice_cliente: codiceCliente }])
    expect(await restartAndRun()).toEqual({ sent: 0, quiet: true })
    // Every 15 minutes through the night: nothing until 08:00 Rome (07:00 UTC).
    await walk(9 * HOUR + 45 * 60_000, 15 * 60_000)
    expect(h.clock.now().toISOString()).toBe('2026-11-23T06:45:00.000Z')
    expect(await noticeMails(h.db, email)).toEqual([])
    h.clock.advance(15 * 60_000)
    expect(await restartAndRun()).toEqual({ sent: 1, quiet: false })
    expect((await noticeMails(h.db, email))[0]!.created_at).toBe('2026-11-23T07:00:00.000Z')
  })

  it('the admin sets the quiet hours; they hold the reminders too', async () => {
    const admin = await h.signedInOperator('admin')
    expect(await h.call(admin, 'documents:get-quiet-hours', {})).toEqual({
      ok: true,
      value: { start: '21:00', end: '08:00', timeZone: 'Europe/Rome' },
    })
    expect(
      await h.call(admin, 'documents:set-quiet-hours', { start: '09:30', end: '12:00' }),
    ).toEqual({ ok: true, value: null })
    expect(
      await h.call(admin, 'documents:set-quiet-hours', { start: '25:00', end: '12:00' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    // 09:00 UTC is 10:00 in Rome: inside the new quiet hours.
    await addDocuments(h.db, [{ doc_number: '2026/E/0000004', codice_cliente: codiceCliente }])
    expect(await restartAndRun()).toEqual({ sent: 0, quiet: true })
    h.clock.set('2026-11-22T11:00:00.000Z')
    expect(await restartAndRun()).toEqual({ sent: 1, quiet: false })
    // Ten days later at 10:00 Rome: the reminder waits until 12:00.
    h.clock.set('2026-12-02T09:00:00.000Z')
    expect(await restartAndRun()).toEqual({ sent: 0, quiet: true })
    h.clock.set('2026-12-02T11:00:00.000Z')
    expect(await restartAndRun()).toEqual({ sent: 1, quiet: false })
  })

  it('a document issued before the account took the customer is never announced', async () => {
    await addDocuments(h.db, [
      { doc_number: '2026/E/0000005', codice_cliente: codiceCliente, issued_on: '2026-10-22' },
      { doc_number: '2026/E/0000006', codice_cliente: '20000002' },
    ])
    await walk(2 * DAY, 6 * HOUR)
    expect(await noticeMails(h.db, email)).toEqual([])
  })
})
