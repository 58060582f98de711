// Outbox throughput: N queued mails delivered through the real sender (leasing, rendering, pooled
// SMTP, marking) to a real SMTP server on 127.0.0.1 running in another process. The target is
// absolute (≥ 200 mails/s, PERFORMANCE.md); bare pooled nodemailer sending the same mails to the
// same server is measured in interleaved rounds beside it, to tell the outbox's cost from noise.
// Run: node --import tsx bench/outbox.bench.ts [count] [rounds]
import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { performance } from 'node:perf_hooks'
import { systemClock } from '../src-main/infra/clock/clock'
import { cryptoRandom } from '../src-main/infra/crypto/random'
import { migrateToLatest } from '../src-main/infra/db/open-database'
import { silentLogger } from '../src-main/infra/log/logger'
import { createSmtpTransport } from '../src-main/infra/mail/mail-transport'
import { renderMail } from '../src-main/infra/mail/templates'
import { createOutboxSender, enqueueMail, messageIdFor } from '../src-main/infra/outbox/outbox'
import { openSecretBox, unprotectedKeys } from '../src-main/infra/crypto/secret-box'
import { openTempDb, tempDir } from '../test/support/temp-db'

export type OutboxBenchResult = {
  count: number
  rounds: number
  /** Medians over the rounds. */
  ms: number
  mailsPerSecond: number
  bareMailsPerSecond: number
  /** Median of per-round outbox time / bare time. */
  ratioToBare: number
  /** Summed over the rounds. */
  lost: number
  duplicates: number
}

const from = 'Multiservizi del Titano <noreply@mdt.example>'
const CONCURRENCY = 10
const boxDir = tempDir('sportello-bench-box-')
process.once('exit', () => boxDir.dispose())
// Codes are sealed at enqueue and opened at send, as in the app.
const box = await openSecretBox(boxDir.dir, unprotectedKeys)
const deps = { clock: systemClock, random: cryptoRandom, box }
const params = (i: number) => ({
  name: `Cliente ${i}`,
  token: cryptoRandom.token(32),
  code: String(100000 + i),
})

type Sink = { port: number; ask<T>(message: string): Promise<T>; close(): Promise<void> }

async function startSink(): Promise<Sink> {
  const child: ChildProcess = fork(
    fileURLToPath(new URL('./support/smtp-sink.ts', import.meta.url)),
    [],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  )
  const next = <T>() => new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T)))
  const { port } = await next<{ port: number }>()
  return {
    port,
    ask<T>(message: string) {
      const answer = next<T>()
      child.send(message)
      return answer
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.send('close')
      }),
  }
}

async function outboxRound(sink: Sink, count: number) {
  const temp = openTempDb()
  try {
    await migrateToLatest(temp.db)
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
    await sink.ask('reset')
    const transport = createSmtpTransport({
      host: '127.0.0.1',
      port: sink.port,
      secure: false,
      from,
    })
    const sender = createOutboxSender({
      db: temp.db,
      ...deps,
      transport,
      logger: silentLogger,
      concurrency: CONCURRENCY,
    })
    const started = performance.now()
    const drained = await sender.drainOnce()
    const ms = performance.now() - started
    transport.close?.()
    if (drained.sent !== count) throw new Error(`sent ${drained.sent} of ${count}`)

    const { copies } = await sink.ask<{ copies: Record<string, number> }>('stats')
    const ids: { id: string }[] = await temp.db('counter_outbox').select('id')
    const lost = ids.filter(({ id }) => !copies[messageIdFor(id)]).length
    const duplicates = Object.values(copies).filter((n) => n > 1).length
    return { ms, lost, duplicates }
  } finally {
    await temp.dispose()
  }
}

/** The same mails rendered and sent over the same kind of pool, with no database at all. */
async function bareRound(sink: Sink, count: number) {
  const transport = createSmtpTransport({ host: '127.0.0.1', port: sink.port, secure: false, from })
  const started = performance.now()
  let next = 0
  const worker = async () => {
    while (next < count) {
      const i = next++
      const mail = renderMail('registration-confirm', i % 2 ? 'it' : 'en', params(i))
      await transport.send({
        messageId: `<bare-${i}@bench>`,
        to: `cliente${i}@example.it`,
        from,
        ...mail,
      })
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const ms = performance.now() - started
  transport.close?.()
  return { ms }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

export async function runOutboxBench({
  count,
  rounds = 3,
}: {
  count: number
  rounds?: number
}): Promise<OutboxBenchResult> {
  const sink = await startSink()
  try {
    // Warm-up: JIT, module loading and the first connections are not what is measured.
    await outboxRound(sink, Math.min(count, 100))
    await bareRound(sink, Math.min(count, 100))
    const outbox: number[] = []
    const bare: number[] = []
    const ratios: number[] = []
    let lost = 0
    let duplicates = 0
    for (let r = 0; r < rounds; r++) {
      const o = await outboxRound(sink, count)
      const b = await bareRound(sink, count)
      outbox.push(o.ms)
      bare.push(b.ms)
      ratios.push(o.ms / b.ms)
      if (process.env.BENCH_VERBOSE)
        console.log(`round ${r}: outbox ${o.ms.toFixed(0)} ms, bare ${b.ms.toFixed(0)} ms`)
      lost += o.lost
      duplicates += o.duplicates
    }
    const ms = median(outbox)
    return {
      count,
      rounds,
      ms,
      mailsPerSecond: (count / ms) * 1000,
      bareMailsPerSecond: (count / median(bare)) * 1000,
      ratioToBare: median(ratios),
      lost,
      duplicates,
    }
  } finally {
    await sink.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await runOutboxBench({
    count: Number(process.argv[2] ?? 1000),
    rounds: Number(process.argv[3] ?? 3),
  })
  console.log(
    `outbox: ${r.count} mails to local SMTP in ${r.ms.toFixed(0)} ms = ${r.mailsPerSecond.toFixed(0)} mails/s ` +
      `(target ≥ 200), lost ${r.lost}, duplicates ${r.duplicates}; ` +
      `bare pooled nodemailer ${r.bareMailsPerSecond.toFixed(0)} mails/s, outbox/bare time ×${r.ratioToBare.toFixed(2)} ` +
      `(median of ${r.rounds} interleaved rounds)`,
  )
}
