// Customer association (issue #11, SPEC §3.5, seed 002): an account holds a customer once the
// name, kind, codice cliente and codice fiscale or partita IVA / C.O.E. all match the replica. A
// mismatch says nothing of which field was wrong, and is counted on the account and the screen.
// Anyone holding a bill knows its codes, so a customer another account already holds is shared:
// the contacts on file and the other accounts are asked "was this you?", and the new association
// waits for a secure channel before any disposizione. A lost codice cliente goes to the contact on
// file, never to the screen, with the same answer whether or not anyone matches.
import type { Knex } from 'knex'
import { sameCustomerName } from '../../../src-shared/domain/customer-name'
import { givenNameFirst } from '../../../src-shared/domain/person-name'
import { validateMobile } from '../../../src-shared/domain/phone'
import { parseTaxCode } from '../../../src-shared/domain/tax-code'
import { toFieldIssue } from '../../../src-shared/domain/validation'
import {
  fail,
  ok,
  type ChannelInput,
  type ChannelOutput,
  type Locale,
  type Result,
} from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import { atLeast } from '../../infra/clock/uniform-duration'
import type { Random } from '../../infra/crypto/random'
import { sha256 } from '../../infra/crypto/secrets'
import type { Db } from '../../infra/db/open-database'
import type { AuditLog } from '../audit'
import {
  createSecretGate,
  deviceKey,
  DEVICE_POLICY,
  reserveAttempts,
  SUBJECT_POLICY,
} from '../credentials'
import { subjectKindOf, type Caller } from '../identity'
import { customerByCode, customersWithTaxCode, taxCodeMatches } from '../replica'
import type { EnqueueMail } from './account-service'
import { actingAccount } from './acting-account'
import {
  accountsOfCustomer,
  associationOf,
  linkCustomer,
  makeOldestHolder,
  unlinkCustomer,
} from './accounts-repo'

/** How often a lost codice cliente is mailed to the same customer at most. */
export const LOST_CODE_COOLDOWN_MS = 10 * 60_000

export function createAssociations(deps: {
  db: Knex
  clock: Clock
  random: Random
  audit: AuditLog
  enqueueMail: EnqueueMail
  /** Floor of the lost-code answer, found or not (see atLeast); 300 ms unless told. */
  uniformResponseMs?: number
  /** A lost codice cliente goes by SMS to a customer with a mobile but no email on file. */
  enqueueSms?: EnqueueMail
  smsAvailable?: () => boolean
  timeZoneOf(trx: Db): Promise<string>
}) {
  const { db, clock, random, audit } = deps
  const gate = createSecretGate(db)
  const lastLostCodeMail = new Map<string, number>()
  const isOperator = (caller: Caller) => subjectKindOf(caller) === 'operator'

  async function add(
    input: ChannelInput<'associations:add'>,
    caller: Caller,
  ): Promise<Result<ChannelOutput<'associations:add'>>> {
    const taxCode = parseTaxCode(input.customerKind, input.taxCode)
    if (!taxCode.ok)
      return fail('INVALID_INPUT', { issues: [toFieldIssue('taxCode', taxCode.issue)] })
    const account = await actingAccount(db, caller, input.codiceCliente, input.accountEmail)
    if (!account.ok) return account
    const accountId = account.value

    const customer = await customerByCode(db, input.codiceCliente)
    const matched = await gate({
      key: `association:${accountId}`,
      device: caller,
      now: clock.now(),
      verify: async () =>
        !!customer &&
        customer.kind === input.customerKind &&
        sameCustomerName(input.customerName, customer.name) &&
        taxCodeMatches(customer, taxCode.value),
      onDenied: (trx, reason) =>
        audit.record(trx, caller, {
          subject: accountId,
          action: 'association.add',
          outcome: 'denied',
          detail: { reason: reason === 'INVALID_CREDENTIALS' ? 'CUSTOMER_NOT_MATCHED' : reason },
        }),
    })
    if (!matched.ok) {
      const { code, params } = matched.error
      // One answer for any wrong field: which one, it never says.
      const answer =
        code === 'INVALID_CREDENTIALS'
          ? 'CUSTOMER_NOT_MATCHED'
          : code === 'ACCOUNT_LOCKED'
            ? 'CHECKS_LOCKED'
            : code
      return fail(answer, params ? { params } : {})
    }
    const found = customer!
    const now = clock.now()
    const needsChannel = await db.transaction(async (trx) => {
      const existing = await associationOf(trx, accountId, found.codice_cliente)
      if (existing) return !!existing.needs_channel
      const holders = (await accountsOfCustomer(trx, found.codice_cliente)).filter(
        (a) => a.id !== accountId,
      )
      const shared = holders.length > 0
      await linkCustomer(trx, {
        id: random.uuid(),
        account_id: accountId,
        codice_cliente: found.codice_cliente,
        created_at: now.toISOString(),
        holder: !shared,
        needs_channel: shared,
        added_by: isOperator(caller) ? caller.actorId : null,
      })
      if (shared) {
        // "Was this you?" to the contact on file and to every other account holding the customer.
        const params = {
          name: givenNameFirst(found.name, found.kind),
          at: now.toISOString(),
          timeZone: await deps.timeZoneOf(trx),
        }
        const recipients = new Map<string, Locale>()
        if (found.email) recipients.set(found.email, 'it')
        for (const other of holders) recipients.set(other.email, other.locale)
        for (const [to, locale] of recipients)
          await deps.enqueueMail(trx, { to, locale, template: 'association-shared', params })
      }
      await audit.record(trx, caller, {
        subject: accountId,
        action: 'association.add',
        outcome: 'ok',
        detail: { codiceCliente: found.codice_cliente, shared },
      })
      return shared
    })
    return ok({
      codiceCliente: found.codice_cliente,
      name: found.name,
      kind: found.kind,
      needsChannel,
    })
  }

  async function remove(
    input: ChannelInput<'associations:remove'>,
    caller: Caller,
  ): Promise<Result<null>> {
    const account = await actingAccount(db, caller, input.codiceCliente, input.accountEmail)
    if (!account.ok) return account
    const removed = await db.transaction(async (trx) => {
      const gone = await unlinkCustomer(trx, account.value, input.codiceCliente)
      if (!gone) return false
      // The customer's holder is then the oldest account still holding them.
      await makeOldestHolder(trx, input.codiceCliente)
      await audit.record(trx, caller, {
        subject: account.value,
        action: 'association.remove',
        outcome: 'ok',
        detail: { codiceCliente: input.codiceCliente },
      })
      return true
    })
    return removed ? ok(null) : fail('NOT_FOUND')
  }

  async function recoverCode(
    input: ChannelInput<'associations:recover-code'>,
    caller: Caller,
  ): Promise<Result<null>> {
    const taxCode = parseTaxCode(input.customerKind, input.taxCode)
    if (!taxCode.ok)
      return fail('INVALID_INPUT', { issues: [toFieldIssue('taxCode', taxCode.issue)] })
    // Whether anyone matched shows neither in the answer nor in its time: a match queues a
    // message, no match queues nothing, and both answer after the same floor.
    return atLeast(deps.uniformResponseMs ?? 300, async () => {
      const now = clock.now()
      // Every request counts, found or not (so the count says nothing of who exists): per code
      // asked for and per screen.
      const counted = await reserveAttempts(
        db,
        [
          { key: deviceKey(caller), policy: DEVICE_POLICY },
          { key: `lost-code:${sha256(JSON.stringify(taxCode.value))}`, policy: SUBJECT_POLICY },
        ],
        now,
      )
      if (counted.refused) {
        const byDevice = counted.refused.key === deviceKey(caller)
        return fail(byDevice ? 'DEVICE_LOCKED' : 'RATE_LIMITED', {
          params: { until: counted.refused.until.toISOString() },
        })
      }
      const customers = await customersWithTaxCode(db, taxCode.value)
      await db.transaction(async (trx) => {
        let sent = 0
        for (const customer of customers) {
          // The email on file; without one, the mobile on file (when SMS can be sent).
          const medium = customer.email
            ? 'email'
            : customer.mobile && validateMobile(customer.mobile).ok && deps.smsAvailable?.()
              ? 'sms'
              : null
          if (!medium) continue
          const last = lastLostCodeMail.get(customer.codice_cliente)
          if (last !== undefined && now.getTime() - last < LOST_CODE_COOLDOWN_MS) continue
          lastLostCodeMail.set(customer.codice_cliente, now.getTime())
          const params = {
            name: givenNameFirst(customer.name, customer.kind),
            codiceCliente: customer.codice_cliente,
          }
          if (medium === 'email')
            await deps.enqueueMail(trx, {
              to: customer.email!,
              locale: input.locale,
              template: 'codice-cliente',
              params,
            })
          else
            await deps.enqueueSms!(trx, {
              to: customer.mobile!,
              locale: input.locale,
              template: 'codice-cliente-sms',
              params,
            })
          sent++
        }
        await audit.record(trx, caller, {
          action: 'association.recover-code',
          outcome: 'ok',
          detail: { sent: sent > 0 },
        })
      })
      return ok(null)
    })
  }

  return { add, remove, recoverCode }
}

export type Associations = ReturnType<typeof createAssociations>
