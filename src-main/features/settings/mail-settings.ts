// The SMTP server the counter sends through. The password is sealed in the secret box and never
// leaves main; the admin sees only whether one is set.
import type { MailSettingsView } from '../../../src-shared/ipc'
import type { Db } from '../../infra/db/open-database'
import type { SecretBox } from '../../infra/crypto/secret-box'
import type { SmtpSettings } from '../../infra/mail/mail-transport'
import { readSetting, writeSetting } from './settings-repo'

export const SMTP_SETTINGS_KEY = 'mail.smtp'

type StoredSmtp = Omit<SmtpSettings, 'pass'> & { sealedPass?: string }

export async function readSmtpSettings(db: Db, box: SecretBox): Promise<SmtpSettings | undefined> {
  const stored = await readSetting<StoredSmtp>(db, SMTP_SETTINGS_KEY)
  if (!stored) return undefined
  const { sealedPass, ...rest } = stored
  return sealedPass ? { ...rest, pass: box.open(sealedPass) } : rest
}

export async function describeSmtpSettings(db: Db, demo: boolean): Promise<MailSettingsView> {
  const stored = await readSetting<StoredSmtp>(db, SMTP_SETTINGS_KEY)
  return {
    configured: !!stored,
    host: stored?.host ?? '',
    port: stored?.port ?? 587,
    secure: stored?.secure ?? false,
    user: stored?.user ?? '',
    from: stored?.from ?? '',
    hasPassword: !!stored?.sealedPass,
    demo,
  }
}

export async function writeSmtpSettings(
  db: Db,
  box: SecretBox,
  input: {
    host: string
    port: number
    secure: boolean
    user: string
    password?: string
    from: string
  },
  at: Date,
): Promise<void> {
  const previous = await readSetting<StoredSmtp>(db, SMTP_SETTINGS_KEY)
  const sealedPass =
    input.password === undefined
      ? previous?.sealedPass
      : input.password === ''
        ? undefined
        : box.seal(input.password)
  const stored: StoredSmtp = {
    host: input.host,
    port: input.port,
    secure: input.secure,
    ...(input.user ? { user: input.user } : {}),
    from: input.from,
    ...(sealedPass ? { sealedPass } : {}),
  }
  await writeSetting(db, SMTP_SETTINGS_KEY, stored, at)
}
