// The SMS gateway the counter sends through (issue #12): its URL, the authorization header
// (sealed in the secret box, never leaving main: the admin sees only whether one is set) and the
// sender name.
import type { SmsSettingsView } from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'
import type { SecretBox } from '../../infra/crypto/secret-box'
import type { HttpSmsSettings } from '../../infra/sms/sms-gateway'
import { readSetting, writeSetting } from './settings-repo'

export const SMS_SETTINGS_KEY = 'sms.gateway'

type StoredSms = { url: string; sender: string; sealedAuthorization?: string }

export async function readSmsSettings(
  db: Db,
  box: SecretBox,
): Promise<HttpSmsSettings | undefined> {
  const stored = await readSetting<StoredSms>(db, SMS_SETTINGS_KEY)
  if (!stored) return undefined
  return {
    url: stored.url,
    sender: stored.sender,
    authorization: stored.sealedAuthorization ? box.open(stored.sealedAuthorization) : '',
  }
}

export async function describeSmsSettings(db: Db, demo: boolean): Promise<SmsSettingsView> {
  const stored = await readSetting<StoredSms>(db, SMS_SETTINGS_KEY)
  return {
    configured: !!stored,
    url: stored?.url ?? '',
    sender: stored?.sender ?? '',
    hasAuthorization: !!stored?.sealedAuthorization,
    demo,
  }
}

export async function writeSmsSettings(
  db: Db,
  box: SecretBox,
  input: { url: string; sender: string; authorization?: string },
  at: Date,
): Promise<void> {
  const previous = await readSetting<StoredSms>(db, SMS_SETTINGS_KEY)
  const sealedAuthorization =
    input.authorization === undefined
      ? previous?.sealedAuthorization
      : input.authorization === ''
        ? undefined
        : box.seal(input.authorization)
  await writeSetting(
    db,
    SMS_SETTINGS_KEY,
    {
      url: input.url,
      sender: input.sender,
      ...(sealedAuthorization ? { sealedAuthorization } : {}),
    } satisfies StoredSms,
    at,
  )
}
