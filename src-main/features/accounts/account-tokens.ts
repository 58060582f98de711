// One-time tokens for an account: a long secret for the link and a 6-digit code for the kiosk.
// Only their SHA-256 is stored; each is single use, bound to one account and one purpose, expires,
// and a code allows at most MAX_CODE_ATTEMPTS wrong tries before the whole token is spent.
import type { ErrorCode } from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { Db } from '../../infra/db/open-database'
import type { Random } from '../../infra/crypto/random'
import { newCode, newToken, sha256 } from '../../infra/crypto/secrets'
import { accountByEmail, accountById, type AccountRow } from './accounts-repo'

export type TokenPurpose = 'confirm-email' | 'reset-password'

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  'confirm-email': 24 * 60 * 60_000,
  'reset-password': 30 * 60_000,
}
export const MAX_CODE_ATTEMPTS = 5

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
}

export type TokenProof = { token: string } | { email: string; code: string }

/**
 * Spends a token: returns the account it belongs to, or why not. Runs inside the caller's
 * transaction, and the `used_at IS NULL` guard in the UPDATE makes two concurrent uses succeed once.
 */
export async function consumeToken(
  db: Db,
  now: Date,
  purpose: TokenPurpose,
  proof: TokenProof,
): Promise<{ ok: true; accountId: string } | { ok: false; code: ErrorCode }> {
  let row
  if ('token' in proof) {
    row = await db('counter_account_tokens')
      .where({ token_hash: sha256(proof.token), purpose })
      .first()
  } else {
    const account = await accountByEmail(db, proof.email)
    if (!account) return { ok: false, code: 'TOKEN_INVALID' }
    row = await db('counter_account_tokens')
      .where({ account_id: account.id, purpose })
      .orderBy('created_at', 'desc')
      .first()
    if (row && !row.used_at && !row.revoked_at && new Date(row.expires_at) > now) {
      if (row.code_hash !== sha256(`${account.id}:${purpose}:${proof.code}`)) {
        const attempts = row.code_attempts + 1
        await db('counter_account_tokens')
          .where({ id: row.id })
          .update({
            code_attempts: attempts,
            ...(attempts >= MAX_CODE_ATTEMPTS ? { revoked_at: now.toISOString() } : {}),
          })
        return {
          ok: false,
          code: attempts >= MAX_CODE_ATTEMPTS ? 'TOO_MANY_ATTEMPTS' : 'TOKEN_INVALID',
        }
      }
    }
  }
  if (!row) return { ok: false, code: 'TOKEN_INVALID' }
  if (row.used_at) return { ok: false, code: 'TOKEN_USED' }
  if (row.revoked_at)
    return {
      ok: false,
      code: row.code_attempts >= MAX_CODE_ATTEMPTS ? 'TOO_MANY_ATTEMPTS' : 'TOKEN_INVALID',
    }
  if (new Date(row.expires_at) <= now) return { ok: false, code: 'TOKEN_EXPIRED' }
  const spent = await db('counter_account_tokens')
    .where({ id: row.id })
    .whereNull('used_at')
    .update({ used_at: now.toISOString() })
  if (spent !== 1) return { ok: false, code: 'TOKEN_USED' }
  return { ok: true, accountId: row.account_id }
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
}
