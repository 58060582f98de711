// Runs in: the host thread (Electron's main thread in the app; the browser host in tests and in
// `npm run start:browser`). Plain Node, never electron. Spawns the counter's worker thread
// (counter-worker.ts) and stands in for its registry: `invoke` and `reject` are posted to the
// worker and correlated by id, so the transports (ipc-adapter.ts, the browser host) are unchanged
// and the host thread never runs a query. It serves the host port (host-port.ts) to the worker.
//
// When the worker stops unexpectedly, the calls it was serving answer COUNTER_RESTARTING, so does
// the next call of every connection it had served (their screens hold state the new worker does
// not know: sessions live in the worker's memory), the crash is logged and reported to
// `onCrash`, and a new worker is started after a backoff (250 ms doubling to 30 s; reset once a
// worker has stayed up for a minute). Calls that arrive while it restarts wait for it.
import { Worker } from 'node:worker_threads'
import { fail, type AppError, type CounterInfo, type Result } from '../../src-shared/ipc'
import type { Logger } from '../infra/log/logger'
import type { Connection, Registry } from '../ipc/registry'
import type { DemoProgress } from '../features/demo'
import type { CounterStart, FromWorker, HostPort, ToWorker } from './host-port'

export type CounterCrash = {
  /** The uncaught error that ended the worker, when there was one. */
  error?: Error
  exitCode: number
  /** Restarts so far, this one included. */
  restarts: number
  /** When the new worker starts. */
  delayMs: number
}

export type CounterThreadOptions = {
  /** The worker's entry: the built out/main/counter-worker.js, or the source through tsx. */
  entry: string | URL
  /** Node flags for the worker, e.g. `['--import', 'tsx']` to run the TypeScript source. */
  execArgv?: string[]
  start: CounterStart
  /** What the host serves the worker (Electron's safeStorage in the app). */
  host?: HostPort
  /** The host thread's own logger: crashes and restarts. */
  logger: Logger
  onDemoProgress?: (progress: DemoProgress) => void
  onCrash?: (crash: CounterCrash) => void
  /**
   * The first-run setup was stored. The app relaunches (its window depends on the mode); the
   * browser host calls `restart()`.
   */
  onConfigured?: () => void
  restartDelayMs?: { first: number; max: number }
  /** How long a call waits for a restarting worker before it answers SERVICE_UNAVAILABLE. */
  waitForWorkerMs?: number
}

export type CounterThread = Registry & {
  /** What the counter said when its worker last started. */
  readonly info: CounterInfo
  readonly dataDir: string
  readonly restarts: number
  /** Resolves once a worker is up and serving (at once, unless it is restarting). */
  whenReady(): Promise<void>
  /** Moves the worker's manual clock (tests); kept for the workers started after a crash. */
  setClock(at: Date): void
  /** A request to a door the worker's entry opened (bench and test entries only). */
  door<T = unknown>(name: string, args?: unknown): Promise<T>
  /** Test door: ends the worker as a crash would; resolves once the crash is handled. */
  kill(): Promise<void>
  /**
   * A planned restart (after the first-run setup): the worker closes, a new one starts at once
   * and reads the stored mode; calls meanwhile wait for it. No crash, no COUNTER_RESTARTING.
   */
  restart(): Promise<void>
  /** Closes the counter (database, mail) and ends the worker. */
  close(): Promise<void>
}

type Deferred<T> = { promise: Promise<T>; resolve(value: T): void; reject(err: Error): void }

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (err: Error) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  promise.catch(() => undefined)
  return { promise, resolve, reject }
}

type Generation = {
  worker: Worker
  up: boolean
  upAt: number
  exited: boolean
  /** Closed by `restart()`, not lost. */
  planned?: boolean
  error?: Error
  pending: Map<number, { resolve(result: Result<unknown>): void; key?: string }>
  doors: Map<number, Deferred<unknown>>
  gone: Deferred<void>
}

const STABLE_MS = 60_000

export async function startCounterThread(options: CounterThreadOptions): Promise<CounterThread> {
  const { logger, host = {} } = options
  const delays = options.restartDelayMs ?? { first: 250, max: 30_000 }
  const waitMs = options.waitForWorkerMs ?? 30_000
  const start: CounterStart = { ...options.start }

  let info: CounterInfo | undefined
  let dataDir = start.dataDir
  let restarts = 0
  let delay = delays.first
  let closing = false
  let restartTimer: NodeJS.Timeout | undefined
  let nextId = 0
  /** Counts the workers lost while serving; a connection last served in an older epoch is told. */
  let epoch = 0
  const served = new Map<string, number>()
  /** Resolves with the worker that is up; replaced when it stops. */
  let live = deferred<Generation>()
  const firstStart = deferred<void>()
  let current = spawn()

  function spawn(): Generation {
    const worker = new Worker(options.entry, {
      workerData: start,
      ...(options.execArgv ? { execArgv: options.execArgv } : {}),
    })
    const generation: Generation = {
      worker,
      up: false,
      upAt: 0,
      exited: false,
      pending: new Map(),
      doors: new Map(),
      gone: deferred<void>(),
    }
    worker.on('message', (message: FromWorker) => onMessage(generation, message))
    worker.on('error', (err) => {
      generation.error = err
      logger.error({ err }, 'counter worker failed')
    })
    worker.on('exit', (code) => onExit(generation, code))
    return generation
  }

  function onMessage(generation: Generation, message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        info = message.info
        dataDir = message.dataDir
        generation.up = true
        generation.upAt = Date.now()
        live.resolve(generation)
        firstStart.resolve()
        return
      case 'reply': {
        const call = generation.pending.get(message.id)
        generation.pending.delete(message.id)
        call?.resolve(message.result)
        return
      }
      case 'door-reply': {
        const call = generation.doors.get(message.id)
        generation.doors.delete(message.id)
        if (message.ok) call?.resolve(message.value)
        else call?.reject(new Error(message.message))
        return
      }
      case 'host-call':
        void serveHost(generation, message.id, message.method, message.args)
        return
      case 'demo-progress':
        options.onDemoProgress?.(message.progress)
        return
      case 'configured':
        logger.info('first-run setup stored: the counter starts again in its mode')
        options.onConfigured?.()
        return
    }
  }

  async function serveHost(
    generation: Generation,
    id: number,
    method: string,
    args: unknown[],
  ): Promise<void> {
    const reply = (message: ToWorker) => {
      if (!generation.exited) generation.worker.postMessage(message)
    }
    const serve = Object.hasOwn(host, method)
      ? (host[method as keyof HostPort] as ((...a: unknown[]) => Promise<unknown>) | undefined)
      : undefined
    if (typeof serve !== 'function') {
      return reply({ type: 'host-reply', id, ok: false, message: `${method} is not served` })
    }
    try {
      reply({ type: 'host-reply', id, ok: true, value: await serve(...args) })
    } catch (err) {
      logger.error({ err, method }, 'host port: call failed')
      reply({ type: 'host-reply', id, ok: false, message: 'failed' })
    }
  }

  function onExit(generation: Generation, exitCode: number): void {
    generation.exited = true
    if (generation.planned && !closing) {
      for (const call of generation.pending.values()) call.resolve(fail('SERVICE_UNAVAILABLE'))
      generation.pending.clear()
      current = spawn()
      generation.gone.resolve()
      return
    }
    const lost = !closing && generation.up
    if (lost) {
      epoch++
      live = deferred<Generation>()
    }
    const code: AppError['code'] = closing ? 'SERVICE_UNAVAILABLE' : 'COUNTER_RESTARTING'
    for (const call of generation.pending.values()) {
      if (call.key !== undefined) served.set(call.key, epoch)
      call.resolve(fail(code))
    }
    generation.pending.clear()
    for (const door of generation.doors.values()) door.reject(new Error('counter worker stopped'))
    generation.doors.clear()

    if (closing) {
      live.reject(new Error('counter closed'))
    } else if (!info) {
      // The very first start failed: nothing to restart, the host reports it (startup error).
      firstStart.reject(generation.error ?? new Error(`counter worker exited (${exitCode})`))
    } else {
      if (generation.up && Date.now() - generation.upAt > STABLE_MS) delay = delays.first
      const delayMs = delay
      delay = Math.min(delay * 2, delays.max)
      restarts++
      logger.error(
        { err: generation.error, exitCode, restarts, delayMs },
        generation.up
          ? 'counter worker stopped unexpectedly: restarting it'
          : 'counter worker could not start again: retrying',
      )
      try {
        options.onCrash?.({ error: generation.error, exitCode, restarts, delayMs })
      } catch (err) {
        logger.error({ err }, 'onCrash failed')
      }
      restartTimer = setTimeout(() => {
        restartTimer = undefined
        if (!closing) current = spawn()
      }, delayMs)
    }
    generation.gone.resolve()
  }

  /** The worker that is up, once it is; undefined when closing or after waiting too long. */
  async function liveWorker(): Promise<Generation | undefined> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), waitMs)
    })
    try {
      for (;;) {
        if (closing) return undefined
        const generation = await Promise.race([live.promise, timeout])
        if (!generation) return undefined
        if (!generation.exited && !generation.planned) return generation
      }
    } catch {
      return undefined
    } finally {
      clearTimeout(timer)
    }
  }

  async function send(build: (id: number) => ToWorker, key?: string): Promise<Result<unknown>> {
    const generation = await liveWorker()
    if (!generation) return fail('SERVICE_UNAVAILABLE')
    const id = ++nextId
    return new Promise((resolve) => {
      generation.pending.set(id, { resolve, key })
      try {
        generation.worker.postMessage(build(id))
      } catch (err) {
        // Not structured-clone data (a transport bug): refuse, as the registry refuses junk.
        generation.pending.delete(id)
        logger.warn({ err }, 'counter thread: call not serialisable')
        resolve(fail('INVALID_INPUT'))
      }
    })
  }

  function seen(connection: Connection): { key: string; stale: boolean } {
    const key = `${String(connection.transport)}\u0000${String(connection.connectionId)}`
    const last = served.get(key)
    served.set(key, epoch)
    // One entry per window or page load: forget the oldest beyond a bound.
    if (served.size > 10_000) served.delete(served.keys().next().value!)
    return { key, stale: last !== undefined && last < epoch }
  }

  try {
    await firstStart.promise
  } catch (err) {
    closing = true
    throw err
  }

  return {
    get info() {
      return info!
    },
    get dataDir() {
      return dataDir
    },
    get restarts() {
      return restarts
    },
    async whenReady() {
      if (!(await liveWorker())) throw new Error('counter worker not available')
    },
    async invoke(channel, payload, connection) {
      if (closing) return fail('SERVICE_UNAVAILABLE')
      const { key, stale } = seen(connection)
      if (stale) {
        logger.warn(
          { transport: connection.transport },
          'counter restarted since this connection last called: told so',
        )
        return fail('COUNTER_RESTARTING')
      }
      return send((id) => ({ type: 'invoke', id, channel, payload, connection }), key)
    },
    async reject(channel, connection, error) {
      const result = await send((id) => ({ type: 'reject', id, channel, connection, error }))
      return result.ok ? { ok: false as const, error } : result
    },
    setClock(at) {
      if (start.clock.kind !== 'manual') return
      start.clock = { kind: 'manual', at: at.toISOString() }
      if (!current.exited) current.worker.postMessage({ type: 'clock', at: start.clock.at })
    },
    async door<T>(name: string, args?: unknown): Promise<T> {
      const generation = await liveWorker()
      if (!generation) throw new Error('counter worker not available')
      const id = ++nextId
      const answer = deferred<unknown>()
      generation.doors.set(id, answer)
      generation.worker.postMessage({ type: 'door', id, name, args } satisfies ToWorker)
      return (await answer.promise) as T
    },
    async kill() {
      const generation = current
      if (generation.exited) return
      await generation.worker.terminate()
      await generation.gone.promise
    },
    async restart() {
      const generation = current
      if (closing || generation.exited || generation.planned) return
      generation.planned = true
      // New calls wait for the next worker; the calls it is serving finish first (for 10 s at most).
      live = deferred<Generation>()
      for (let waited = 0; generation.pending.size > 0 && waited < 10_000; waited += 20)
        await new Promise((resolve) => setTimeout(resolve, 20))
      generation.worker.postMessage({ type: 'close' } satisfies ToWorker)
      await generation.gone.promise
      await liveWorker()
    },
    async close() {
      if (closing) return
      closing = true
      clearTimeout(restartTimer)
      // Calls waiting for a restarting worker answer now (a live worker's calls end with it).
      live.reject(new Error('counter closed'))
      const generation = current
      if (generation.exited) return
      generation.worker.postMessage({ type: 'close' } satisfies ToWorker)
      const timer = setTimeout(() => void generation.worker.terminate(), 10_000)
      await generation.gone.promise
      clearTimeout(timer)
    },
  }
}
