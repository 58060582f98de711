// The transactional outbox: a mail is a row written in the same transaction as the change it
// announces, and a sender delivers the rows at least once (SECURITY.md "Reliability").
//
// Delivery: a sender leases due rows in one UPDATE (status `sending`, `lease_until`), sends them
// concurrently, and marks each `sent`. A crash between sending and marking leaves the row
// `sending`; once its lease expires any sender reclaims it and sends it again with the same
// Message-ID (`<id@sportello.local>`), so the duplicate is recognisable. Failures back off
// exponentially with full jitter; a row is dead-lettered only after `maxAttempts` attempts and,
// for transient errors, not before `minRetryWindowMs` has passed since it was queued (SPEC §5: a
// mail server down for an hour must lose nothing).
//
// Secrets: subject and body are rendered at send time from the template parameters, so a code
// lives in one column only (`payload_json`), and never in clear there: the template's secret
// parameters are sealed with the secret box at enqueue (bound to the row's id, recipient and
// template, so a sealed code cannot be moved to another row) and opened by the sender at send
// time. Once the row is sent or dead they are replaced by REDACTED. A mail whose code was
// superseded or used (`supersedePendingMail`, when a newer code of its kind is issued or the
// code was typed before its mail went) or expired
// (`secretLifetimeMs`, checked at send time) is never sent: dead, with the reason, redacted.
//
// Attachments: a row holds references only (`attachments_json`: what kind, which id), never the
// bytes; the sender resolves them at send time through the resolver it was given (the replica's
// PDFs, injected by the counter: infra knows no feature). A reference that no longer resolves
// makes the row dead; a resolver that throws, a retry.
import type { Knex } from 'knex'
import { z } from 'zod'
import type { Clock } from '../clock/clock'
import type { Random } from '../crypto/random'
import type { SecretBox } from '../crypto/secret-box'
import type { Db } from '../db/open-database'
import type { Logger } from '../log/logger'
import type { MailAttachment, MailTransport } from '../mail/mail-transport'
import { validateMobile } from '../../../src-shared/domain/phone'
import { createGroupCommit } from './group-commit'
import {
  hasRedactedSecrets,
  isTemplateKey,
  type Locale,
  parseTemplateParams,
  redactParams,
  REDACTED,
  renderMail,
  secretLifetimeMs,
  secretValues,
  spentParams,
  splitSecretParams,
  type TemplateKey,
  type TemplateParams,
} from '../mail/templates'

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dead'
/** What a row travels by: a mail (SMTP) or an SMS (the gateway); each has its own sender. */
export type OutboxChannel = 'email' | 'sms'

export const MESSAGE_ID_DOMAIN = 'sportello.local'
export const messageIdFor = (id: string): string => `<${id}@${MESSAGE_ID_DOMAIN}>`

const recipientSchema = z.email().max(254)

export type MailToEnqueue<K extends TemplateKey> = {
  to: string
  locale: Locale
  template: K
  params: TemplateParams<K>
  /** What to attach, resolved at send time (mail only). */
  attachments?: readonly AttachmentRef[]
}

/** An attachment by reference: e.g. `{ kind: 'document', id: '42' }`. */
export type AttachmentRef = { kind: string; id: string }
/** Finds an attachment's bytes at send time; null when it no longer exists. */
export type AttachmentResolver = (ref: AttachmentRef) => Promise<MailAttachment | null>

const attachmentRefsSchema = z
  .array(z.strictObject({ kind: z.string().min(1).max(40), id: z.string().min(1).max(100) }))
  .max(100)

/** Any mail the outbox can queue: the template key decides the shape of the parameters. */
export type OutboxMail = { [K in TemplateKey]: MailToEnqueue<K> }[TemplateKey]

/**
 * Queues a mail. Pass the transaction of the change the mail announces: if it rolls back, the
 * mail was never queued; if it commits, the mail will be sent even across crashes.
 * Throws (a ZodError) when the recipient or the parameters do not fit the template.
 */
export async function enqueueMail(
  db: Db,
  deps: { clock: Clock; random: Random; box: Pick<SecretBox, 'seal'> },
  mail: OutboxMail,
): Promise<string> {
  return enqueue(db, deps, 'email', recipientSchema.parse(mail.to.trim()), mail)
}

/**
 * Queues an SMS, as a mail is queued (same transaction rule, same retries and dead letters): the
 * template's text goes to a mobile. A number that is not an Italian or San Marino mobile is
 * refused here, before anything is queued (throws `NotAMobileError`).
 */
export async function enqueueSms(
  db: Db,
  deps: { clock: Clock; random: Random; box: Pick<SecretBox, 'seal'> },
  sms: OutboxMail,
): Promise<string> {
  const mobile = validateMobile(sms.to)
  if (!mobile.ok) throw new NotAMobileError(mobile.issue.code)
  if (sms.attachments?.length) throw new Error('outbox: an SMS carries no attachments')
  return enqueue(db, deps, 'sms', mobile.value, sms)
}

export class NotAMobileError extends Error {
  constructor(readonly code: string) {
    super(`outbox: not a mobile number (${code})`)
  }
}

async function enqueue(
  db: Db,
  deps: { clock: Clock; random: Random; box: Pick<SecretBox, 'seal'> },
  channel: OutboxChannel,
  recipient: string,
  mail: OutboxMail,
): Promise<string> {
  const params = parseTemplateParams(mail.template, mail.params)
  const attachments = mail.attachments?.length
    ? JSON.stringify(attachmentRefsSchema.parse(mail.attachments))
    : null
  const id = deps.random.uuid()
  const now = deps.clock.now().toISOString()
  const row = { id, recipient, template: mail.template }
  await db('counter_outbox').insert({
    ...row,
    channel,
    locale: mail.locale,
    payload_json: JSON.stringify(sealPayload(deps.box, row, params)),
    status: 'pending',
    attempts: 0,
    next_attempt_at: now,
    lease_until: null,
    last_error: null,
    created_at: now,
    sent_at: null,
    attachments_json: attachments,
  })
  return id
}

/** The key of `payload_json` holding the sealed secret parameters (no template param has `$`). */
const SEALED = '$sealed'

type RowIdentity = { id: string; recipient: string; template: string }

/** The stored payload: clear parameters, and the secret ones sealed together under SEALED. */
function sealPayload(
  box: Pick<SecretBox, 'seal'>,
  row: RowIdentity & { template: TemplateKey },
  params: Record<string, unknown>,
): Record<string, unknown> {
  const { plain, secret } = splitSecretParams(row.template, params)
  if (Object.keys(secret).length === 0) return plain
  // AES-GCM authenticates the whole plaintext: the binding to the row cannot be edited.
  const sealed = box.seal(
    JSON.stringify({ id: row.id, to: row.recipient, template: row.template, params: secret }),
  )
  return { ...plain, [SEALED]: sealed }
}

/**
 * The parameters of a stored row, the sealed ones opened (a row written before sealing holds
 * them in clear). Throws when the seal does not open or belongs to another row.
 */
export function openMailParams(
  box: Pick<SecretBox, 'open'>,
  row: RowIdentity & { payload_json: string },
): Record<string, unknown> {
  const { [SEALED]: sealed, ...plain } = JSON.parse(row.payload_json) as Record<string, unknown>
  if (sealed === undefined) return plain
  if (typeof sealed !== 'string') throw new Error('outbox: damaged sealed parameters')
  const inside = JSON.parse(box.open(sealed)) as {
    id: unknown
    to: unknown
    template: unknown
    params: Record<string, unknown>
  }
  if (inside.id !== row.id || inside.to !== row.recipient || inside.template !== row.template)
    throw new Error('outbox: sealed parameters of another mail')
  return { ...plain, ...inside.params }
}

/** What a spent row keeps: the clear parameters, each secret one REDACTED, nothing sealed. */
function spentPayload(template: string, payloadJson: string): string {
  const { [SEALED]: _sealed, ...plain } = JSON.parse(payloadJson) as Record<string, unknown>
  return JSON.stringify(isTemplateKey(template) ? spentParams(template, plain) : {})
}

export const SUPERSEDED = 'superseded by a newer mail of its kind'
export const CODE_USED = 'its code was used before it could be sent'
export const EXPIRED = 'its code expired before it could be sent'

/**
 * A code that can no longer be used (accounts: a newer one issued, the old one revoked or already
 * used): the mails of `template` to `to` still waiting (or in flight) are never sent. They are
 * marked dead with the reason and redacted at once, in the caller's transaction, so the database
 * keeps no trace of the code, sealed or not. A message already on the wire may still arrive: its
 * code no longer works.
 */
export async function supersedePendingMail(
  db: Db,
  {
    to,
    template,
    reason = SUPERSEDED,
  }: { to: string; template: TemplateKey; reason?: typeof SUPERSEDED | typeof CODE_USED },
): Promise<number> {
  const rows: { id: string; payload_json: string }[] = await db('counter_outbox')
    .where({ recipient: to.trim(), template })
    .whereIn('status', ['pending', 'sending'])
    .select('id', 'payload_json')
  for (const row of rows) {
    await db('counter_outbox')
      .where({ id: row.id })
      .whereIn('status', ['pending', 'sending'])
      .update({
        status: 'dead',
        lease_until: null,
        last_error: reason,
        payload_json: spentPayload(template, row.payload_json),
      })
  }
  return rows.length
}

export type OutboxSenderOptions = {
  db: Knex
  clock: Clock
  random: Random
  /** The rows this sender delivers (mail by default); an SMS gateway speaks MailTransport too. */
  channel?: OutboxChannel
  transport: MailTransport
  logger: Logger
  /** Opens the secret parameters sealed at enqueue. */
  box: Pick<SecretBox, 'open'>
  /** Resolves the rows' attachment references; without it a row with attachments is dead. */
  resolveAttachment?: AttachmentResolver
  maxAttempts?: number
  baseDelayMs?: number
  maxDelayMs?: number
  /** A transient failure never dead-letters a row younger than this. */
  minRetryWindowMs?: number
  leaseMs?: number
  batchSize?: number
  /** Messages in flight at once (the SMTP pool spreads them over its connections). */
  concurrency?: number
  /**
   * After a pass that redacted codes, checkpoint and truncate the WAL: until then the WAL file
   * still holds the pages as they were before redaction.
   */
  scrubWal?: boolean
}

export type DrainResult = { sent: number; failed: number; dead: number }

export type OutboxSender = {
  /** Attempts every row due when the pass starts, at most once each. */
  drainOnce(): Promise<DrainResult>
  /** Drains every `intervalMs` (waiting for one pass to end before timing the next). */
  start(intervalMs: number): void
  /** Drains as soon as possible, e.g. right after a transaction that queued a mail committed. */
  wake(): void
  /** Stops the timer and waits for a pass in progress to end. */
  stop(): Promise<void>
}

type ClaimedRow = {
  id: string
  recipient: string
  locale: Locale
  template: string
  payload_json: string
  attempts: number
  lease_until: string
  created_at: string
  attachments_json: string | null
}

export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const {
    db,
    clock,
    random,
    transport,
    logger,
    box,
    channel = 'email',
    maxAttempts = 8,
    baseDelayMs = 2_000,
    maxDelayMs = 30 * 60_000,
    minRetryWindowMs = 6 * 60 * 60_000,
    leaseMs = 60_000,
    batchSize = 50,
    concurrency = 10,
    scrubWal = true,
  } = options
  const log = logger.child({ component: 'outbox', channel })
  let redactedInPass = false
  const commit = createGroupCommit(db)

  function claimBatch(trx: Knex.Transaction, passStart: Date): Promise<ClaimedRow[]> {
    const at = passStart.toISOString()
    const leaseUntil = new Date(clock.now().getTime() + leaseMs).toISOString()
    // One statement: SQLite takes the write lock for it, so two senders (even in two processes)
    // never claim the same row. Counting the attempt at claim time means a row that crashes
    // the sender still reaches the cap.
    return trx.raw<ClaimedRow[]>(
      `UPDATE counter_outbox
          SET status = 'sending', attempts = attempts + 1, lease_until = ?
        WHERE id IN (
          SELECT id FROM counter_outbox
           WHERE channel = ?
             AND ((status = 'pending' AND next_attempt_at <= ?)
               OR (status = 'sending' AND lease_until < ?))
           ORDER BY next_attempt_at
           LIMIT ?)
      RETURNING id, recipient, locale, template, payload_json, attempts, lease_until, created_at,
                attachments_json`,
      [leaseUntil, channel, at, at, batchSize],
    )
  }

  const backoffMs = (attempts: number) =>
    backoffDelayMs(attempts, { baseDelayMs, maxDelayMs }, random)

  type Verdict =
    | { outcome: 'sent'; template: TemplateKey }
    | { outcome: 'failed'; template: TemplateKey; err: unknown }
    | { outcome: 'dead'; error: string }

  /** Renders and sends one claimed row; says what happened, writes nothing. */
  async function attempt(row: ClaimedRow, params: Record<string, unknown>): Promise<Verdict> {
    if (!isTemplateKey(row.template)) {
      return { outcome: 'dead', error: `unknown template ${row.template}` }
    }
    const template = row.template
    let rendered
    try {
      rendered = renderMail(template, row.locale, params)
    } catch (err) {
      // Parameters that do not fit the template will not fit it on the next attempt either.
      const error = describeError(err, [...secretValues(template, params), row.recipient])
      return { outcome: 'dead', error: `cannot render: ${error}` }
    }
    let attachments: MailAttachment[] | undefined | null
    try {
      attachments = await attachmentsOf(row)
    } catch (err) {
      return { outcome: 'failed', template, err }
    }
    if (attachments === null) return { outcome: 'dead', error: 'an attachment no longer exists' }
    try {
      await transport.send({
        messageId: messageIdFor(row.id),
        to: row.recipient,
        from: transport.from,
        ...rendered,
        ...(attachments ? { attachments } : {}),
      })
      return { outcome: 'sent', template }
    } catch (err) {
      return { outcome: 'failed', template, err }
    }
  }

  /** The row's attachments read now; null when one is gone (or no resolver was given). */
  async function attachmentsOf(row: ClaimedRow): Promise<MailAttachment[] | undefined | null> {
    if (!row.attachments_json) return undefined
    const refs = attachmentRefsSchema.parse(JSON.parse(row.attachments_json))
    if (refs.length === 0) return undefined
    if (!options.resolveAttachment) return null
    const found: MailAttachment[] = []
    for (const ref of refs) {
      const attachment = await options.resolveAttachment(ref)
      if (!attachment) return null
      found.push(attachment)
    }
    return found
  }

  /** Drops a mail whose code expired or cannot be opened; else sends it. */
  async function openAndAttempt(
    row: ClaimedRow,
  ): Promise<{ params: Record<string, unknown>; verdict: Verdict }> {
    const lifetime = isTemplateKey(row.template) ? secretLifetimeMs(row.template) : null
    if (lifetime !== null && Date.parse(row.created_at) + lifetime <= clock.now().getTime()) {
      return { params: JSON.parse(row.payload_json), verdict: { outcome: 'dead', error: EXPIRED } }
    }
    let params: Record<string, unknown>
    try {
      params = openMailParams(box, row)
    } catch (err) {
      // Another key (a data directory restored without its key) or a tampered row: never sendable.
      const error = `cannot open its sealed parameters: ${describeError(err, [row.recipient])}`
      return { params: JSON.parse(row.payload_json), verdict: { outcome: 'dead', error } }
    }
    return { params, verdict: await attempt(row, params) }
  }

  function record(
    row: ClaimedRow,
    params: Record<string, unknown>,
    verdict: Verdict,
  ): Promise<keyof DrainResult> {
    switch (verdict.outcome) {
      case 'sent':
        return markSent(row, verdict.template, params).then(() => 'sent' as const)
      case 'failed':
        return markFailed(row, verdict.template, params, verdict.err)
      case 'dead':
        return markDead(row, params, verdict.error)
    }
  }

  async function markSent(row: ClaimedRow, template: TemplateKey, params: Record<string, unknown>) {
    // Not fenced by the lease: the server accepted the message, whoever else holds the row now.
    await commit((trx) =>
      trx('counter_outbox')
        .where({ id: row.id })
        .whereNot({ status: 'sent' })
        .update({
          status: 'sent',
          sent_at: clock.now().toISOString(),
          lease_until: null,
          payload_json: JSON.stringify(redactParams(template, params)),
        }),
    )
    redactedInPass ||= secretValues(template, params).length > 0
    log.debug({ id: row.id, template, attempts: row.attempts }, 'mail sent')
  }

  async function markFailed(
    row: ClaimedRow,
    template: TemplateKey,
    params: Record<string, unknown>,
    err: unknown,
  ): Promise<keyof DrainResult> {
    const now = clock.now()
    // Neither the code nor the address goes into the database's error column or the log.
    const error = describeError(err, [...secretValues(template, params), row.recipient])
    const ageMs = now.getTime() - Date.parse(row.created_at)
    if (row.attempts >= maxAttempts && (isPermanent(err) || ageMs >= minRetryWindowMs)) {
      return markDead(row, params, error)
    }
    const delay = backoffMs(row.attempts)
    // Fenced by the attempt number: if our lease expired and another sender reclaimed the row,
    // its claim bumped `attempts` and this stale verdict changes nothing.
    await commit((trx) =>
      trx('counter_outbox')
        .where({ id: row.id, status: 'sending', attempts: row.attempts })
        .update({
          status: 'pending',
          next_attempt_at: new Date(now.getTime() + delay).toISOString(),
          lease_until: null,
          last_error: error,
        }),
    )
    log.debug(
      { id: row.id, template, attempts: row.attempts, retryInMs: delay, error },
      'mail not sent, will retry',
    )
    return 'failed'
  }

  async function markDead(
    row: ClaimedRow,
    params: Record<string, unknown>,
    error: string,
  ): Promise<'dead'> {
    await commit((trx) =>
      trx('counter_outbox')
        .where({ id: row.id, status: 'sending', attempts: row.attempts })
        .update({
          status: 'dead',
          lease_until: null,
          last_error: error,
          payload_json: spentPayload(row.template, JSON.stringify(params)),
        }),
    )
    redactedInPass ||=
      SEALED in params ||
      (isTemplateKey(row.template) && secretValues(row.template, params).length > 0)
    log.error(
      { id: row.id, template: row.template, attempts: row.attempts, error },
      'mail dead-lettered',
    )
    return 'dead'
  }

  async function runPass(): Promise<DrainResult> {
    const passStart = clock.now()
    const result: DrainResult = { sent: 0, failed: 0, dead: 0 }
    redactedInPass = false
    // A pipeline rather than batch after batch: the next batch is claimed while the last rows of
    // this one are on the wire, and the claim shares a group commit with the marks.
    const ready: ClaimedRow[] = []
    const bookkeeping: Promise<void>[] = []
    let exhausted = false
    let claiming: Promise<void> | null = null
    const refill = () => {
      claiming ??= commit((trx) => claimBatch(trx, passStart)).then(
        (rows) => {
          ready.push(...rows)
          if (rows.length < batchSize) exhausted = true
          claiming = null
        },
        (err: unknown) => {
          exhausted = true
          claiming = null
          throw err
        },
      )
      return claiming
    }

    const worker = async () => {
      for (;;) {
        if (ready.length <= concurrency && !exhausted) void refill().catch(() => undefined)
        const row = ready.shift()
        if (!row) {
          if (claiming) {
            await claiming
            continue
          }
          if (exhausted) return
          await refill()
          continue
        }
        // Claimed ahead and still waiting when its lease ran out (a very slow server): another
        // sender may own it now. Leave it; it is reclaimed after its lease.
        if (clock.now().toISOString() >= row.lease_until) continue
        const { params, verdict } = await openAndAttempt(row)
        // Not awaited: the worker goes on to its next message while the mark waits for the next
        // group commit, so a burst of marks costs one fsync.
        bookkeeping.push(
          record(row, params, verdict).then(
            (outcome) => void result[outcome]++,
            (err: unknown) => {
              // The database refused a mark: the lease expires and the row is retried.
              log.error({ id: row.id, error: describeError(err, []) }, 'outbox bookkeeping failed')
              result.failed++
            },
          ),
        )
      }
    }

    await refill()
    await Promise.all(Array.from({ length: concurrency }, worker))
    await Promise.all(bookkeeping)
    if (scrubWal && redactedInPass) await checkpointWal()
    if (result.failed > 0 || result.dead > 0) log.warn(result, 'outbox pass: some mail not sent')
    return result
  }

  async function checkpointWal() {
    try {
      await db.raw('PRAGMA wal_checkpoint(TRUNCATE)')
    } catch (err) {
      // Another connection is busy: the next pass or SQLite's own checkpoint will get there.
      log.debug({ error: describeError(err, []) }, 'WAL checkpoint postponed')
    }
  }

  // One pass at a time in this process: a timer tick and a wake() queue behind each other.
  let queue: Promise<unknown> = Promise.resolve()
  function drainOnce(): Promise<DrainResult> {
    const pass = queue.then(runPass)
    queue = pass.catch(() => undefined)
    return pass
  }

  let timer: NodeJS.Timeout | undefined
  let interval = 0
  let running = false
  let wakeRequested = false
  let stopped = true

  function schedule(delayMs: number) {
    if (stopped) return
    clearTimeout(timer)
    timer = setTimeout(tick, delayMs)
    // The outbox alone must not keep the process alive.
    timer.unref()
  }

  async function tick() {
    timer = undefined
    if (running) return
    running = true
    try {
      await drainOnce()
    } catch (err) {
      log.error({ error: describeError(err, []) }, 'outbox pass failed')
    } finally {
      running = false
      // A mail queued while this pass ran may have missed its claim: go again at once.
      schedule(wakeRequested ? 0 : interval)
      wakeRequested = false
    }
  }

  return {
    drainOnce,
    start(intervalMs) {
      interval = intervalMs
      stopped = false
      schedule(0)
    },
    wake() {
      if (running) wakeRequested = true
      else schedule(0)
    },
    async stop() {
      stopped = true
      clearTimeout(timer)
      await queue
    },
  }
}

export type DeadLetter = {
  id: string
  to: string
  template: string
  locale: Locale
  attempts: number
  lastError: string | null
  createdAt: string
}

/** Dead-lettered mail, newest first, for the admin's settings page. */
export async function listDeadLetters(
  db: Db,
  { limit = 100 }: { limit?: number } = {},
): Promise<DeadLetter[]> {
  const rows: {
    id: string
    recipient: string
    template: string
    locale: Locale
    attempts: number
    last_error: string | null
    created_at: string
  }[] = await db('counter_outbox')
    .where({ status: 'dead' })
    .orderBy('created_at', 'desc')
    .limit(limit)
    .select('id', 'recipient', 'template', 'locale', 'attempts', 'last_error', 'created_at')
  return rows.map((r) => ({
    id: r.id,
    to: r.recipient,
    template: r.template,
    locale: r.locale,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
  }))
}

export type RetryDeadLetterResult =
  { ok: true } | { ok: false; reason: 'not_found' | 'not_dead' | 'secrets_cleared' }

/**
 * Puts a dead letter back in the queue with a fresh count of attempts, due at once. A mail whose
 * code was already cleared cannot be resent: the customer asks for a new code instead.
 * The caller (an admin's action) records it in the audit log.
 */
export async function retryDeadLetter(db: Db, id: string): Promise<RetryDeadLetterResult> {
  const row: { status: OutboxStatus; template: string; payload_json: string } | undefined =
    await db('counter_outbox').where({ id }).first('status', 'template', 'payload_json')
  if (!row) return { ok: false, reason: 'not_found' }
  if (row.status !== 'dead') return { ok: false, reason: 'not_dead' }
  const params = JSON.parse(row.payload_json) as Record<string, unknown>
  if (!isTemplateKey(row.template) || hasRedactedSecrets(row.template, params)) {
    return { ok: false, reason: 'secrets_cleared' }
  }
  // Due "at creation": earlier than any clock reading, so the next pass takes it.
  const updated = await db('counter_outbox')
    .where({ id, status: 'dead' })
    .update({
      status: 'pending',
      attempts: 0,
      next_attempt_at: db.ref('created_at'),
      lease_until: null,
    })
  return updated === 1 ? { ok: true } : { ok: false, reason: 'not_dead' }
}

/**
 * Exponential backoff with full jitter: a uniform draw in [1, min(max, base * 2^(attempts-1))] ms.
 * Never 0, so a failed row is never due again within the pass that failed it.
 */
export function backoffDelayMs(
  attempts: number,
  { baseDelayMs, maxDelayMs }: { baseDelayMs: number; maxDelayMs: number },
  random: Pick<Random, 'int'>,
): number {
  const cap = Math.max(
    1,
    Math.floor(Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(Math.max(attempts, 1) - 1, 40))),
  )
  return 1 + random.int(0, cap)
}

/** SMTP 5xx: the server will say the same next time. */
function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: unknown } | null)?.responseCode
  return typeof code === 'number' && code >= 500 && code < 600
}

/** Error text fit for the database and the log: short, and never holding a secret parameter. */
function describeError(err: unknown, secrets: readonly string[]): string {
  const e = (err ?? {}) as { code?: unknown; message?: unknown }
  const message = typeof e.message === 'string' ? e.message : String(err)
  let text =
    typeof e.code === 'string' && !message.includes(e.code) ? `${e.code}: ${message}` : message
  for (const secret of secrets) text = text.replaceAll(secret, REDACTED)
  return text.replace(/\s+/g, ' ').trim().slice(0, 500)
}

/** Demo reset: mail to demo customers goes with them. */
export async function clearOutbox(db: Db): Promise<void> {
  await db('counter_outbox').delete()
}
