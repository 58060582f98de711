// A sandboxed preload can `require` only 'electron' (and a few Node built-ins): any other module
// must be bundled in, or `window.sportello` never appears. Builds the preload in memory with the
// project's electron.vite.config.ts and reads what the bundle requires.
import { resolve } from 'node:path'
import { resolveConfig } from 'electron-vite'
import { build, type Rolldown } from 'vite'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

const root = resolve(import.meta.dirname, '../../..')

async function buildPreload(): Promise<Rolldown.OutputChunk[]> {
  const { config } = await resolveConfig(
    { root, configFile: resolve(root, 'electron.vite.config.ts'), logLevel: 'silent' },
    'build',
    'production',
  )
  const preload = config?.preload
  if (!preload) throw new Error('electron.vite.config.ts has no preload entry')
  const result = await build({
    ...preload,
    logLevel: 'silent',
    build: { ...preload.build, write: false },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
  return outputs
    .flatMap((out) => out.output)
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk')
}

describe('preload bundle', () => {
  it('is one CJS file that requires nothing but electron', async () => {
    const chunks = await buildPreload()
    expect(chunks.map((chunk) => chunk.fileName)).toEqual(['index.cjs'])
    const required = [
      ...(chunks[0]?.code ?? '').matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
    ].map((m) => m[1])
    expect(
      required,
      'the sandboxed preload can only require electron: in electron.vite.config.ts set ' +
        'preload.build.externalizeDeps = false (and drop externalizeDepsPlugin) so src-shared and zod are bundled',
    ).toEqual(['electron'])
    expect(chunks[0]?.code).not.toMatch(/\bimport\s*\(|^\s*import\s/m)
  })
})
