// Counter settings: the key-value store (owns counter_settings), the installation's mode and office,
// and the admin's mail settings.
export { deleteSetting, readSetting, writeSetting } from './settings-repo'
export { readSmtpSettings } from './mail-settings'
export { settingsHandlers } from './settings-handlers'
export {
  officeForMail,
  readOfficeSettings,
  readStoredMode,
  writeOfficeSettings,
  writeStoredMode,
} from './office-settings'
