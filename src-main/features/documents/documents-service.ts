// Documents (issue #14, SPEC §3.9-3.10, seed 002): the customer's bills and notices, listed with
// search, filters, sort and paging; the PDF for the viewer; reads by open, print, download or
// mail (the first one kept per account); several at once as a zip (desk) or mailed to the
// customer's email on file (kiosk, attachments by reference, split under the size cap).
//
// Who sees what: a customer the customers their account holds; an operator the customer they
// serve, the reads being those of the account they name (`accountEmail`; without one, nothing is
// recorded and `unread` is null). A document the caller may not see is NOT_FOUND, exactly as one
// that does not exist: an id tells nothing about other customers.
import { zipSync } from 'fflate'
import type { Knex } from 'knex'
import {
  fail,
  MAIL_ATTACHMENTS_CAP_BYTES,
  ok,
  type ChannelOutput,
  type CounterMode,
  type DocumentView,
  type Locale,
  type ParsedInput,
  type ReadHow,
  type Result,
} from '../../../src-shared/ipc'
import { givenNameFirst } from '../../../src-shared/domain/person-name'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'
import type { Db } from '../../infra/db/open-database'
import type { OutboxMail } from '../../infra/outbox/outbox'
import type { AuditLog } from '../audit'
import { ELECTRON_TRANSPORT } from '../../ipc/transports'
import { subjectKindOf, type Caller } from '../identity'
import {
  customerByCode,
  documentById,
  documentIdsOf,
  documentPdf,
  documentsByIds,
  documentYears,
  listCustomerDocuments,
  type ReplicaCustomer,
  type ReplicaDocumentRow,
} from '../replica'
import { maskContact } from '../secure-channel'
import { readAmong, readsOfCustomers, recordRead } from './documents-repo'
import { createDocumentNotices, type NoticeRecipient } from './document-notices'
import { readQuietHours, writeQuietHours } from './quiet-hours'

export type DocumentsDeps = {
  db: Knex
  clock: Clock
  random: Random
  audit: AuditLog
  enqueueMail(trx: Db, mail: OutboxMail): Promise<string>
  accounts: {
    /** The account a call acts on (features/accounts' actingAccount). */
    acting(caller: Caller, codiceCliente: string, accountEmail?: string): Promise<Result<string>>
    holds(trx: Db, accountId: string, codiceCliente: string): Promise<boolean>
    codesOf(trx: Db, accountId: string): Promise<string[]>
    /** Every association of an active account (the notices' recipients). */
    recipients(trx: Db): Promise<NoticeRecipient[]>
  }
  officeForMail(trx: Db): Promise<{ portal?: string; timeZone: string }>
  /** The counter's mode: a kiosk prints without a dialog. */
  mode: CounterMode
  /** The attachments of one mail stay under this (MAIL_ATTACHMENTS_CAP_BYTES by default). */
  mailCapBytes?: number
}

/** Whose reads a call records: an account, or none (an operator who named no account). */
type Viewer = { accountId: string | null }

const notFound = () => fail('NOT_FOUND')

/** A number as a file name: "2025/E/0000123" → "2025-E-0000123.pdf". */
export const pdfFileName = (number: string) => `${number.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`

/** "2025-03" or "03/2025" (also 3.2025, 3-2025): a month; null otherwise. */
export function searchedMonth(search: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})$/.exec(search)
  const it = /^(\d{1,2})[/.-](\d{4})$/.exec(search)
  const [year, month] = iso ? [iso[1], iso[2]] : it ? [it[2], it[1]] : [null, null]
  if (!year || !month || Number(month) < 1 || Number(month) > 12) return null
  return `${year}-${month.padStart(2, '0')}`
}

export function createDocuments(deps: DocumentsDeps) {
  const { db, clock, random, audit, accounts } = deps
  const cap = deps.mailCapBytes ?? MAIL_ATTACHMENTS_CAP_BYTES
  const notices = createDocumentNotices({
    db,
    clock,
    random,
    enqueueMail: deps.enqueueMail,
    recipients: accounts.recipients,
    officeForMail: deps.officeForMail,
  })

  /**
   * Who may see the customer's documents, and whose reads count. `refusal`: what a customer the
   * caller may not see answers (NOT_FOUND for a document's, whatever else it may be).
   */
  async function viewerOf(
    caller: Caller,
    codiceCliente: string,
    accountEmail: string | undefined,
    refusal: 'NOT_FOUND' | 'NOT_SERVING_THIS_CUSTOMER',
  ): Promise<Result<Viewer>> {
    const kind = subjectKindOf(caller)
    if (kind === 'account') {
      if (accountEmail !== undefined)
        return fail('INVALID_INPUT', { issues: [{ path: 'accountEmail', code: 'invalid' }] })
      if (!(await accounts.holds(db, caller.actorId!, codiceCliente))) return fail('NOT_FOUND')
      return ok({ accountId: caller.actorId })
    }
    if (kind !== 'operator') return fail('FORBIDDEN')
    if (caller.serving !== codiceCliente) return fail(refusal)
    if (accountEmail === undefined) return ok({ accountId: null })
    const acting = await accounts.acting(caller, codiceCliente, accountEmail)
    if (!acting.ok) return acting
    if (!(await accounts.holds(db, acting.value, codiceCliente)))
      return fail('INVALID_INPUT', {
        issues: [{ path: 'accountEmail', code: 'ACCOUNT_NOT_FOUND' }],
      })
    return ok({ accountId: acting.value })
  }

  /** The documents of these ids, each one the caller may see; else NOT_FOUND for all. */
  async function visibleDocuments(
    caller: Caller,
    ids: readonly number[],
    accountEmail: string | undefined,
  ): Promise<Result<{ rows: ReplicaDocumentRow[]; viewers: Map<string, Viewer> }>> {
    const unique = [...new Set(ids)]
    const found = await documentsByIds(db, unique)
    if (found.length !== unique.length) return notFound()
    const viewers = new Map<string, Viewer>()
    for (const code of new Set(found.map((d) => d.codice_cliente))) {
      const viewer = await viewerOf(caller, code, accountEmail, 'NOT_FOUND')
      if (!viewer.ok) return viewer.error.code === 'INVALID_INPUT' ? viewer : notFound()
      viewers.set(code, viewer.value)
    }
    const byId = new Map(found.map((d) => [d.id, d]))
    return ok({ rows: unique.map((id) => byId.get(id)!), viewers })
  }

  async function markRead(trx: Db, viewer: Viewer, document: ReplicaDocumentRow, how: ReadHow) {
    if (!viewer.accountId) return
    await recordRead(trx, {
      account_id: viewer.accountId,
      document_id: document.id,
      codice_cliente: document.codice_cliente,
      first_read_at: clock.now().toISOString(),
      how,
    })
  }

  const view = (d: ReplicaDocumentRow, unread: boolean | null): DocumentView => ({
    id: d.id,
    codiceCliente: d.codice_cliente,
    number: d.doc_number,
    type: d.doc_type,
    service: d.service,
    periodStart: d.period_start,
    periodEnd: d.period_end,
    issuedOn: d.issued_on,
    dueOn: d.due_on,
    amountCents: d.amount_cents,
    currency: d.currency,
    bytes: d.pdf_bytes,
    unread,
  })

  async function unreadOf(accountId: string, codes: readonly string[]) {
    const ids = await documentIdsOf(db, codes)
    const read = await readsOfCustomers(db, accountId, codes)
    const perCustomer = new Map(codes.map((c) => [c, 0]))
    for (const d of ids)
      if (!read.has(d.id))
        perCustomer.set(d.codice_cliente, (perCustomer.get(d.codice_cliente) ?? 0) + 1)
    return perCustomer
  }

  async function list(
    input: ParsedInput<'documents:list'>,
    caller: Caller,
  ): Promise<Result<ChannelOutput<'documents:list'>>> {
    const viewer = await viewerOf(
      caller,
      input.codiceCliente,
      input.accountEmail,
      'NOT_SERVING_THIS_CUSTOMER',
    )
    if (!viewer.ok) return viewer
    const search = input.search ?? ''
    const month = search ? searchedMonth(search) : null
    const page = await listCustomerDocuments(db, {
      codiceCliente: input.codiceCliente,
      ...(search && !month ? { number: search } : {}),
      ...(month ? { month } : {}),
      ...(input.type ? { type: input.type } : {}),
      ...(input.service ? { service: input.service } : {}),
      ...(input.year !== undefined ? { year: input.year } : {}),
      sort: input.sort,
      limit: input.limit,
      offset: input.offset,
    })
    const { accountId } = viewer.value
    const read = accountId
      ? await readAmong(
          db,
          accountId,
          page.rows.map((d) => d.id),
        )
      : null
    const unread = accountId
      ? ((await unreadOf(accountId, [input.codiceCliente])).get(input.codiceCliente) ?? 0)
      : null
    return ok({
      total: page.total,
      unread,
      years: await documentYears(db, input.codiceCliente),
      documents: page.rows.map((d) => view(d, read ? !read.has(d.id) : null)),
    })
  }

  async function unreadCount(
    input: ParsedInput<'documents:unread-count'>,
    caller: Caller,
  ): Promise<Result<ChannelOutput<'documents:unread-count'>>> {
    let accountId: string | null
    let codes: string[]
    if (subjectKindOf(caller) === 'account') {
      if (input.accountEmail !== undefined)
        return fail('INVALID_INPUT', { issues: [{ path: 'accountEmail', code: 'invalid' }] })
      accountId = caller.actorId
      const held = await accounts.codesOf(db, accountId!)
      if (input.codiceCliente !== undefined && !held.includes(input.codiceCliente))
        return notFound()
      codes = input.codiceCliente !== undefined ? [input.codiceCliente] : held
    } else {
      const code = input.codiceCliente ?? caller.serving
      if (!code) return fail('NOT_SERVING_THIS_CUSTOMER')
      const viewer = await viewerOf(caller, code, input.accountEmail, 'NOT_SERVING_THIS_CUSTOMER')
      if (!viewer.ok) return viewer
      if (!viewer.value.accountId)
        return fail('INVALID_INPUT', { issues: [{ path: 'accountEmail', code: 'REQUIRED' }] })
      accountId = viewer.value.accountId
      codes = [code]
    }
    const perCustomer = await unreadOf(accountId!, codes)
    const customers = codes.map((c) => ({ codiceCliente: c, unread: perCustomer.get(c) ?? 0 }))
    return ok({ total: customers.reduce((n, c) => n + c.unread, 0), customers })
  }

  /** An operator's action for a customer is audited ("operator X for customer Y"). */
  async function auditOperator(
    trx: Db,
    caller: Caller,
    subject: string,
    action: string,
    detail: Record<string, unknown>,
  ) {
    if (subjectKindOf(caller) === 'operator')
      await audit.record(trx, caller, { subject, action, outcome: 'ok', detail })
  }

  async function getPdf(
    input: ParsedInput<'documents:get-pdf'>,
    caller: Caller,
  ): Promise<Result<ChannelOutput<'documents:get-pdf'>>> {
    const document = await documentById(db, input.documentId)
    if (!document) return notFound()
    const viewer = await viewerOf(caller, document.codice_cliente, input.accountEmail, 'NOT_FOUND')
    if (!viewer.ok) return viewer.error.code === 'INVALID_INPUT' ? viewer : notFound()
    const pdf = await documentPdf(db, document.id)
    if (!pdf) return notFound()
    await db.transaction(async (trx) => {
      await markRead(trx, viewer.value, document, 'open')
      await auditOperator(trx, caller, document.codice_cliente, 'document.opened', {
        number: document.doc_number,
      })
    })
    return ok({
      id: document.id,
      number: document.doc_number,
      fileName: pdfFileName(document.doc_number),
      dataBase64: pdf.toString('base64'),
    })
  }

  /** Stampa: read, and how the window prints (the Electron shell prints it; a browser itself). */
  async function print(
    input: ParsedInput<'documents:print'>,
    caller: Caller,
  ): Promise<Result<ChannelOutput<'documents:print'>>> {
    const marked = await markReadBy({ ...input, how: 'print' }, caller)
    if (!marked.ok) return marked
    return ok({ silent: deps.mode === 'kiosk', byShell: caller.transport === ELECTRON_TRANSPORT })
  }

  async function markReadBy(
    input: ParsedInput<'documents:mark-read'>,
    caller: Caller,
  ): Promise<Result<null>> {
    const document = await documentById(db, input.documentId)
    if (!document) return notFound()
    const viewer = await viewerOf(caller, document.codice_cliente, input.accountEmail, 'NOT_FOUND')
    if (!viewer.ok) return viewer.error.code === 'INVALID_INPUT' ? viewer : notFound()
    await db.transaction(async (trx) => {
      await markRead(trx, viewer.value, document, input.how)
      await auditOperator(
        trx,
        caller,
        document.codice_cliente,
        `document.${input.how === 'print' ? 'printed' : 'downloaded'}`,
        {
          number: document.doc_number,
        },
      )
    })
    return ok(null)
  }

  async function zip(
    input: ParsedInput<'documents:zip'>,
    caller: Caller,
  ): Promise<Result<ChannelOutput<'documents:zip'>>> {
    const visible = await visibleDocuments(caller, input.documentIds, input.accountEmail)
    if (!visible.ok) return visible
    const files: Record<string, [Uint8Array, { level: 0 }]> = {}
    const names: string[] = []
    for (const document of visible.value.rows) {
      const pdf = await documentPdf(db, document.id)
      if (!pdf) return notFound()
      const name = pdfFileName(document.doc_number)
      // PDFs are compressed already: stored as they are.
      files[name] = [new Uint8Array(pdf), { level: 0 }]
      names.push(name)
    }
    const archive = zipSync(files)
    const code = visible.value.rows[0]!.codice_cliente
    await db.transaction(async (trx) => {
      for (const document of visible.value.rows)
        await markRead(
          trx,
          visible.value.viewers.get(document.codice_cliente)!,
          document,
          'download',
        )
      await auditOperator(trx, caller, code, 'documents.zipped', { numbers: names.length })
    })
    return ok({
      fileName: `documenti-${code}.zip`,
      dataBase64: Buffer.from(archive).toString('base64'),
      files: names,
    })
  }

  /** Documents in mails whose attachments stay under the cap, in the order asked. */
  function packed(rows: readonly ReplicaDocumentRow[]): ReplicaDocumentRow[][] {
    const mails: ReplicaDocumentRow[][] = []
    let current: ReplicaDocumentRow[] = []
    let size = 0
    for (const d of rows) {
      if (current.length > 0 && size + d.pdf_bytes > cap) {
        mails.push(current)
        current = []
        size = 0
      }
      current.push(d)
      size += d.pdf_bytes
    }
    if (current.length > 0) mails.push(current)
    return mails
  }

  async function mailToSelf(
    input: ParsedInput<'documents:mail-to-self'>,
    caller: Caller,
  ): Promise<Result<ChannelOutput<'documents:mail-to-self'>>> {
    const visible = await visibleDocuments(caller, input.documentIds, input.accountEmail)
    if (!visible.ok) return visible
    const { rows, viewers } = visible.value
    const tooLarge = rows.findIndex((d) => d.pdf_bytes > cap)
    if (tooLarge >= 0)
      return fail('INVALID_INPUT', {
        issues: [{ path: `documentIds.${tooLarge}`, code: 'ATTACHMENT_TOO_LARGE' }],
      })
    // Each customer's documents go to that customer's email on file.
    const byCustomer = new Map<string, ReplicaDocumentRow[]>()
    for (const d of rows)
      byCustomer.set(d.codice_cliente, [...(byCustomer.get(d.codice_cliente) ?? []), d])
    const customers: ReplicaCustomer[] = []
    for (const code of byCustomer.keys()) {
      const customer = await customerByCode(db, code)
      if (!customer?.email)
        return fail('CONTACT_NOT_ON_FILE', {
          issues: [{ path: 'documentIds', code: 'CONTACT_NOT_ON_FILE' }],
        })
      customers.push(customer)
    }
    let mails = 0
    await db.transaction(async (trx) => {
      for (const customer of customers) {
        const groups = packed(byCustomer.get(customer.codice_cliente)!)
        for (const [i, group] of groups.entries()) {
          await deps.enqueueMail(trx, {
            to: customer.email!,
            locale: input.locale as Locale,
            template: 'documents-sent',
            params: {
              name: givenNameFirst(customer.name, customer.kind),
              numbers: group.map((d) => d.doc_number),
              part: i + 1,
              parts: groups.length,
            },
            attachments: group.map((d) => ({ kind: 'document', id: String(d.id) })),
          })
          mails++
        }
        for (const d of byCustomer.get(customer.codice_cliente)!)
          await markRead(trx, viewers.get(d.codice_cliente)!, d, 'mail')
        await audit.record(trx, caller, {
          subject: customer.codice_cliente,
          action: 'documents.mailed',
          outcome: 'ok',
          detail: {
            documents: byCustomer.get(customer.codice_cliente)!.length,
            mails: groups.length,
          },
        })
      }
    })
    return ok({
      to: customers.map((c) => maskContact(c.email) ?? ''),
      mails,
    })
  }

  async function quietHours(): Promise<ChannelOutput<'documents:get-quiet-hours'>> {
    const hours = await readQuietHours(db)
    return { ...hours, timeZone: (await deps.officeForMail(db)).timeZone }
  }

  async function setQuietHours(
    input: ParsedInput<'documents:set-quiet-hours'>,
    caller: Caller,
  ): Promise<Result<null>> {
    await db.transaction(async (trx) => {
      await writeQuietHours(trx, { start: input.start, end: input.end }, clock.now())
      await audit.record(trx, caller, {
        action: 'documents.quiet-hours-set',
        outcome: 'ok',
        detail: { start: input.start, end: input.end },
      })
    })
    return ok(null)
  }

  return {
    list,
    unreadCount,
    getPdf,
    markRead: markReadBy,
    print,
    zip,
    mailToSelf,
    quietHours,
    setQuietHours,
    runDocumentNotices: notices.run,
  }
}

export type Documents = ReturnType<typeof createDocuments>

/** The outbox's attachments of kind "document": the replica's PDF, named by its number. */
export function documentAttachments(db: Db) {
  return async (ref: { kind: string; id: string }) => {
    if (ref.kind !== 'document' || !/^\d+$/.test(ref.id)) return null
    const document = await documentById(db, Number(ref.id))
    const pdf = document && (await documentPdf(db, document.id))
    if (!document || !pdf) return null
    return {
      filename: pdfFileName(document.doc_number),
      contentType: 'application/pdf',
      content: pdf,
    }
  }
}
