// electron-builder.yml, read by electron-builder's own loader and checked against its own schema
// (app-builder-lib/scheme.json), so a misspelt or misplaced key fails here, not on release day.
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

type Config = Record<string, unknown> & {
  electronFuses?: Record<string, boolean>
  mac?: Record<string, unknown>
  win?: Record<string, unknown>
  linux?: Record<string, unknown>
}
type ConfigModule = {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Config>
  validateConfiguration(
    config: Config,
    debugLogger: { isEnabled: boolean; add(): void },
  ): Promise<void>
}

const root = resolve(import.meta.dirname, '../../..')
const require = createRequire(import.meta.url)
const builder = require('app-builder-lib/out/util/config/config.js') as ConfigModule

async function loadConfig(): Promise<Config> {
  return builder.getConfig(root, resolve(root, 'electron-builder.yml'), null)
}

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder', async () => {
    const config = await loadConfig()
    await expect(
      builder.validateConfiguration(config, { isEnabled: false, add() {} }),
    ).resolves.toBeUndefined()
  })

  it('the validation really bites (a misspelt fuse is refused)', async () => {
    const config = await loadConfig()
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsNodee: false } }
    await expect(
      builder.validateConfiguration(broken, { isEnabled: false, add() {} }),
    ).rejects.toThrow(/Invalid configuration object[\s\S]*electronFuses/)
  })

  it('identifies the app and ships only the build output', async () => {
    const config = await loadConfig()
    expect(config.appId).toBe('it.sportello.counter')
    expect(config.productName).toBe('Sportello')
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }])
    expect(config.asarUnpack).toEqual(['**/*.node'])
    // better-sqlite3's Node-API prebuild loads in Electron as it is: a rebuild would compile it
    // from source against Electron's headers, downloaded at packaging time.
    expect(config.npmRebuild).toBe(false)
  })

  it('flips the fuses: no RunAsNode, NODE_OPTIONS, --inspect; asar integrity and asar-only', async () => {
    const config = await loadConfig()
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('targets nsis, a hardened and notarised dmg, AppImage and deb', async () => {
    const config = await loadConfig()
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac).toMatchObject({ target: ['dmg'], hardenedRuntime: true, notarize: true })
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' })
  })

  it('holds no secret: signing comes from the environment', async () => {
    const text = JSON.stringify(await loadConfig())
    expect(text).not.toMatch(
      /cscLink|cscKeyPassword|certificatePassword|certificateFile|APPLE_APP_SPECIFIC_PASSWORD"/,
    )
  })
})
