// The notices of a published document (SPEC §3.10, seed 002): for each document and each account
// associated with its customer, a mail when it is published (in the replica and issued), a
// reminder when still unread 10 days after the first was sent, a last one 10 days after that; at
// most 3; a read stops them; nothing inside the quiet hours (it waits until they end).
//
// Never twice: each notice is a counter_document_notices row with a unique (document, account,
// sequence), inserted in the same transaction as its outbox mail; a second scheduler (another
// assembly, another process) or a run after a restart finds the key taken and rolls its mail back.
//
// Which documents: those issued on or after the day the account took the customer (an account
// that associates a customer with ten years of bills is not sent 120 mails), and within the last
// NOTICE_WINDOW_DAYS (a counter switched off for months does not wake up to ancient news).
import type { Knex } from 'knex'
import type { Locale } from '../../../src-shared/ipc'
import { givenNameFirst } from '../../../src-shared/domain/person-name'
import type { Clock } from '../../infra/clock/clock'
import type { Random } from '../../infra/crypto/random'
import type { Db } from '../../infra/db/open-database'
import type { OutboxMail } from '../../infra/outbox/outbox'
import { customerByCode, documentsIssuedBetween, type ReplicaDocumentRow } from '../replica'
import { hasRead, insertNotice, noticesOf, readPairs, type NoticeRow } from './documents-repo'
import { insideQuietHours, localDay, readQuietHours } from './quiet-hours'

const DAY_MS = 24 * 60 * 60_000
/** Days between a notice and the next one, while the document stays unread. */
export const REMINDER_AFTER_DAYS = 10
export const MAX_NOTICES = 3
/** Documents issued longer ago than this are never announced. */
export const NOTICE_WINDOW_DAYS = 60

export type NoticeRecipient = {
  accountId: string
  email: string
  locale: Locale
  codiceCliente: string
  /** When the account took the customer. */
  since: string
}

export type NoticesRun = { sent: number; quiet: boolean }

/** Thrown inside a notice's transaction to roll its mail back: the key was taken meanwhile. */
class AlreadySent extends Error {}

export function createDocumentNotices(deps: {
  db: Knex
  clock: Clock
  random: Random
  enqueueMail(trx: Db, mail: OutboxMail): Promise<string>
  recipients(trx: Db): Promise<NoticeRecipient[]>
  officeForMail(trx: Db): Promise<{ portal?: string; timeZone: string }>
}) {
  const { db, clock, random } = deps

  async function send(
    recipient: NoticeRecipient,
    document: ReplicaDocumentRow,
    sequence: number,
    portal: string | undefined,
  ): Promise<boolean> {
    const customer = await customerByCode(db, document.codice_cliente)
    const params = {
      name: customer ? givenNameFirst(customer.name, customer.kind) : undefined,
      number: document.doc_number,
      type: document.doc_type,
      periodStart: document.period_start,
      periodEnd: document.period_end,
      dueOn: document.due_on,
      ...(portal ? { portal } : {}),
    }
    try {
      return await db.transaction(async (trx) => {
        // Read meanwhile (between the scan and now): nothing more.
        if (await hasRead(trx, recipient.accountId, document.id)) return false
        const mail: OutboxMail =
          sequence === 1
            ? {
                to: recipient.email,
                locale: recipient.locale,
                template: 'document-published',
                params,
              }
            : {
                to: recipient.email,
                locale: recipient.locale,
                template: 'document-reminder',
                params: { ...params, last: sequence === MAX_NOTICES },
              }
        const outboxId = await deps.enqueueMail(trx, mail)
        const row: NoticeRow = {
          id: random.uuid(),
          document_id: document.id,
          account_id: recipient.accountId,
          sequence,
          sent_at: clock.now().toISOString(),
          outbox_id: outboxId,
        }
        if (!(await insertNotice(trx, row))) throw new AlreadySent()
        return true
      })
    } catch (err) {
      if (err instanceof AlreadySent) return false
      throw err
    }
  }

  /** One pass: every notice due now is queued, once. */
  async function run(): Promise<NoticesRun> {
    const now = clock.now()
    const office = await deps.officeForMail(db)
    if (insideQuietHours(now, await readQuietHours(db), office.timeZone))
      return { sent: 0, quiet: true }
    const recipients = await deps.recipients(db)
    if (recipients.length === 0) return { sent: 0, quiet: false }
    const codes = [...new Set(recipients.map((r) => r.codiceCliente))]
    const today = localDay(now, office.timeZone)
    const from = localDay(new Date(now.getTime() - NOTICE_WINDOW_DAYS * DAY_MS), office.timeZone)
    const documents = await documentsIssuedBetween(db, codes, from, today)
    if (documents.length === 0) return { sent: 0, quiet: false }
    const ids = documents.map((d) => d.id)
    const read = await readPairs(db, ids)
    const sent = new Map<string, NoticeRow[]>()
    for (const n of await noticesOf(db, ids)) {
      const key = `${n.account_id}:${n.document_id}`
      sent.set(key, [...(sent.get(key) ?? []), n])
    }
    const byCustomer = new Map<string, ReplicaDocumentRow[]>()
    for (const d of documents)
      byCustomer.set(d.codice_cliente, [...(byCustomer.get(d.codice_cliente) ?? []), d])

    let queued = 0
    for (const recipient of recipients) {
      const sinceDay = localDay(new Date(recipient.since), office.timeZone)
      for (const document of byCustomer.get(recipient.codiceCliente) ?? []) {
        if (document.issued_on < sinceDay) continue
        const key = `${recipient.accountId}:${document.id}`
        if (read.has(key)) continue
        const earlier = (sent.get(key) ?? []).sort((a, b) => a.sequence - b.sequence)
        const next = earlier.length + 1
        if (next > MAX_NOTICES) continue
        const last = earlier.at(-1)
        if (last && Date.parse(last.sent_at) + REMINDER_AFTER_DAYS * DAY_MS > now.getTime())
          continue
        if (await send(recipient, document, next, office.portal)) queued++
      }
    }
    return { sent: queued, quiet: false }
  }

  return { run }
}
