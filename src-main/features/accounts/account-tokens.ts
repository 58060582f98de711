// One-time tokens for an account: a long secret for the link and a 6-digit code for the kiosk.
// Only their SHA-256 is stored; each is single use, bound to one account and one purpose, expires,
// and wrong codes for an email are counted by the secret gate: MAX_CODE_ATTEMPTS of them spend it.
import type { ErrorCode } from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { Db } from '../../infra/db/open-database'
import type { Random } from '../../infra/crypto/random'
import { newCode, newToken, sha256 } from '../../infra/crypto/secrets'
import type { TemplateKey } from '../../infra/mail/templates'
import { CODE_USED, SUPERSEDED, supersedePendingMail } from '../../infra/outbox/outbox'
import type { SecretGate } from '../credentials'
import type { Connection } from '../identity'
import { accountByEmail, accountById, type AccountRow } from './accounts-repo'

export type TokenPurpose = 'confirm-email' | 'reset-password'

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  'confirm-email': 24 * 60 * 60_000,
  'reset-password': 30 * 60_000,
}
export const MAX_CODE_ATTEMPTS = 5
/** The mail that carries a token of each purpose: revoking the token drops its mail if unsent. */
const MAIL_OF: Record<TokenPurpose, TemplateKey> = {
  'confirm-email': 'registration-confirm',
  'reset-password': 'password-reset',
}

/** A revoked or used token's mail, still in the outbox, is never sent (no trace of its code). */
async function dropUnsentMail(
  db: Db,
  accountId: string,
  purposes: readonly TokenPurpose[],
  reason: typeof SUPERSEDED | typeof CODE_USED = SUPERSEDED,
) {
  const account = await accountById(db, accountId)
  if (!account) return
  for (const purpose of purposes)
    await supersedePendingMail(db, { to: account.email, template: MAIL_OF[purpose], reason })
}

export type IssuedToken = { token: string; code: string; expiresAt: Date }

export async function issueToken(
  db: Db,
  { clock, random }: { clock: Clock; random: Random },
  accountId: string,
  purpose: TokenPurpose,
): Promise<IssuedToken> {
  const now = clock.now()
  // A new token replaces any earlier one of the same purpose.
  await revokeTokens(db, accountId, purpose, now)
  const token = newToken(random)
  const code = newCode(random)
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose])
  await db('counter_account_tokens').insert({
    id: random.uuid(),
    account_id: accountId,
    purpose,
    token_hash: sha256(token),
    // The code is short, so it is salted with its token's id space: account + purpose.
    code_hash: sha256(`${accountId}:${purpose}:${code}`),
    expires_at: expiresAt.toISOString(),
    created_at: now.toISOString(),
  })
  return { token, code, expiresAt }
}

export async function revokeTokens(db: Db, accountId: string, purpose: TokenPurpose, now: Date) {
  await db('counter_account_tokens')
    .where({ account_id: accountId, purpose })
    .whereNull('used_at')
    .whereNull('revoked_at')
    .update({ revoked_at: now.toISOString() })
  await dropUnsentMail(db, accountId, [purpose])
}

export type TokenProof = { token: string } | { email: string; code: string }

type TokenRow = {
  id: string
  account_id: string
  code_hash: string
  code_attempts: number
  expires_at: string
  used_at: string | null
  revoked_at: string | null
}

export type ProvenToken =
  | { ok: true; row: TokenRow }
  | { ok: false; code: ErrorCode; params?: Record<string, string | number> }

/**
 * Checks a proof without spending it. A link token proves itself (256 bits). A code is checked
 * through the secret gate, keyed by the email typed whether or not it has an account: every wrong
 * code answers TOKEN_INVALID, and too many of them TOO_MANY_ATTEMPTS, alike for a known email
 * (whatever its token's state) and an unknown one. Only a proof that holds learns that its token
 * was used, expired or spent by too many tries.
 */
export async function proveToken(
  db: Db,
  now: Date,
  purpose: TokenPurpose,
  proof: TokenProof,
  { gate, device }: { gate: SecretGate; device: Connection },
  onDenied: (db: Db, reason: string) => Promise<void>,
): Promise<ProvenToken> {
  let row: TokenRow | undefined
  if ('token' in proof) {
    row = await db('counter_account_tokens')
      .where({ token_hash: sha256(proof.token), purpose })
      .first()
    if (!row) {
      await onDenied(db, 'TOKEN_INVALID')
      return { ok: false, code: 'TOKEN_INVALID' }
    }
  } else {
    const account = await accountByEmail(db, proof.email)
    const latest: TokenRow | undefined = account
      ? await db('counter_account_tokens')
          .where({ account_id: account.id, purpose })
          .orderBy('created_at', 'desc')
          .first()
      : undefined
    const checked = await gate({
      key: `code:${purpose}:${sha256(proof.email)}`,
      device,
      now,
      verify: async () =>
        !!latest && latest.code_hash === sha256(`${latest.account_id}:${purpose}:${proof.code}`),
      onDenied: (trx, reason) =>
        onDenied(
          trx,
          reason === 'INVALID_CREDENTIALS'
            ? 'TOKEN_INVALID'
            : reason === 'DEVICE_LOCKED'
              ? reason
              : 'TOO_MANY_ATTEMPTS',
        ),
    })
    if (!checked.ok) {
      // The screen waits; the token is the subject's and stays as it was.
      if (checked.error.code === 'DEVICE_LOCKED')
        return { ok: false, code: 'DEVICE_LOCKED', params: checked.error.params ?? {} }
      if (checked.error.code !== 'ACCOUNT_LOCKED')
        return {
          ok: false,
          code: 'TOKEN_INVALID',
          ...(checked.error.params ? { params: checked.error.params } : {}),
        }
      // Too many wrong codes: the token itself is spent too (a new one must be asked for).
      if (latest && !latest.used_at && !latest.revoked_at) {
        await db('counter_account_tokens')
          .where({ id: latest.id })
          .update({ code_attempts: MAX_CODE_ATTEMPTS, revoked_at: now.toISOString() })
        await dropUnsentMail(db, latest.account_id, [purpose])
      }
      return { ok: false, code: 'TOO_MANY_ATTEMPTS' }
    }
    row = latest!
  }
  const refusal: ErrorCode | null = row.used_at
    ? 'TOKEN_USED'
    : row.revoked_at
      ? row.code_attempts >= MAX_CODE_ATTEMPTS
        ? 'TOO_MANY_ATTEMPTS'
        : 'TOKEN_INVALID'
      : new Date(row.expires_at) <= now
        ? 'TOKEN_EXPIRED'
        : null
  if (refusal) {
    await onDenied(db, refusal)
    return { ok: false, code: refusal }
  }
  return { ok: true, row }
}

/**
 * Spends a proven token; the `used_at IS NULL` guard makes two concurrent uses succeed once. Its
 * mail, if it has not gone yet (the code was typed at the kiosk first), never goes.
 */
export async function spendToken(
  db: Db,
  row: { id: string; account_id: string },
  purpose: TokenPurpose,
  now: Date,
): Promise<boolean> {
  const spent = await db('counter_account_tokens')
    .where({ id: row.id })
    .whereNull('used_at')
    .whereNull('revoked_at')
    .update({ used_at: now.toISOString() })
  if (spent === 1) await dropUnsentMail(db, row.account_id, [purpose], CODE_USED)
  return spent === 1
}

/** At most one mail of a purpose per account per cooldown: when was the last one issued? */
export async function lastIssuedAt(db: Db, accountId: string, purpose: TokenPurpose) {
  const last = await db('counter_account_tokens')
    .where({ account_id: accountId, purpose })
    .orderBy('created_at', 'desc')
    .first('created_at')
  return last ? new Date(last.created_at as string) : null
}

/** The account a link token belongs to, whatever its state. */
export async function accountOfToken(db: Db, token: string): Promise<AccountRow | undefined> {
  const row = await db('counter_account_tokens')
    .where({ token_hash: sha256(token) })
    .first('account_id')
  return row ? accountById(db, row.account_id as string) : undefined
}

/** A password change revokes every token still open. */
export async function revokeAllTokens(db: Db, accountId: string, now: Date): Promise<void> {
  await db('counter_account_tokens')
    .where({ account_id: accountId })
    .whereNull('used_at')
    .whereNull('revoked_at')
    .update({ revoked_at: now.toISOString() })
  await dropUnsentMail(db, accountId, ['confirm-email', 'reset-password'])
}
