// The layer rules of STYLE.md are lint rules; this feeds ESLint code that breaks each of them, at
// the path where it would live, and expects a refusal (and lets the allowed imports through).
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error')
}

describe('import zones', () => {
  it.each([
    ['src-main/features/x/y.ts', "import { app } from 'electron'\nexport const a = app\n"],
    ['src-shared/domain/x.ts', "import { app } from 'electron'\nexport const a = app\n"],
    ['src-renderer/features/x/y.ts', "import { app } from 'electron'\nexport const a = app\n"],
    [
      'src-renderer/features/x/y.ts',
      "import { startCounter } from '../../../src-main/counter'\nexport const a = startCounter\n",
    ],
    [
      'src-preload/x.ts',
      "import { startCounter } from '../src-main/counter'\nexport const a = startCounter\n",
    ],
    ['src-shared/ipc/x.ts', "import pino from 'pino'\nexport const a = pino\n"],
    [
      'src-shared/ipc/x.ts',
      "import { startCounter } from '../../src-main/counter'\nexport const a = startCounter\n",
    ],
    [
      'src-main/features/x/y.ts',
      "import { findChromium } from '../../../test/support/chromium'\nexport const a = findChromium\n",
    ],
  ])('refuses %s importing %j', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('no-restricted-imports')
  })

  it('refuses new BrowserWindow outside the window factory', async () => {
    const code =
      "import { BrowserWindow } from 'electron'\nexport const w = new BrowserWindow({})\n"
    expect(await ruleIds('src-main/app/rogue.ts', code)).toContain('no-restricted-syntax')
    expect(await ruleIds('src-main/app/window-factory.ts', code)).not.toContain(
      'no-restricted-syntax',
    )
  })

  it.each([
    ['src-main/app/x.ts', "import { app } from 'electron'\nexport const a = app\n"],
    [
      'src-preload/x.ts',
      "import { contextBridge } from 'electron'\nexport const a = contextBridge\n",
    ],
    [
      'src-shared/ipc/x.ts',
      "import { z } from 'zod'\nimport { ok } from './result'\nexport const a = [z, ok]\n",
    ],
    [
      'src-renderer/features/x/y.ts',
      "import type { Result } from '../../../src-shared/ipc'\nexport type A = Result<1>\n",
    ],
  ])('allows %s importing %j', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).not.toContain('no-restricted-imports')
  })
})
