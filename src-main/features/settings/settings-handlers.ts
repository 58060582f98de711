import type { Knex } from 'knex'
import { ok, type CounterInfo } from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { SecretBox } from '../../infra/crypto/secret-box'
import type { HandlersFor } from '../../ipc/registry'
import type { AuditLog } from '../audit'
import { describeSmtpSettings, writeSmtpSettings } from './mail-settings'
import { readOfficeSettings, writeOfficeSettings } from './office-settings'
import { readSessionTimeouts, writeSessionTimeouts } from './session-timeouts'
import { describeSmsSettings, writeSmsSettings } from './sms-settings'

export function settingsHandlers(deps: {
  db: Knex
  clock: Clock
  box: SecretBox
  audit: AuditLog
  info: CounterInfo
  onMailSettingsChanged?: () => Promise<void>
  onSmsSettingsChanged?: () => Promise<void>
}): HandlersFor<
  | 'settings:get-mail'
  | 'settings:set-mail'
  | 'settings:get-office'
  | 'settings:set-office'
  | 'settings:get-timeouts'
  | 'settings:set-timeouts'
  | 'settings:get-sms'
  | 'settings:set-sms'
> {
  const { db, clock, box, audit, info } = deps
  return {
    'settings:get-office': async () => ok(await readOfficeSettings(db)),
    'settings:set-office': async (input, caller) => {
      await db.transaction(async (trx) => {
        await writeOfficeSettings(trx, input, clock.now())
        await audit.record(trx, caller, {
          action: 'settings.office',
          outcome: 'ok',
          detail: {
            officeName: input.officeName,
            portalUrl: input.portalUrl,
            timeZone: input.timeZone,
          },
        })
      })
      return ok(null)
    },
    'settings:get-timeouts': async () => ok(await readSessionTimeouts(db)),
    'settings:set-timeouts': async (input, caller) => {
      await db.transaction(async (trx) => {
        await writeSessionTimeouts(trx, input, clock.now())
        await audit.record(trx, caller, {
          action: 'settings.timeouts',
          outcome: 'ok',
          detail: { ...input },
        })
      })
      return ok(null)
    },
    'settings:get-sms': async () => ok(await describeSmsSettings(db, info.demo)),
    'settings:set-sms': async (input, caller) => {
      await db.transaction(async (trx) => {
        await writeSmsSettings(trx, box, input, clock.now())
        await audit.record(trx, caller, {
          action: 'settings.sms',
          outcome: 'ok',
          detail: { url: input.url, authorizationChanged: input.authorization !== undefined },
        })
      })
      await deps.onSmsSettingsChanged?.()
      return ok(null)
    },
    'settings:get-mail': async () => ok(await describeSmtpSettings(db, info.demo)),
    'settings:set-mail': async (input, caller) => {
      await db.transaction(async (trx) => {
        await writeSmtpSettings(trx, box, input, clock.now())
        await audit.record(trx, caller, {
          action: 'settings.mail',
          outcome: 'ok',
          detail: {
            host: input.host,
            port: input.port,
            passwordChanged: input.password !== undefined,
          },
        })
      })
      await deps.onMailSettingsChanged?.()
      return ok(null)
    },
  }
}
