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

// Modules (STYLE.md "Modules, not folders"): a feature's index.ts is its only door.
describe('module boundaries', () => {
  const refused = 'boundaries/dependencies'

  it.each([
    [
      'a feature reaching into another feature',
      'src-main/features/operators/rogue.ts',
      "import { consumeToken } from '../accounts/account-tokens'\nexport const a = consumeToken\n",
    ],
    [
      'a feature reaching into identity internals',
      'src-main/features/accounts/rogue.ts',
      "import { sessionLimits } from '../identity/session-service'\nexport const a = sessionLimits\n",
    ],
    [
      'infra importing a feature',
      'src-main/infra/outbox/rogue.ts',
      "import { readSetting } from '../../features/settings'\nexport const a = readSetting\n",
    ],
    [
      'the assembly reaching into a feature',
      'src-main/counter/index.ts',
      "import { accountById } from '../features/accounts/accounts-repo'\nexport const a = accountById\n",
    ],
    [
      'shared importing main',
      'src-shared/domain/rogue.ts',
      "import { hotGet } from '../../src-main/infra/db/open-database'\nexport const a = hotGet\n",
    ],
  ])('refuses %s', async (_what, filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain(refused)
  })

  it.each([
    [
      "another feature's index",
      'src-main/features/operators/ok.ts',
      "import { createAuditLog } from '../audit'\nexport const a = createAuditLog\n",
    ],
    [
      "a file of the feature's own",
      'src-main/features/accounts/ok.ts',
      "import { accountById } from './accounts-repo'\nexport const a = accountById\n",
    ],
    [
      'infra from a feature',
      'src-main/features/accounts/ok.ts',
      "import { hotGet } from '../../infra/db/open-database'\nexport const a = hotGet\n",
    ],
  ])('allows %s', async (_what, filePath, code) => {
    expect(await ruleIds(filePath, code)).not.toContain(refused)
  })

  it.each(['electron/main', 'electron/common', 'electron/renderer', 'electron'])(
    'refuses %s outside the shell, and allows it inside',
    async (source) => {
      const code = `import { app } from '${source}'\nexport const a = app\n`
      expect(await ruleIds('src-main/features/system/rogue.ts', code)).toContain(
        'no-restricted-imports',
      )
      expect(await ruleIds('src-main/infra/log/rogue.ts', code)).toContain('no-restricted-imports')
      expect(await ruleIds('src-main/app/ok.ts', code)).not.toContain('no-restricted-imports')
    },
  )
})
