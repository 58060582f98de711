// The customer display, main side: which screen faces the customer of which operator, what the
// operator asked them to type, and what they typed. All of it in memory only, bound to the
// operator's session: a secret typed by the customer never reaches a table, a log or the
// operator's window; the operator's flow names it by its entry id (`{ entry }`) and main reveals
// it to that flow alone.
import type { Knex } from 'knex'
import { fail, ok, type AppError, type EntryKind, type Result } from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'
import type { AuditLog } from '../audit'
import { createSecretGate, newPasswordFailure } from '../credentials'
import { subjectKindOf, type Caller, type Connection } from '../identity'

/** How long an operator's pairing code is good for, and a typed entry. */
export const PAIRING_CODE_TTL_MS = 5 * 60_000
export const ENTRY_TTL_MS = 10 * 60_000

type Pairing = { sessionId: string; operatorName: string; expiresAt: number }
type Entry = {
  id: string
  kind: EntryKind
  email: string | null
  /** A code's medium (email or SMS), for the display's words. */
  sentBy: 'email' | 'sms' | null
  /** What the customer typed; absent while waiting. */
  secret?: string
  expiresAt: number
}
type Operator = { sessionId: string; operatorName: string }

export type CustomerDisplay = ReturnType<typeof createCustomerDisplay>

export function createCustomerDisplay(deps: {
  db: Knex
  clock: Clock
  random: Random
  audit: AuditLog
  /** The signed-in operator's name (shown on the customer display). */
  operatorName(caller: Caller): Promise<string>
}) {
  const { db, clock, random, audit } = deps
  const gate = createSecretGate(db)
  const codes = new Map<string, Pairing>() // code → the operator session it pairs with
  const displays = new Map<string, Operator>() // display connection → its operator
  // Operator session → its entries, one per kind (a reset needs the code and the new password),
  // the latest requested last.
  const entries = new Map<string, Entry[]>()
  const now = () => clock.now().getTime()

  // An operator's things are their session's (a call without a session is its connection's).
  const operatorOf = (caller: Caller): string | null =>
    subjectKindOf(caller) === 'operator'
      ? (caller.sessionId ?? `connection:${caller.connectionId}`)
      : null

  function dropCodesOf(sessionId: string): void {
    for (const [code, pairing] of codes) if (pairing.sessionId === sessionId) codes.delete(code)
  }

  function livingEntries(sessionId: string): Entry[] {
    const living = (entries.get(sessionId) ?? []).filter((entry) => entry.expiresAt > now())
    if (living.length > 0) entries.set(sessionId, living)
    else entries.delete(sessionId)
    return living
  }
  /** The entry the customer is asked for now: the latest requested. */
  const latestEntry = (sessionId: string): Entry | undefined => livingEntries(sessionId).at(-1)

  /** The operator whose customer this screen faces: a paired display, or the operator's own. */
  function ownerOf(caller: Caller): string | null {
    return displays.get(caller.connectionId)?.sessionId ?? operatorOf(caller)
  }

  async function pairingCode(caller: Caller): Promise<Result<{ code: string; expiresAt: string }>> {
    const sessionId = operatorOf(caller)
    if (!sessionId) return fail('FORBIDDEN')
    dropCodesOf(sessionId)
    let code: string
    do code = String(random.int(0, 1_000_000)).padStart(6, '0')
    while (codes.has(code))
    const expiresAt = now() + PAIRING_CODE_TTL_MS
    codes.set(code, { sessionId, operatorName: await deps.operatorName(caller), expiresAt })
    return ok({ code, expiresAt: new Date(expiresAt).toISOString() })
  }

  async function pair(code: string, caller: Caller): Promise<Result<{ operatorName: string }>> {
    const pairing = codes.get(code)
    const checked = await gate({
      // Counted per screen that tries (and on its device), whatever code it tries.
      key: `display-pairing:${caller.transport}:${caller.connectionId}`,
      device: caller,
      now: clock.now(),
      verify: async () => pairing !== undefined && pairing.expiresAt > now(),
      onDenied: (trx, reason) =>
        audit.record(trx, caller, {
          action: 'display.pair',
          outcome: 'denied',
          detail: { reason: reason === 'INVALID_CREDENTIALS' ? 'PAIRING_CODE_INVALID' : reason },
        }),
    })
    if (!checked.ok) {
      const error: AppError = checked.error
      return error.code === 'INVALID_CREDENTIALS'
        ? fail('PAIRING_CODE_INVALID', { issues: [{ path: 'code', code: 'PAIRING_CODE_INVALID' }] })
        : fail(error.code === 'DEVICE_LOCKED' ? 'DEVICE_LOCKED' : 'CHECKS_LOCKED', {
            ...(error.params ? { params: error.params } : {}),
          })
    }
    // Used once; an operator has one customer display (a new one replaces the old).
    codes.delete(code)
    for (const [display, operator] of displays)
      if (operator.sessionId === pairing!.sessionId) displays.delete(display)
    displays.set(caller.connectionId, {
      sessionId: pairing!.sessionId,
      operatorName: pairing!.operatorName,
    })
    await audit.record(db, caller, { action: 'display.pair', outcome: 'ok' })
    return ok({ operatorName: pairing!.operatorName })
  }

  function status(caller: Caller) {
    const sessionId = operatorOf(caller)
    const paired = [...displays.values()].some((o) => o.sessionId === sessionId)
    const entry = sessionId ? latestEntry(sessionId) : undefined
    return ok({
      paired,
      entry: entry
        ? {
            id: entry.id,
            kind: entry.kind,
            state: entry.secret === undefined ? ('waiting' as const) : ('filled' as const),
          }
        : null,
    })
  }

  function requestEntry(
    { kind, email, sentBy }: { kind: EntryKind; email?: string; sentBy?: 'email' | 'sms' },
    caller: Caller,
  ) {
    const sessionId = operatorOf(caller)
    if (!sessionId) return fail('FORBIDDEN')
    const id = random.uuid()
    const others = livingEntries(sessionId).filter((entry) => entry.kind !== kind)
    entries.set(sessionId, [
      ...others,
      { id, kind, email: email ?? null, sentBy: sentBy ?? null, expiresAt: now() + ENTRY_TTL_MS },
    ])
    return ok({ id })
  }

  function cancelEntry(caller: Caller, id?: string) {
    const sessionId = operatorOf(caller)
    if (!sessionId) return ok(null)
    if (id === undefined) entries.delete(sessionId)
    else
      entries.set(
        sessionId,
        livingEntries(sessionId).filter((entry) => entry.id !== id),
      )
    return ok(null)
  }

  function unpair(caller: Caller) {
    const sessionId = operatorOf(caller)
    for (const [display, operator] of displays)
      if (operator.sessionId === sessionId) displays.delete(display)
    return ok(null)
  }

  function current(caller: Caller) {
    const paired = displays.get(caller.connectionId)
    const sessionId = ownerOf(caller)
    const entry = sessionId ? latestEntry(sessionId) : undefined
    return ok({
      paired: paired !== undefined,
      operatorName: paired?.operatorName ?? null,
      // A field to fill, until it is filled: what was typed is never shown back.
      entry:
        entry && entry.secret === undefined
          ? { id: entry.id, kind: entry.kind, email: entry.email, sentBy: entry.sentBy }
          : null,
    })
  }

  function submit(input: { id: string; secret: string; confirm?: string }, caller: Caller) {
    const sessionId = ownerOf(caller)
    const entry = sessionId ? latestEntry(sessionId) : undefined
    if (!entry || entry.id !== input.id || entry.secret !== undefined)
      return fail('CUSTOMER_ENTRY_MISSING')
    if (entry.kind === 'code') {
      const code = input.secret.trim()
      if (!/^\d{6}$/.test(code))
        return fail('INVALID_INPUT', { issues: [{ path: 'secret', code: 'CODE_FORMAT' }] })
      entry.secret = code
    } else if (entry.kind === 'password') {
      // Their own password, checked by the flow that names it: no policy, no second typing.
      entry.secret = input.secret
    } else {
      const refused = newPasswordFailure(
        input.secret,
        input.confirm ?? '',
        entry.email ? [entry.email] : [],
        'secret',
      )
      if (refused) return refused
      entry.secret = input.secret
    }
    return ok(null)
  }

  /**
   * The secret the customer typed for this operator's entry, to the operator's flow alone. It
   * stays (a flow may be retried: a wrong code, a refused step) until the entry is withdrawn,
   * replaced, or expires, or the service or the session ends.
   */
  function reveal(caller: Caller, ref: { entry: string }, kind: EntryKind): Result<string> {
    const sessionId = operatorOf(caller)
    const entry = sessionId ? livingEntries(sessionId).find((e) => e.id === ref.entry) : undefined
    if (!entry || entry.kind !== kind || entry.secret === undefined)
      return fail('CUSTOMER_ENTRY_MISSING')
    return ok(entry.secret)
  }

  /** The operator's service or session ended: their entry goes; a sign-out unpairs too. */
  function forget(caller: Connection & { sessionId?: string | null }, unpairToo: boolean): void {
    // A display's own screen ended: it is no longer anyone's display.
    displays.delete(caller.connectionId)
    const sessionId = caller.sessionId
    if (!sessionId) return
    entries.delete(sessionId)
    if (!unpairToo) return
    dropCodesOf(sessionId)
    for (const [display, operator] of displays)
      if (operator.sessionId === sessionId) displays.delete(display)
  }

  /** A screen paired as a customer display: it faces the customer, never an operator's. */
  const isDisplay = (connection: Connection): boolean => displays.has(connection.connectionId)

  return {
    isDisplay,
    pairingCode,
    pair,
    status,
    requestEntry,
    cancelEntry,
    unpair,
    current,
    submit,
    reveal,
    forget,
  }
}
