// Requests with an ID document (issue #13, SPEC §3.7-3.8, seed 003). MODIFICA: a new email or
// mobile for a customer the account holds, only through a confirmed secure channel (a
// disposizione). RESET LOGIN: by codice fiscale (or partita IVA / C.O.E.) and codice cliente,
// counted like any secret check, for a customer who lost the contact of their channel. Both
// sides of the document are checked and sealed when they arrive (scan-drafts.ts), stored sealed
// with the request, decrypted in memory for the reviewer only, and deleted some days after the
// decision (the purge). Back office decides oldest first; never a request of their own, nor one
// for a customer they served in the same session (four eyes). Approval changes the contact on
// file (recorded for the hub), ends the customer's secure channels, and tells the new and the
// old contact; a reset approved sends a first-access password to the contact on file.
import type { Knex } from 'knex'
import { parseTaxCode, type TaxCode } from '../../../src-shared/domain/tax-code'
import { givenNameFirst } from '../../../src-shared/domain/person-name'
import { validateMobile } from '../../../src-shared/domain/phone'
import {
  emailSchema,
  fail,
  ok,
  REVIEW_DUE_DAYS,
  SCAN_RETENTION_DEFAULT_DAYS,
  type ChannelInput,
  type ChannelOutput,
  type Locale,
  type RejectionReason,
  type RequestSummary,
  type Result,
} from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'
import type { SecretBox } from '../../infra/crypto/secret-box'
import type { Db } from '../../infra/db/open-database'
import { intakeScan } from '../../infra/files/scan-intake'
import type { OutboxMail } from '../../infra/outbox/outbox'
import type { AuditLog } from '../audit'
import { createSecretGate } from '../credentials'
import { subjectKindOf, type Caller } from '../identity'
import {
  changeContactOnFile,
  customerByCode,
  taxCodeMatches,
  type ReplicaCustomer,
} from '../replica'
import { readSetting, writeSetting } from '../settings'
import { maskContact } from '../secure-channel'
import { createScanDrafts, type ScanDraft } from './scan-drafts'
import {
  decideRequest,
  insertRequest,
  nextNumber,
  pendingRequests,
  purgeScans,
  requestById,
  requestsOfCustomer,
  requestsToPurge,
  scansOf,
  type RequestRow,
} from './requests-repo'

const DAY_MS = 24 * 60 * 60_000
const RETENTION_KEY = 'requests.scan-retention-days'
const scanAad = (scanId: string) => `request-scan:${scanId}`

export type RequestsDeps = {
  db: Knex
  clock: Clock
  random: Random
  audit: AuditLog
  box: Pick<SecretBox, 'sealBytes' | 'openBytes'>
  enqueueMail(trx: Db, mail: OutboxMail): Promise<string>
  enqueueSms(trx: Db, sms: OutboxMail): Promise<string>
  smsAvailable(): boolean
  accounts: {
    acting(caller: Caller, codiceCliente: string, accountEmail?: string): Promise<Result<string>>
    holds(trx: Db, accountId: string, codiceCliente: string): Promise<boolean>
    /** The account that holds the customer first (signs in with the codice fiscale). */
    holderOf(trx: Db, codiceCliente: string): Promise<string | null>
    issueFirstAccessPassword(trx: Db, accountId: string): Promise<string>
  }
  channels: {
    requireChannel(trx: Db, accountId: string, codiceCliente: string): Promise<Result<null>>
    revokeChannels(trx: Db, codiceCliente: string, caller: Caller): Promise<void>
  }
  /** An operator's name, for the queue ("submitted by"). */
  operatorName(trx: Db, operatorId: string): Promise<string | null>
  /** Whether this operator's session has served this customer. */
  servedInSession(caller: Caller, codiceCliente: string): boolean
}

/** A taxCode typed without its kind: a codice fiscale, else a partita IVA or C.O.E. */
function anyTaxCode(typed: string): TaxCode | null {
  const asPerson = parseTaxCode('private', typed)
  if (asPerson.ok) return asPerson.value
  const asBusiness = parseTaxCode('business', typed)
  return asBusiness.ok ? asBusiness.value : null
}

export function createRequests(deps: RequestsDeps) {
  const { db, clock, random, audit, box, accounts } = deps
  const drafts = createScanDrafts(clock)
  const gate = createSecretGate(db)

  function summary(row: RequestRow): RequestSummary {
    return {
      id: row.id,
      number: row.number,
      kind: row.kind,
      status: row.status,
      medium: row.medium,
      contact: maskContact(row.new_contact),
      createdAt: row.created_at,
      decidedAt: row.decided_at,
      reason: row.reason as RejectionReason | null,
      note: row.note,
    }
  }

  async function addScan(
    { side, fileName, dataBase64 }: ChannelInput<'requests:add-scan'>,
    caller: Caller,
  ): Promise<Result<ChannelOutput<'requests:add-scan'>>> {
    const taken = await intakeScan(Buffer.from(dataBase64, 'base64'), fileName)
    if (!taken.ok) return fail(taken.code, { issues: [{ path: side, code: taken.code }] })
    const id = random.uuid()
    const draft: ScanDraft = {
      id,
      side,
      mime: taken.value.mime,
      sealed: box.sealBytes(taken.value.bytes, scanAad(id)),
      bytes: taken.value.bytes.length,
    }
    drafts.put(caller, draft)
    return ok({ side, mime: draft.mime, bytes: draft.bytes })
  }

  /** The two sides this screen sent, or the refusal naming the missing ones. */
  function bothSides(caller: Caller): Result<ScanDraft[]> {
    const held = drafts.both(caller)
    if ('missing' in held)
      return fail('SCANS_MISSING', {
        issues: held.missing.map((side) => ({ path: side, code: 'SCANS_MISSING' })),
      })
    return ok([held.front, held.back])
  }

  async function store(
    caller: Caller,
    fields: Pick<
      RequestRow,
      'kind' | 'codice_cliente' | 'account_id' | 'medium' | 'new_contact'
    > & {
      locale: Locale
    },
    scans: ScanDraft[],
  ): Promise<RequestSummary> {
    const now = clock.now()
    const kind = subjectKindOf(caller)
    const row = await db.transaction(async (trx) => {
      const row: RequestRow = {
        id: random.uuid(),
        number: await nextNumber(trx, now.getUTCFullYear()),
        ...fields,
        status: 'pending',
        submitted_kind:
          kind === 'operator' ? 'operator' : kind === 'account' ? 'customer' : 'anonymous',
        submitted_by: caller.actorId,
        created_at: now.toISOString(),
        due_at: new Date(now.getTime() + REVIEW_DUE_DAYS * DAY_MS).toISOString(),
        decided_at: null,
        decided_by: null,
        reason: null,
        note: null,
        scans_purged_at: null,
      }
      await insertRequest(
        trx,
        row,
        scans.map((scan) => ({
          id: scan.id,
          request_id: row.id,
          side: scan.side,
          mime: scan.mime,
          sealed: scan.sealed,
          bytes: scan.bytes,
        })),
      )
      await audit.record(trx, caller, {
        subject: row.codice_cliente,
        action: 'request.submitted',
        outcome: 'ok',
        detail: { number: row.number, kind: row.kind, scans: scans.length },
      })
      return row
    })
    drafts.drop(caller)
    return summary(row)
  }

  /** The new contact as it will be on file: an email in lower case, a mobile in E.164. */
  function normalisedContact(medium: 'email' | 'sms', typed: string): string | null {
    if (medium === 'email') {
      const email = emailSchema.safeParse(typed)
      return email.success ? email.data : null
    }
    const mobile = validateMobile(typed)
    return mobile.ok ? mobile.value : null
  }

  async function submitChange(
    input: ChannelInput<'requests:submit-change'>,
    caller: Caller,
  ): Promise<Result<RequestSummary>> {
    const contact = normalisedContact(input.medium, input.newContact)
    if (!contact)
      return fail('INVALID_INPUT', {
        issues: [
          {
            path: 'newContact',
            code: input.medium === 'email' ? 'invalid_format' : 'NOT_A_MOBILE',
          },
        ],
      })
    if (normalisedContact(input.medium, input.newContactConfirm) !== contact)
      return fail('CONTACTS_DIFFER', {
        issues: [{ path: 'newContactConfirm', code: 'CONTACTS_DIFFER' }],
      })
    const account = await accounts.acting(caller, input.codiceCliente, input.accountEmail)
    if (!account.ok) return account
    const customer = await customerByCode(db, input.codiceCliente)
    if (!customer || !(await accounts.holds(db, account.value, input.codiceCliente)))
      return fail('NOT_FOUND')
    // A disposizione: only through the account's confirmed secure channel for this customer.
    const channel = await deps.channels.requireChannel(db, account.value, input.codiceCliente)
    if (!channel.ok) return channel
    if ((input.medium === 'email' ? customer.email : customer.mobile) === contact)
      return fail('CONTACT_UNCHANGED', {
        issues: [{ path: 'newContact', code: 'CONTACT_UNCHANGED' }],
      })
    const scans = bothSides(caller)
    if (!scans.ok) return scans
    return ok(
      await store(
        caller,
        {
          kind: 'contact-change',
          codice_cliente: customer.codice_cliente,
          account_id: account.value,
          medium: input.medium,
          new_contact: contact,
          locale: input.locale,
        },
        scans.value,
      ),
    )
  }

  /**
   * The customer named by codice fiscale (or partita IVA / C.O.E.) and codice cliente, counted
   * like any secret check: one answer for any mismatch, the fifth locks.
   */
  async function provenCustomer(
    action: string,
    typed: { taxCode: string; codiceCliente: string },
    caller: Caller,
  ): Promise<Result<ReplicaCustomer>> {
    const taxCode = anyTaxCode(typed.taxCode)
    if (!taxCode)
      return fail('INVALID_INPUT', { issues: [{ path: 'taxCode', code: 'invalid_format' }] })
    const customer = await customerByCode(db, typed.codiceCliente)
    const matched = await gate({
      key: `${action}:${typed.codiceCliente}`,
      device: caller,
      now: clock.now(),
      verify: async () => !!customer && taxCodeMatches(customer, taxCode),
      onDenied: (trx, reason) =>
        audit.record(trx, caller, {
          action,
          outcome: 'denied',
          detail: { reason: reason === 'INVALID_CREDENTIALS' ? 'CUSTOMER_NOT_MATCHED' : reason },
        }),
    })
    if (!matched.ok) {
      const { code, params } = matched.error
      const answer =
        code === 'INVALID_CREDENTIALS'
          ? 'CUSTOMER_NOT_MATCHED'
          : code === 'ACCOUNT_LOCKED'
            ? 'CHECKS_LOCKED'
            : code
      return fail(answer, params ? { params } : {})
    }
    return ok(customer!)
  }

  async function submitReset(
    input: ChannelInput<'requests:submit-reset'>,
    caller: Caller,
  ): Promise<Result<RequestSummary>> {
    if (subjectKindOf(caller) === 'operator' && caller.serving !== input.codiceCliente)
      return fail('NOT_SERVING_THIS_CUSTOMER')
    // Both sides first: a missing side costs the customer no try.
    const scans = bothSides(caller)
    if (!scans.ok) return scans
    const customer = await provenCustomer('request.reset', input, caller)
    if (!customer.ok) return customer
    return ok(
      await store(
        caller,
        {
          kind: 'channel-reset',
          codice_cliente: customer.value.codice_cliente,
          account_id: await accounts.holderOf(db, customer.value.codice_cliente),
          medium: null,
          new_contact: null,
          locale: input.locale,
        },
        scans.value,
      ),
    )
  }

  async function status(
    input: ChannelInput<'requests:status'>,
    caller: Caller,
  ): Promise<Result<RequestSummary[]>> {
    const customer = await provenCustomer('request.status', input, caller)
    if (!customer.ok) return customer
    return ok((await requestsOfCustomer(db, customer.value.codice_cliente)).map(summary))
  }

  async function ofCustomer({ codiceCliente }: { codiceCliente: string }) {
    return ok((await requestsOfCustomer(db, codiceCliente)).map(summary))
  }

  async function submitter(row: RequestRow): Promise<string | null> {
    return row.submitted_kind === 'operator' && row.submitted_by
      ? await deps.operatorName(db, row.submitted_by)
      : null
  }

  async function queue() {
    const rows = await pendingRequests(db)
    return ok(
      await Promise.all(
        rows.map(async (row) => {
          const customer = await customerByCode(db, row.codice_cliente)
          return {
            id: row.id,
            number: row.number,
            kind: row.kind,
            codiceCliente: row.codice_cliente,
            customerName: customer ? givenNameFirst(customer.name, customer.kind) : '',
            createdAt: row.created_at,
            dueAt: row.due_at,
            submittedBy: await submitter(row),
          }
        }),
      ),
    )
  }

  /** Four eyes: why this reviewer may not decide this request, or null. */
  function cannotDecide(row: RequestRow, caller: Caller) {
    if (row.status !== 'pending') return 'DECIDED' as const
    if (row.submitted_kind === 'operator' && row.submitted_by === caller.actorId)
      return 'OWN_REQUEST' as const
    if (caller.serving === row.codice_cliente || deps.servedInSession(caller, row.codice_cliente))
      return 'SERVED_THIS_CUSTOMER' as const
    return null
  }

  async function get(
    { id }: { id: string },
    caller: Caller,
  ): Promise<Result<ChannelOutput<'requests:get'>>> {
    const row = await requestById(db, id)
    const customer = row && (await customerByCode(db, row.codice_cliente))
    if (!row || !customer) return fail('NOT_FOUND')
    const scans = await scansOf(db, row.id)
    // Opened here, for this answer only: never written anywhere in clear.
    const opened = scans.map((scan) => ({
      side: scan.side,
      mime: scan.mime as 'image/jpeg' | 'image/png' | 'application/pdf',
      dataBase64: box.openBytes(Buffer.from(scan.sealed), scanAad(scan.id)).toString('base64'),
    }))
    await audit.record(db, caller, {
      subject: row.codice_cliente,
      action: 'request.viewed',
      outcome: 'ok',
      detail: { number: row.number, scans: opened.length },
    })
    const history = (await requestsOfCustomer(db, row.codice_cliente))
      .filter((other) => other.id !== row.id)
      .map(summary)
    return ok({
      id: row.id,
      number: row.number,
      kind: row.kind,
      codiceCliente: row.codice_cliente,
      customerName: givenNameFirst(customer.name, customer.kind),
      createdAt: row.created_at,
      dueAt: row.due_at,
      submittedBy: await submitter(row),
      status: row.status,
      medium: row.medium,
      newContact: row.new_contact,
      onFile: {
        name: customer.name,
        kind: customer.kind,
        codiceFiscale: customer.codice_fiscale,
        partitaIva: customer.partita_iva ?? customer.codice_coe,
        email: customer.email,
        mobile: customer.mobile,
      },
      history,
      scans: opened,
      scansPurgedAt: row.scans_purged_at,
      cannotDecide: cannotDecide(row, caller),
      decidedAt: row.decided_at,
      reason: row.reason as RejectionReason | null,
      note: row.note,
    })
  }

  /** A notice to one contact: by mail, or to a mobile by SMS (when SMS can be sent). */
  async function tell(
    trx: Db,
    to: { email?: string | null; mobile?: string | null },
    locale: Locale,
    template:
      | 'contact-changed'
      | 'contact-change-was-you'
      | 'request-rejected'
      | 'reset-first-access-password',
    params: Record<string, unknown>,
  ): Promise<boolean> {
    if (to.email) {
      await deps.enqueueMail(trx, { to: to.email, locale, template, params } as OutboxMail)
      return true
    }
    if (to.mobile && validateMobile(to.mobile).ok && deps.smsAvailable()) {
      await deps.enqueueSms(trx, {
        to: to.mobile,
        locale,
        template: `${template}-sms`,
        params,
      } as OutboxMail)
      return true
    }
    return false
  }

  async function decide(
    input: ChannelInput<'requests:decide'>,
    caller: Caller,
  ): Promise<Result<null>> {
    const row = await requestById(db, input.id)
    const customer = row && (await customerByCode(db, row.codice_cliente))
    if (!row || !customer) return fail('NOT_FOUND')
    const refused = cannotDecide(row, caller)
    if (refused) return fail('CANNOT_DECIDE', { params: { reason: refused } })
    const now = clock.now().toISOString()
    const name = givenNameFirst(customer.name, customer.kind)
    const decided = await db.transaction(async (trx) => {
      const approved = input.decision === 'approve'
      const taken = await decideRequest(trx, row.id, {
        status: approved ? 'approved' : 'rejected',
        decided_at: now,
        decided_by: caller.actorId,
        reason: approved ? null : input.reason,
        note: approved ? null : (input.note ?? null) || null,
      })
      if (!taken) return false
      const onFile = { email: customer.email, mobile: customer.mobile }
      if (!approved) {
        await tell(trx, onFile, row.locale, 'request-rejected', {
          name,
          number: row.number,
          reason: input.reason,
          ...(input.note ? { note: input.note } : {}),
        })
      } else if (row.kind === 'contact-change') {
        const field = row.medium === 'sms' ? 'mobile' : 'email'
        await changeContactOnFile(trx, {
          id: random.uuid(),
          codiceCliente: row.codice_cliente,
          field,
          value: row.new_contact!,
          requestId: row.id,
          at: now,
        })
        await deps.channels.revokeChannels(trx, row.codice_cliente, caller)
        const params = { name, number: row.number, contact: maskContact(row.new_contact)! }
        await tell(trx, { [field]: row.new_contact }, row.locale, 'contact-changed', params)
        // The contact it replaces hears of it too ("was this you?").
        if (onFile[field])
          await tell(trx, { [field]: onFile[field] }, row.locale, 'contact-change-was-you', params)
      } else {
        await deps.channels.revokeChannels(trx, row.codice_cliente, caller)
        const holder = await accounts.holderOf(trx, row.codice_cliente)
        if (holder) {
          const password = await accounts.issueFirstAccessPassword(trx, holder)
          await tell(trx, onFile, row.locale, 'reset-first-access-password', { name, password })
        }
      }
      await audit.record(trx, caller, {
        subject: row.codice_cliente,
        action: approved ? 'request.approved' : 'request.rejected',
        outcome: 'ok',
        detail: {
          number: row.number,
          kind: row.kind,
          ...(approved ? {} : { reason: input.reason }),
        },
      })
      return true
    })
    return decided ? ok(null) : fail('CANNOT_DECIDE', { params: { reason: 'DECIDED' } })
  }

  async function retentionDays(trx: Db = db): Promise<number> {
    const stored = await readSetting<number>(trx, RETENTION_KEY)
    return typeof stored === 'number' && stored >= 1 ? stored : SCAN_RETENTION_DEFAULT_DAYS
  }

  async function setRetention({ days }: { days: number }, caller: Caller): Promise<Result<null>> {
    await db.transaction(async (trx) => {
      await writeSetting(trx, RETENTION_KEY, days, clock.now())
      await audit.record(trx, caller, {
        action: 'settings.scan-retention',
        outcome: 'ok',
        detail: { days },
      })
    })
    return ok(null)
  }

  /**
   * The retention job: the scans of requests decided more than the retention's days ago are
   * deleted; the request and the audit keep that they existed, never their content.
   */
  async function purgeExpiredScans(): Promise<number> {
    const now = clock.now()
    const cutoff = new Date(now.getTime() - (await retentionDays()) * DAY_MS).toISOString()
    let purged = 0
    for (const row of await requestsToPurge(db, cutoff)) {
      await db.transaction(async (trx) => {
        const deleted = await purgeScans(trx, row.id, now.toISOString())
        purged += deleted
        await audit.record(
          trx,
          { role: null, actorId: null },
          {
            subject: row.codice_cliente,
            action: 'request.scans-purged',
            outcome: 'ok',
            detail: { number: row.number, scans: deleted },
          },
        )
      })
    }
    return purged
  }

  return {
    addScan,
    dropScans: (caller: Caller) => drafts.drop(caller),
    submitChange,
    submitReset,
    status,
    ofCustomer,
    queue,
    get,
    decide,
    retentionDays,
    setRetention,
    purgeExpiredScans,
  }
}

export type Requests = ReturnType<typeof createRequests>
