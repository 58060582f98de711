// The main thread's longest event-loop stalls while the counter works, with the counter in its
// worker thread (as the app and the browser host run it) and, as the baseline, in-process (as it
// ran before). The work: seeding a fresh demo database, an operator's login, a burst of 10,000
// row writes. Targets for the worker: p99 ≤ 5 ms, max ≤ 20 ms. The stall is what
// monitorEventLoopDelay (1 ms sampling) records beyond its sampling interval.
// Then the price of the hop: a cheap channel (`app:info`) through the worker against a direct call
// to an in-process registry, in interleaved rounds; the median of the per-round ratios.
// Run: node --import tsx bench/main-thread-stall.bench.ts [customers] [rows] [rounds]
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { startCounter } from '../src-main/counter'
import { demoOperators } from '../src-main/features/demo'
import { silentLogger } from '../src-main/infra/log/logger'
import type { Registry } from '../src-main/ipc/registry'
import { tempDir } from '../test/support/temp-db'
import { configureDataDir } from '../test/support/configured-data-dir'
import { startBenchThread } from './support/bench-thread'
import { seedDemo, writeRows } from './support/counter-work'

export const STALL_TARGETS = { p99Ms: 5, maxMs: 20 }

const RESOLUTION_MS = 1
const phases = ['seed', 'login', 'writes'] as const
type Phase = (typeof phases)[number]

export type StallFigures = {
  p99Ms: number
  maxMs: number
  /** The longest stall in each phase. */
  phaseMaxMs: Record<Phase, number>
  phaseMs: Record<Phase, number>
}

export type StallBenchResult = {
  customers: number
  rows: number
  worker: StallFigures
  inProcess: StallFigures
  roundTrip: {
    rounds: number
    callsPerRound: number
    /** Medians over the rounds, per call. */
    workerUs: number
    directUs: number
    /** Median of per-round worker / direct. */
    ratio: number
    /** A bare postMessage ping-pong with a worker that only echoes: the hop's own cost. */
    bareHopUs: number
  }
}

type Work = { seed(): Promise<unknown>; login(): Promise<unknown>; writes(): Promise<unknown> }

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!
const stallMs = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS)
const turns = () => new Promise((resolve) => setTimeout(resolve, 5 * RESOLUTION_MS))

async function measure(work: Work): Promise<StallFigures> {
  const overall = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  const phaseMaxMs = {} as Record<Phase, number>
  const phaseMs = {} as Record<Phase, number>
  overall.enable()
  for (const phase of phases) {
    const one = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
    one.enable()
    // A histogram's first tick only starts its clock: let it tick before the work begins.
    await turns()
    const started = performance.now()
    await work[phase]()
    phaseMs[phase] = performance.now() - started
    // A few more turns, so a stall at the very end of the phase is sampled too.
    await turns()
    one.disable()
    phaseMaxMs[phase] = stallMs(one.max)
  }
  overall.disable()
  return {
    p99Ms: stallMs(overall.percentile(99)),
    maxMs: stallMs(overall.max),
    phaseMaxMs,
    phaseMs,
  }
}

const operator = demoOperators.find((o) => o.role === 'front_desk')!
const loginInput = { username: operator.username, password: operator.password, remember: false }

async function login(registry: Registry): Promise<void> {
  const result = await registry.invoke('operators:login', loginInput, {
    transport: 'bench',
    connectionId: `bench-${performance.now()}`,
  })
  if (!result.ok) throw new Error(`bench: login refused: ${result.error.code}`)
}

export async function runStallBench({
  customers = 60,
  rows = 10_000,
  rounds = 15,
  callsPerRound = 200,
}: {
  customers?: number
  rows?: number
  rounds?: number
  callsPerRound?: number
} = {}): Promise<StallBenchResult> {
  const workerDir = tempDir('sportello-bench-worker-')
  const directDir = tempDir('sportello-bench-direct-')
  const thread = await startBenchThread({ dataDir: workerDir.dir })
  try {
    const worker = await measure({
      seed: () => thread.door('seed-demo', { customers }),
      login: () => login(thread),
      writes: () => thread.door('write-rows', { count: rows }),
    })

    await configureDataDir(directDir.dir, 'desk')
    const counter = await startCounter({
      dataDir: directDir.dir,
      version: 'bench',
      mode: 'desk',
      demo: false,
      logger: silentLogger,
    })
    try {
      const inProcess = await measure({
        seed: () => seedDemo(counter.db, customers),
        login: () => login(counter.registry),
        writes: () => writeRows(counter.db, rows),
      })

      const connection = { transport: 'bench', connectionId: 'round-trip' }
      const timeCalls = async (registry: Registry) => {
        const started = performance.now()
        for (let i = 0; i < callsPerRound; i++) {
          const result = await registry.invoke('app:info', {}, connection)
          if (!result.ok) throw new Error(`bench: app:info failed: ${result.error.code}`)
        }
        return ((performance.now() - started) * 1000) / callsPerRound
      }
      const echo = await startEcho()
      const timeHops = async () => {
        const started = performance.now()
        for (let i = 0; i < callsPerRound; i++) await echo.call(connection)
        return ((performance.now() - started) * 1000) / callsPerRound
      }
      // Warm-up: the JIT, both ends of the port.
      await timeCalls(thread)
      await timeCalls(counter.registry)
      await timeHops()
      const through: number[] = []
      const direct: number[] = []
      const hops: number[] = []
      try {
        for (let r = 0; r < rounds; r++) {
          // Interleaved, the order alternating, so drift in the machine's load hits all alike.
          if (r % 2 === 0) {
            through.push(await timeCalls(thread))
            direct.push(await timeCalls(counter.registry))
            hops.push(await timeHops())
          } else {
            hops.push(await timeHops())
            direct.push(await timeCalls(counter.registry))
            through.push(await timeCalls(thread))
          }
        }
      } finally {
        await echo.close()
      }
      return {
        customers,
        rows,
        worker,
        inProcess,
        roundTrip: {
          rounds,
          callsPerRound,
          workerUs: median(through),
          directUs: median(direct),
          ratio: median(through.map((t, i) => t / direct[i]!)),
          bareHopUs: median(hops),
        },
      }
    } finally {
      await counter.close()
    }
  } finally {
    await thread.close()
    workerDir.dispose()
    directDir.dispose()
  }
}

/** A worker that answers every message at once: what one postMessage round trip costs here. */
async function startEcho() {
  const worker = new Worker(
    "require('node:worker_threads').parentPort.on('message', (m) => " +
      "require('node:worker_threads').parentPort.postMessage({ type: 'reply', id: m.id, result: { ok: true, value: m } }))",
    { eval: true },
  )
  let answer: (() => void) | undefined
  worker.on('message', () => answer?.())
  let id = 0
  return {
    call: (connection: object) =>
      new Promise<void>((resolve) => {
        answer = resolve
        worker.postMessage({
          type: 'invoke',
          id: ++id,
          channel: 'app:info',
          payload: {},
          connection,
        })
      }),
    close: () => worker.terminate(),
  }
}

const ms = (v: number) => `${v.toFixed(1)} ms`

export function formatStallBench(r: StallBenchResult): string[] {
  const met = r.worker.p99Ms <= STALL_TARGETS.p99Ms && r.worker.maxMs <= STALL_TARGETS.maxMs
  const phasesOf = (f: StallFigures) =>
    phases.map((p) => `${p} ${ms(f.phaseMaxMs[p])} in ${(f.phaseMs[p] / 1000).toFixed(1)} s`)
  return [
    `main-thread stall, counter in its worker (demo seeding of ${r.customers} customers, an operator login, ` +
      `${r.rows.toLocaleString('en')} row writes): p99 ${ms(r.worker.p99Ms)}, max ${ms(r.worker.maxMs)} ` +
      `(target p99 ≤ ${STALL_TARGETS.p99Ms} ms, max ≤ ${STALL_TARGETS.maxMs} ms: ${met ? 'met' : 'MISSED'}; ` +
      `longest per phase: ${phasesOf(r.worker).join(', ')})`,
    `main-thread stall, same work in-process (baseline): p99 ${ms(r.inProcess.p99Ms)}, max ${ms(r.inProcess.maxMs)} ` +
      `(longest per phase: ${phasesOf(r.inProcess).join(', ')})`,
    `ipc round trip app:info: through the worker ${r.roundTrip.workerUs.toFixed(0)} µs vs direct registry call ` +
      `${r.roundTrip.directUs.toFixed(0)} µs = ${r.roundTrip.ratio.toFixed(2)}× ` +
      `(median of ${r.roundTrip.rounds} interleaved rounds × ${r.roundTrip.callsPerRound} calls; ` +
      `a bare postMessage round trip costs ${r.roundTrip.bareHopUs.toFixed(0)} µs here)`,
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [customers, rows, rounds] = process.argv.slice(2).map(Number)
  const result = await runStallBench({ customers, rows, rounds })
  for (const line of formatStallBench(result)) console.log(line)
}
