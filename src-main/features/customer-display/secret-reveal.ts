// Puts the customer's typed secrets in place of their entry ids in a flow's input, and keeps the
// rule that makes the customer display worth having: at a desk, an operator's call never carries
// a customer's secret itself (it could only have been typed on the operator's screen).
import {
  fail,
  ok,
  type CounterMode,
  type EntryKind,
  type Result,
  type Revealed,
} from '../../../src-shared/ipc'
import { subjectKindOf, type Caller } from '../identity'
import type { CustomerDisplay } from './display-service'

/** Which fields of an input are a customer's secret, and of what kind. */
export type SecretFields = Readonly<Record<string, EntryKind>>

export type SecretReveal = <T extends object>(
  input: T,
  fields: SecretFields,
  caller: Caller,
) => Result<Revealed<T>>

export function createSecretReveal(display: CustomerDisplay, mode: CounterMode): SecretReveal {
  return <T extends object>(input: T, fields: SecretFields, caller: Caller) => {
    const out: Record<string, unknown> = { ...(input as Record<string, unknown>) }
    for (const [field, kind] of Object.entries(fields)) {
      const value = out[field]
      if (value === undefined) continue
      if (typeof value === 'string') {
        if (mode === 'desk' && subjectKindOf(caller) === 'operator')
          return fail('CUSTOMER_ENTRY_REQUIRED', {
            issues: [{ path: field, code: 'CUSTOMER_ENTRY_REQUIRED' }],
          })
        continue
      }
      const secret = display.reveal(caller, value as { entry: string }, kind)
      if (!secret.ok)
        return fail(secret.error.code, { issues: [{ path: field, code: secret.error.code }] })
      out[field] = secret.value
    }
    return ok(out as Revealed<T>)
  }
}
