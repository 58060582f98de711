// The one handler registry. Every transport (Electron IPC in the app, HTTP in browser tests)
// calls `invoke`; the registry checks the channel, the caller's role and the payload, runs the
// handler, and logs and audits every rejection. A handler only ever sees a parsed input.
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
  type Result,
  type Role,
} from '../../src-shared/ipc'
import type { z } from 'zod'
import type { Logger } from '../infra/log/logger'

export type Caller = {
  role: Role | null
  /** Operator or customer id when signed in. */
  actorId: string | null
  /** Which transport delivered the call, for logs. */
  transport: string
}

export const anonymousCaller = (transport: string): Caller => ({ role: null, actorId: null, transport })

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
  invoke(channel: unknown, payload: unknown, caller: Caller): Promise<Result<unknown>>
  /** Record a call refused before it reached the registry (e.g. a foreign sender). */
  reject(channel: unknown, caller: Caller, error: AppError): Promise<Result<never>>
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    code: issue.code,
  }))
}

export function createRegistry(deps: {
  handlers: Handlers
  logger: Logger
  onRejected?: RejectionSink
  /** The contract served; the app's own unless a test brings one. */
  contract?: Record<string, ChannelSpec>
}): Registry {
  const { handlers, logger, onRejected, contract = appContract } = deps
  const isChannel = (name: unknown): name is Channel =>
    typeof name === 'string' && Object.hasOwn(contract, name) && Object.hasOwn(handlers, name)

  async function reject(channel: unknown, caller: Caller, error: AppError) {
    const name = typeof channel === 'string' ? channel.slice(0, 80) : typeof channel
    logger.warn({ channel: name, role: caller.role, transport: caller.transport, code: error.code }, 'ipc call rejected')
    try {
      await onRejected?.({ channel: name, caller, error })
    } catch (err) {
      logger.error({ err }, 'could not record a rejected ipc call')
    }
    return { ok: false as const, error }
  }

  return {
    reject,
    async invoke(channel, payload, caller) {
      if (!isChannel(channel)) return reject(channel, caller, { code: 'UNKNOWN_CHANNEL' })
      const spec = contract[channel]!
      if (!isAllowed(spec.access, caller.role)) return reject(channel, caller, { code: 'FORBIDDEN' })
      const parsed = spec.input.safeParse(payload)
      if (!parsed.success) {
        return reject(channel, caller, { code: 'INVALID_INPUT', issues: zodIssues(parsed.error) })
      }
      try {
        const handler = handlers[channel] as Handler<typeof channel>
        return await handler(parsed.data as ChannelInput<typeof channel>, caller)
      } catch (err) {
        logger.error({ err, channel }, 'ipc handler failed')
        return fail('INTERNAL')
      }
    },
  }
}
