// Runs in: the counter's worker thread (plain Node, never electron). Starts the counter from the
// serialisable options the host gave (`workerData`, a CounterStart) and serves the host's
// messages: registry calls, clock moves, close. What only the host can do (safeStorage) it asks
// for over the host port. The production entry is counter-worker.ts; a bench or test entry may
// open doors of its own (write rows, crash) and call serveCounter with them.
import { parentPort, workerData } from 'node:worker_threads'
import { fail, type Result } from '../../src-shared/ipc'
import { startCounter, type Counter } from '../counter'
import { manualClock, systemClock, type Clock } from '../infra/clock/clock'
import type { KeyProtector } from '../infra/crypto/secret-box'
import { createLogger } from '../infra/log/logger'
import {
  asBuffer,
  type CounterStart,
  type FromWorker,
  type HostMethod,
  type HostMethods,
  type ToWorker,
} from './host-port'

/** Extra requests a non-production worker entry serves (`CounterThread.door`). */
export type WorkerDoors = Record<
  string,
  (counter: Counter, args: unknown, worker: { clock: Clock }) => Promise<unknown>
>

export function serveCounter(doors: WorkerDoors = {}): void {
  if (!parentPort) throw new Error('serveCounter runs in a worker thread')
  const port = parentPort
  const start = workerData as CounterStart
  const post = (message: FromWorker) => port.postMessage(message)

  const hostCalls = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>()
  let nextHostCall = 0
  function callHost<M extends HostMethod>(
    method: M,
    ...args: Parameters<HostMethods[M]>
  ): Promise<Awaited<ReturnType<HostMethods[M]>>> {
    const id = ++nextHostCall
    return new Promise((resolve, reject) => {
      hostCalls.set(id, { resolve: resolve as (value: unknown) => void, reject })
      post({ type: 'host-call', id, method, args } as FromWorker)
    })
  }

  const keyProtector: KeyProtector | undefined = start.keyProtection
    ? {
        name: start.keyProtection,
        protect: async (key) => asBuffer(await callHost('keys.protect', key)),
        unprotect: async (blob) => asBuffer(await callHost('keys.unprotect', blob)),
      }
    : undefined

  const manual = start.clock.kind === 'manual' ? manualClock(start.clock.at) : undefined
  const clock: Clock = manual ?? systemClock
  // The host's logger factory, so the same serializers: no bound SQL value in a worker's line
  // (test/integration/security/secrets-in-logs.test.ts reads this thread's stderr).
  const logger = createLogger({ level: start.logLevel })

  /** Set by the setup's handler; told to the host once that call has been answered. */
  let configured = false
  const starting: Promise<Counter> = startCounter({
    dataDir: start.dataDir,
    version: start.version,
    mode: start.mode,
    demo: start.demo,
    clock,
    logger,
    keyProtector,
    onDemoProgress: (progress) => post({ type: 'demo-progress', progress }),
    onConfigured: () => (configured = true),
  })

  async function answer(id: number, run: () => Promise<Result<unknown>>): Promise<void> {
    let result: Result<unknown>
    try {
      result = await run()
    } catch (err) {
      logger.error({ err }, 'counter worker: call failed')
      result = fail('INTERNAL')
    }
    try {
      post({ type: 'reply', id, result })
    } catch (err) {
      // Not structured-clone data: never let the host wait for it.
      logger.error({ err }, 'counter worker: answer not serialisable')
      post({ type: 'reply', id, result: fail('INTERNAL') })
    }
    if (configured) {
      configured = false
      post({ type: 'configured' })
    }
  }

  async function handle(message: ToWorker): Promise<void> {
    switch (message.type) {
      case 'host-reply': {
        const call = hostCalls.get(message.id)
        hostCalls.delete(message.id)
        if (message.ok) call?.resolve(message.value)
        else call?.reject(new Error(`host port: ${message.message}`))
        return
      }
      case 'clock':
        manual?.set(message.at)
        return
      case 'invoke': {
        const { id, channel, payload, connection } = message
        return answer(id, async () =>
          (await starting).registry.invoke(channel, payload, connection),
        )
      }
      case 'reject': {
        const { id, channel, connection, error } = message
        return answer(id, async () => (await starting).registry.reject(channel, connection, error))
      }
      case 'door': {
        const door = Object.hasOwn(doors, message.name) ? doors[message.name] : undefined
        try {
          if (!door) throw new Error(`no door ${message.name}`)
          const value = await door(await starting, message.args, { clock })
          post({ type: 'door-reply', id: message.id, ok: true, value })
        } catch (err) {
          post({ type: 'door-reply', id: message.id, ok: false, message: String(err) })
        }
        return
      }
      case 'close': {
        const counter = await starting
        await counter.close()
        // Nothing left to keep the thread alive: it ends, and the host sees exit code 0.
        port.close()
        return
      }
    }
  }

  port.on('message', (message: ToWorker) => void handle(message))

  starting.then(
    (counter) => post({ type: 'ready', info: counter.info, dataDir: counter.dataDir }),
    (err: unknown) => {
      // A counter that cannot start ends the thread with the error: the host reports it.
      logger.error({ err }, 'counter worker: start failed')
      process.nextTick(() => {
        throw err
      })
    },
  )
}
