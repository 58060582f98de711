// Counter settings: the key-value store (owns counter_settings), the installation's mode and office,
// the admin's mail settings and the idle timeouts of a customer's screen.
export { deleteSetting, readSetting, writeSetting } from './settings-repo'
export { readSmtpSettings } from './mail-settings'
export { readSmsSettings } from './sms-settings'
export { settingsHandlers } from './settings-handlers'
export {
  officeForMail,
  readOfficeSettings,
  readStoredMode,
  writeOfficeSettings,
  writeStoredMode,
} from './office-settings'
export { readSessionTimeouts, writeSessionTimeouts } from './session-timeouts'
