// What admins and demo users see of outgoing mail: undeliverable mail, and the demo mailbox.
import type { Knex } from 'knex'
import { fail, ok, type CounterInfo } from '../../../src-shared/ipc'
import { listDemoMailbox } from '../../infra/mail/demo-smtp-server'
import { listDeadLetters, retryDeadLetter } from '../../infra/outbox/outbox'
import type { HandlersFor } from '../../ipc/registry'
import { listDemoSms } from '../../infra/sms/demo-sms-server'
import type { AuditLog } from '../audit'

export function mailHandlers(deps: {
  db: Knex
  info: CounterInfo
  audit: AuditLog
}): HandlersFor<'outbox:dead-letters' | 'outbox:retry' | 'mail:demo-mailbox' | 'mail:demo-sms'> {
  const { db, info, audit } = deps
  return {
    'outbox:dead-letters': async () =>
      ok(
        (await listDeadLetters(db)).map((d) => ({
          id: d.id,
          to: d.to,
          template: d.template,
          attempts: d.attempts,
          lastError: d.lastError,
          createdAt: d.createdAt,
        })),
      ),
    'outbox:retry': async ({ id }, caller) => {
      const result = await retryDeadLetter(db, id)
      await audit.record(db, caller, {
        subject: id,
        action: 'outbox.retry',
        outcome: result.ok ? 'ok' : 'failed',
        detail: result.ok ? undefined : { reason: result.reason },
      })
      if (result.ok) return ok(null)
      return fail(result.reason === 'not_found' ? 'NOT_FOUND' : 'MAIL_NOT_RETRYABLE', {
        params: { reason: result.reason },
      })
    },
    'mail:demo-sms': async ({ limit }) => {
      if (!info.demo) return fail('NOT_IN_THIS_MODE')
      const messages = await listDemoSms(db, limit)
      return ok(messages.map(({ receivedAt, ...m }) => ({ ...m, at: receivedAt })))
    },
    'mail:demo-mailbox': async ({ limit }) => {
      if (!info.demo) return fail('NOT_IN_THIS_MODE')
      const mails = await listDemoMailbox(db, { limit })
      return ok(
        mails.map((m) => ({
          id: m.id,
          to: m.to,
          subject: m.subject,
          text: m.text ?? '',
          html: m.html ?? '',
          at: m.receivedAt,
        })),
      )
    },
  }
}
