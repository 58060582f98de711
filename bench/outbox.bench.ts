// Outbox throughput: N queued mails delivered to a real SMTP server on 127.0.0.1 through the
// real sender (leasing, rendering, pooled SMTP, marking) — the target is absolute (≥ 200 mails/s,
// PERFORMANCE.md). Bare pooled nodemailer to the same server is printed beside it for context.
// Run: node --import tsx bench/outbox.bench.ts [count]
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { systemClock } from '../src-main/infra/clock/clock'
import { cryptoRandom } from '../src-main/infra/crypto/random'
import { migrateToLatest } from '../src-main/infra/db/open-database'
import { silentLogger } from '../src-main/infra/log/logger'
import { createSmtpTransport } from '../src-main/infra/mail/mail-transport'
import { renderMail } from '../src-main/infra/mail/templates'
import { createOutboxSender, enqueueMail, messageIdFor } from '../src-main/infra/outbox/outbox'
import { startRecordingSmtpServer } from '../test/support/recording-smtp-server'
import { openTempDb } from '../test/support/temp-db'

export type OutboxBenchResult = {
  count: number
  ms: number
  mailsPerSecond: number
  bareMailsPerSecond: number
  lost: number
  duplicates: number
}

const from = 'AASS Servizi Pubblici <noreply@aass.example>'
const params = (i: number) => ({
  name: `Cliente ${i}`,
  token: cryptoRandom.token(32),
  code: String(100000 + i),
})

export async function runOutboxBench({ count }: { count: number }): Promise<OutboxBenchResult> {
  const temp = openTempDb()
  const server = await startRecordingSmtpServer()
  try {
    await migrateToLatest(temp.db)
    const deps = { clock: systemClock, random: cryptoRandom }
    await temp.db.transaction(async (trx) => {
      for (let i = 0; i < count; i++) {
        await enqueueMail(trx, deps, {
          to: `cliente${i}@example.it`,
          locale: i % 2 ? 'it' : 'en',
          template: 'registration-confirm',
          params: params(i),
        })
      }
    })

    const transport = createSmtpTransport({ host: '127.0.0.1', port: server.port, secure: false, from })
    const sender = createOutboxSender({ db: temp.db, ...deps, transport, logger: silentLogger })
    const started = performance.now()
    const drained = await sender.drainOnce()
    const ms = performance.now() - started
    transport.close?.()

    const copies = server.copiesByMessageId()
    const ids: { id: string }[] = await temp.db('counter_outbox').where({ status: 'sent' }).select('id')
    const lost = count - ids.filter(({ id }) => copies.has(messageIdFor(id))).length
    const duplicates = [...copies.values()].filter((n) => n > 1).length
    if (drained.sent !== count) throw new Error(`sent ${drained.sent} of ${count}`)

    // The same work without the outbox: render and send over the same kind of pool.
    const bare = createSmtpTransport({ host: '127.0.0.1', port: server.port, secure: false, from })
    const bareStarted = performance.now()
    let next = 0
    const worker = async () => {
      while (next < count) {
        const i = next++
        const mail = renderMail('registration-confirm', 'it', params(i))
        await bare.send({ messageId: `<bare-${i}@bench>`, to: `cliente${i}@example.it`, from, ...mail })
      }
    }
    await Promise.all(Array.from({ length: 10 }, worker))
    const bareMs = performance.now() - bareStarted
    bare.close?.()

    return {
      count,
      ms,
      mailsPerSecond: (count / ms) * 1000,
      bareMailsPerSecond: (count / bareMs) * 1000,
      lost,
      duplicates,
    }
  } finally {
    await server.close()
    await temp.dispose()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 1000)
  const r = await runOutboxBench({ count })
  console.log(
    `outbox: ${r.count} mails to local SMTP in ${r.ms.toFixed(0)} ms = ${r.mailsPerSecond.toFixed(0)} mails/s ` +
      `(target ≥ 200), lost ${r.lost}, duplicates ${r.duplicates}; ` +
      `bare pooled nodemailer ${r.bareMailsPerSecond.toFixed(0)} mails/s`,
  )
}
