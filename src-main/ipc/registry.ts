// The one handler registry. Every transport (Electron IPC in the app, HTTP in browser tests)
// calls `invoke`; the registry checks the channel, the counter's mode, the caller's role and the
// payload, runs the handler, and logs and audits every rejection. A handler only ever sees a
// parsed input, and nothing leaves main that the channel's output schema does not describe.
import {
  contract as appContract,
  fail,
  isAllowed,
  type AppError,
  type Channel,
  type ChannelSpec,
  type ParsedInput,
  type ChannelOutput,
  type FieldIssue,
  type CounterMode,
  type Result,
} from '../../src-shared/ipc'
import { types } from 'node:util'
import type { z } from 'zod'
import type { Logger } from '../infra/log/logger'
import { anonymousCaller, type Caller, type Connection } from '../features/identity'

export { anonymousCaller, type Caller, type Connection }

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  caller: Caller,
) => Promise<Result<ChannelOutput<C>>>

export type Handlers = { [C in Channel]: Handler<C> }
export type HandlersFor<C extends Channel> = { [K in C]: Handler<K> }

export type RejectionSink = (event: {
  channel: string
  caller: Caller
  error: AppError
}) => Promise<void> | void

export type Registry = {
  invoke(channel: unknown, payload: unknown, connection: Connection): Promise<Result<unknown>>
  /** Record a call refused before it reached the registry (e.g. a foreign sender). */
  reject(channel: unknown, connection: Connection, error: AppError): Promise<Result<never>>
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    code: issue.code,
  }))
}

/** How much a payload may hold: no channel's input comes near (its schema has the real limits). */
export const PAYLOAD_LIMITS = { depth: 32, values: 10_000 }

/**
 * A copy of `payload` when it is plain data — primitives (no symbols), arrays, and objects whose
 * prototype is `Object.prototype` or null, holding only own, enumerable, string-keyed data
 * properties — within `limits`; undefined for anything else: a Map, a Set, a Date, an Error, a
 * typed array, a class instance, a function, a getter, a proxy, a cycle, too deep or too large.
 * It never runs a getter or a proxy's trap, never recurses (no stack to blow) and never throws,
 * and the schema then parses the copy, so the payload cannot change under it.
 */
export function plainDataCopy(
  payload: unknown,
  limits: { depth: number; values: number } = PAYLOAD_LIMITS,
): { value: unknown } | undefined {
  try {
    const root: { value?: unknown } = {}
    const seen = new Set<object>()
    const work: { source: unknown; depth: number; put: (value: unknown) => void }[] = [
      { source: payload, depth: 0, put: (value) => (root.value = value) },
    ]
    let values = 0
    for (let item = work.pop(); item; item = work.pop()) {
      const { source, depth, put } = item
      if (++values > limits.values) return undefined
      if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
        if (typeof source === 'symbol') return undefined
        put(source)
        continue
      }
      if (typeof source === 'function' || depth >= limits.depth) return undefined
      if (types.isProxy(source) || seen.has(source)) return undefined
      seen.add(source)
      const proto = Reflect.getPrototypeOf(source)
      const isArray = Array.isArray(source)
      if (isArray ? proto !== Array.prototype : proto !== Object.prototype && proto !== null)
        return undefined
      // An array's length counts in full, holes included: the schema walks every index.
      if (isArray && (values += source.length) > limits.values) return undefined
      const copy: object = isArray ? [] : proto === null ? Object.create(null) : {}
      if (isArray) (copy as unknown[]).length = source.length
      for (const key of Reflect.ownKeys(source)) {
        if (typeof key === 'symbol') return undefined
        const property = Reflect.getOwnPropertyDescriptor(source, key)!
        if (isArray && key === 'length') continue
        if (!('value' in property) || !property.enumerable) return undefined
        if (isArray && String(Number(key) >>> 0) !== key) return undefined
        work.push({
          source: property.value,
          depth: depth + 1,
          // defineProperty: an own `__proto__` key stays a key, never a prototype.
          put: (value) =>
            Object.defineProperty(copy, key, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            }),
        })
      }
      put(copy)
    }
    return { value: root.value }
  } catch {
    return undefined
  }
}

export function createRegistry(deps: {
  handlers: Handlers
  /** The counter's mode: a channel not declared for it is refused, whatever the caller's role. */
  mode: CounterMode
  logger: Logger
  onRejected?: RejectionSink
  /** Resolves the connection's session; anonymous when there is none. */
  resolveCaller?: (connection: Connection) => Promise<Caller>
  /** The contract served; the app's own unless a test brings one. */
  contract?: Record<string, ChannelSpec>
}): Registry {
  const { handlers, mode, logger, onRejected, contract = appContract } = deps
  const resolveCaller = deps.resolveCaller ?? (async (c: Connection) => anonymousCaller(c))
  const isChannel = (name: unknown): name is Channel =>
    typeof name === 'string' && Object.hasOwn(contract, name) && Object.hasOwn(handlers, name)

  async function reject(channel: unknown, connection: Connection | Caller, error: AppError) {
    const caller = 'role' in connection ? connection : anonymousCaller(connection)
    const name = typeof channel === 'string' ? channel.slice(0, 80) : typeof channel
    logger.warn(
      { channel: name, role: caller.role, transport: caller.transport, code: error.code },
      'ipc call rejected',
    )
    try {
      await onRejected?.({ channel: name, caller, error })
    } catch (err) {
      logger.error({ err }, 'could not record a rejected ipc call')
    }
    return { ok: false as const, error }
  }

  return {
    reject,
    async invoke(channel, payload, connection) {
      if (!isChannel(channel)) return reject(channel, connection, { code: 'UNKNOWN_CHANNEL' })
      const spec = contract[channel]!
      if (!spec.modes.includes(mode))
        return reject(channel, connection, { code: 'NOT_IN_THIS_MODE' })
      const caller = await resolveCaller(connection)
      if (caller.mustChangePassword && !spec.duringPasswordChange) {
        return reject(channel, caller, { code: 'PASSWORD_CHANGE_REQUIRED' })
      }
      if (!isAllowed(spec.access, caller.role))
        return reject(channel, caller, { code: 'FORBIDDEN' })
      // Plain data only, before any schema: what is not data never reaches one, nor a handler.
      const plain = plainDataCopy(payload)
      if (!plain) return reject(channel, caller, { code: 'INVALID_INPUT' })
      let parsed: ReturnType<typeof spec.input.safeParse>
      try {
        parsed = spec.input.safeParse(plain.value)
      } catch {
        return reject(channel, caller, { code: 'INVALID_INPUT' })
      }
      if (!parsed.success) {
        return reject(channel, caller, { code: 'INVALID_INPUT', issues: zodIssues(parsed.error) })
      }
      let result: Result<unknown>
      try {
        const handler = handlers[channel] as Handler<typeof channel>
        result = await handler(parsed.data as ParsedInput<typeof channel>, caller)
      } catch (err) {
        logger.error({ err, channel }, 'ipc handler failed')
        return fail('INTERNAL')
      }
      if (!result.ok) return result
      // Unknown keys are stripped (zod objects); a value outside the schema never leaves main.
      const output = spec.output.safeParse(result.value)
      if (!output.success) {
        logger.error({ channel, issues: zodIssues(output.error) }, 'ipc handler output refused')
        return fail('INTERNAL')
      }
      return { ok: true, value: output.data }
    },
  }
}
