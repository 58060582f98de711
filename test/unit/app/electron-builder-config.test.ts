// electron-builder.yml, read by electron-builder's own loader and checked against its own schema
// (app-builder-lib/scheme.json), so a misspelt or misplaced key fails here, not on release day.
// The icons it names are looked up by electron-builder's own resolver and read back: an ICO, an
// ICNS and PNGs of the sizes the installers need (scripts/make-icons.mjs builds them).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

type Config = Record<string, unknown> & {
  directories?: { buildResources?: string }
  extraResources?: { from: string; to: string }[]
  electronFuses?: Record<string, boolean>
  mac?: Record<string, unknown> & { icon?: string }
  win?: Record<string, unknown> & { icon?: string }
  linux?: Record<string, unknown> & { icon?: string }
}
type ConfigModule = {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Config>
  validateConfiguration(
    config: Config,
    debugLogger: { isEnabled: boolean; add(): void },
  ): Promise<void>
}

type IconModule = {
  convertIcon(options: {
    sources: string[]
    fallbackSources: string[]
    roots: string[]
    format: 'ico' | 'icns' | 'set'
    outDir: string
  }): Promise<{ icons: { file: string; size: number }[]; isFallback: boolean }>
}

const root = resolve(import.meta.dirname, '../../..')
const require = createRequire(import.meta.url)
const builder = require('app-builder-lib/out/util/config/config.js') as ConfigModule
const icons = require('app-builder-lib/out/util/iconConverter.js') as IconModule
const iconsDir = resolve(root, 'resources/icons')
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const linuxSizes = [16, 32, 48, 64, 128, 256, 512]

const scratch = mkdtempSync(join(tmpdir(), 'sportello-icons-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Width, height and format of an encoded image, read by sharp (libvips), not by our code. */
async function pngFacts(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(PNG_MAGIC)
  const { width, height, format, channels } = await sharp(bytes).metadata()
  return { width, height, format, channels }
}

/** A 32-bit ICO bitmap (BITMAPINFOHEADER, BGRA rows bottom-up, then the AND mask) as RGBA. */
function decodeDib(bytes: Buffer, size: number): Buffer {
  expect(bytes.readUInt32LE(0)).toBe(40)
  expect([bytes.readInt32LE(4), bytes.readInt32LE(8)]).toEqual([size, size * 2])
  expect([bytes.readUInt16LE(12), bytes.readUInt16LE(14), bytes.readUInt32LE(16)]).toEqual([
    1, 32, 0,
  ])
  const maskStride = Math.ceil(size / 32) * 4
  expect(bytes.length).toBe(40 + size * size * 4 + maskStride * size)
  const rgba = Buffer.alloc(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = 40 + ((size - 1 - y) * size + x) * 4
      const to = (y * size + x) * 4
      rgba[to] = bytes[from + 2]!
      rgba[to + 1] = bytes[from + 1]!
      rgba[to + 2] = bytes[from]!
      rgba[to + 3] = bytes[from + 3]!
    }
  }
  return rgba
}

const rawPixels = (file: string) => sharp(file).ensureAlpha().raw().toBuffer()

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
    // Besides the build output, only the window's icon, outside the asar archive.
    expect(config.extraResources).toEqual([
      { from: 'resources/icons/png/256x256.png', to: 'icons/256x256.png' },
    ])
    expect(config.asarUnpack).toEqual(['**/*.node', 'node_modules/@img/**'])
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

  it('names icons that exist, found by electron-builder itself and used as they are', async () => {
    const config = await loadConfig()
    expect(config.directories?.buildResources).toBe('resources')
    const roots = [resolve(root, 'resources'), root]
    const resolveIcon = (source: string | undefined, format: 'ico' | 'icns' | 'set') =>
      icons.convertIcon({
        sources: source ? [source] : [],
        fallbackSources: [],
        roots,
        format,
        outDir: join(scratch, format),
      })

    expect(await resolveIcon(config.win?.icon, 'ico')).toEqual({
      icons: [{ file: join(iconsDir, 'icon.ico'), size: 256 }],
      isFallback: false,
    })
    expect(await resolveIcon(config.mac?.icon, 'icns')).toEqual({
      icons: [{ file: join(iconsDir, 'icon.icns'), size: 0 }],
      isFallback: false,
    })
    expect(await resolveIcon(config.linux?.icon, 'set')).toEqual({
      icons: linuxSizes.map((size) => ({ file: join(iconsDir, `png/${size}x${size}.png`), size })),
      isFallback: false,
    })
    // Nothing converted: the committed files go into the installers as they are.
    expect(readdirSync(scratch)).toEqual([])
    for (const { from } of config.extraResources ?? [])
      expect(existsSync(resolve(root, from))).toBe(true)
  })

  it('ships the window icon where the window factory looks for it', async () => {
    const config = await loadConfig()
    const resourcesPath = '/opt/Sportello/resources'
    Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true })
    try {
      const { windowIconPath } = await import('../../../src-main/app/window-factory')
      expect(config.extraResources).toContainEqual({
        from: relative(root, windowIconPath(false)),
        to: relative(resourcesPath, windowIconPath(true)),
      })
    } finally {
      Reflect.deleteProperty(process, 'resourcesPath')
    }
  })
})

describe('the application icons (resources/icons)', () => {
  it('PNG: a 1024 px master and the Linux sizes, RGBA', async () => {
    expect(await pngFacts(readFileSync(join(iconsDir, 'icon.png')))).toEqual({
      width: 1024,
      height: 1024,
      format: 'png',
      channels: 4,
    })
    expect(readdirSync(join(iconsDir, 'png')).sort()).toEqual(
      linuxSizes.map((size) => `${size}x${size}.png`).sort(),
    )
    for (const size of linuxSizes) {
      expect(await pngFacts(readFileSync(join(iconsDir, `png/${size}x${size}.png`)))).toEqual({
        width: size,
        height: size,
        format: 'png',
        channels: 4,
      })
    }
  })

  it("ICO: 16 to 256 px, 32-bit; 256 px as PNG, the rest as bitmaps with the PNGs' pixels", async () => {
    const ico = readFileSync(join(iconsDir, 'icon.ico'))
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const count = ico.readUInt16LE(4)
    const entries = Array.from({ length: count }, (_, i) => {
      const at = 6 + 16 * i
      return {
        size: ico.readUInt8(at) || 256,
        height: ico.readUInt8(at + 1) || 256,
        planes: ico.readUInt16LE(at + 4),
        bits: ico.readUInt16LE(at + 6),
        image: ico.subarray(
          ico.readUInt32LE(at + 12),
          ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8),
        ),
      }
    })
    expect(entries.map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256])
    const last = entries.at(-1)!
    expect(last.image.byteOffset + last.image.length - ico.byteOffset).toBe(ico.length)
    for (const entry of entries) {
      expect([entry.height, entry.planes, entry.bits]).toEqual([entry.size, 1, 32])
      if (entry.size === 256) {
        expect(await pngFacts(entry.image)).toMatchObject({ width: 256, height: 256 })
        continue
      }
      const pixels = decodeDib(entry.image, entry.size)
      if (linuxSizes.includes(entry.size))
        expect(
          pixels.equals(await rawPixels(join(iconsDir, `png/${entry.size}x${entry.size}.png`))),
        ).toBe(true)
    }
  })

  it('ICNS: PNG entries from 16 to 1024 px, @1x and @2x', async () => {
    const icns = readFileSync(join(iconsDir, 'icon.icns'))
    expect(icns.toString('latin1', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const found: Record<string, number | undefined> = {}
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('latin1', at, at + 4)
      const length = icns.readUInt32BE(at + 4)
      expect(length).toBeGreaterThan(8)
      const facts = await pngFacts(icns.subarray(at + 8, at + length))
      expect(facts.height).toBe(facts.width)
      found[type] = facts.width
      at += length
    }
    expect(found).toEqual({
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    })
  })
})
