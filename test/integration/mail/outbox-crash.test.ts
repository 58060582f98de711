// A crash between sending and marking: the sender process is killed (SIGKILL) while the SMTP
// server holds its messages; a new sender on the same database file resends them after the lease
// expires, with the same Message-IDs, so every duplicate is recognisable.
import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { manualClock } from '../../../src-main/infra/clock/clock'
import { parseMail } from '../../../src-main/infra/mail/parse-mail'
import { cryptoRandom } from '../../../src-main/infra/crypto/random'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { openSecretBox, unprotectedKeys } from '../../../src-main/infra/crypto/secret-box'
import {
  createOutboxSender,
  enqueueMail,
  messageIdFor,
} from '../../../src-main/infra/outbox/outbox'
import { startRecordingSmtpServer } from '../../support/recording-smtp-server'
import {
  countByStatus,
  loopbackTransport,
  migratedTempDb,
  outboxRows,
  registrationParams,
} from './mail-test-kit'

const LEASE_MS = 60_000
const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('outbox crash between send and mark', () => {
  it('resends after the lease expires, with the same Message-ID', async () => {
    const temp = await migratedTempDb()
    cleanups.push(() => temp.dispose())
    // The box of the data directory: the crashing sender, a process of its own, opens it too.
    const box = await openSecretBox(temp.dir, unprotectedKeys)
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      ids.push(
        await enqueueMail(
          temp.db,
          { clock: { now: () => new Date() }, random: cryptoRandom, box },
          {
            to: `cliente${i}@example.it`,
            locale: 'it',
            template: 'registration-confirm',
            params: registrationParams(i),
          },
        ),
      )
    }

    // Filled once the server's port is known; the server's hook needs it first.
    const crashing: { child?: ChildProcess } = {}
    let childGone: Promise<unknown> = Promise.resolve()
    let killed = false
    let firstRun = true
    const server = await startRecordingSmtpServer({
      // The message is on the server; before it answers 250 the sender dies, as a crash would.
      onReceived: async () => {
        if (!firstRun) return
        if (!killed && crashing.child) {
          killed = true
          crashing.child.kill('SIGKILL')
        }
        await childGone
      },
    })
    cleanups.push(() => server.close())

    const fixture = fileURLToPath(new URL('./fixtures/crash-sender.ts', import.meta.url))
    const child = fork(fixture, [temp.file, String(server.port), String(LEASE_MS)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const messages: unknown[] = []
    child.on('message', (m) => messages.push(m))
    crashing.child = child
    childGone = new Promise((resolve) => child.once('exit', resolve))
    cleanups.push(() => child.kill('SIGKILL'))
    const exit = await childGone
    expect(killed).toBe(true)
    expect(exit).toBeNull() // exit code null: killed by a signal
    expect(messages).toEqual(['draining'])
    firstRun = false

    const firstCopies = server.messages.map((m) => m.messageId)
    expect(firstCopies.length).toBeGreaterThan(0)
    // The crash left the claimed rows `sending` under a lease; nothing is marked sent.
    const afterCrash = await outboxRows(temp.db)
    expect(afterCrash.every((r) => r.status === 'sending' && r.attempts === 1)).toBe(true)
    expect((await temp.db.raw('PRAGMA integrity_check'))[0].integrity_check).toBe('ok')

    // A new sender on the same file: while the lease runs, it leaves the rows alone...
    const clock = manualClock(new Date())
    const transport = loopbackTransport(server.port)
    cleanups.push(() => transport.close?.())
    const recovery = createOutboxSender({
      db: temp.db,
      clock,
      random: cryptoRandom,
      transport,
      logger: silentLogger,
      box,
    })
    expect(await recovery.drainOnce()).toEqual({ sent: 0, failed: 0, dead: 0 })
    // ...and once it has expired, sends them again.
    clock.set(new Date(Date.parse(afterCrash[0]!.lease_until!) + 1))
    expect(await recovery.drainOnce()).toEqual({ sent: 3, failed: 0, dead: 0 })
    expect(await countByStatus(temp.db)).toEqual({ sent: 3 })

    // At least once: every mail arrived; those the crash caught arrived twice, recognisably.
    const copies = server.copiesByMessageId()
    expect([...copies.keys()].sort()).toEqual(ids.map(messageIdFor).sort())
    for (const messageId of firstCopies) expect(copies.get(messageId!)).toBe(2)
    const duplicates = [...copies].filter(([, n]) => n > 1).map(([messageId]) => messageId)
    expect(duplicates.sort()).toEqual([...firstCopies].sort())
    // Same id, same content (only the Date header and the MIME boundary may differ).
    for (const messageId of duplicates) {
      const parsed = await Promise.all(
        server.messages.filter((m) => m.messageId === messageId).map((m) => parseMail(m.raw)),
      )
      const [a, b] = parsed.map(({ subject, to, text, html }) => ({ subject, to, text, html }))
      expect(a).toEqual(b)
    }
    expect((await outboxRows(temp.db)).every((r) => r.attempts === 2)).toBe(true)
  })
})
