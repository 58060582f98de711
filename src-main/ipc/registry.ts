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
  type ChannelInput,
  type ChannelOutput,
  type FieldIssue,
  type AppMode,
  type Result,
} from '../../src-shared/ipc'
import type { z } from 'zod'
import type { Logger } from '../infra/log/logger'
import { anonymousCaller, type Caller, type Connection } from '../features/identity'

export { anonymousCaller, type Caller, type Connection }

export type Handler<C extends Channel> = (
  input: z.output<(typeof appContract)[C]['input']>,
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

export function createRegistry(deps: {
  handlers: Handlers
  /** The counter's mode: a channel not declared for it is refused, whatever the caller's role. */
  mode: AppMode
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
      const parsed = spec.input.safeParse(payload)
      if (!parsed.success) {
        return reject(channel, caller, { code: 'INVALID_INPUT', issues: zodIssues(parsed.error) })
      }
      let result: Result<unknown>
      try {
        const handler = handlers[channel] as Handler<typeof channel>
        result = await handler(parsed.data as ChannelInput<typeof channel>, caller)
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
