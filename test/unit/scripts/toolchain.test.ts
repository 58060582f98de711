// The project runs on one Node major, the one Electron embeds: the tests run on it, and the
// script that CI and developers source finds or installs it even on a machine with an older Node.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const wanted = readFileSync(resolve(root, '.nvmrc'), 'utf8').trim()
const wantedMajor = wanted.split('.')[0]

describe('the project Node', () => {
  it('is the one these tests run on', () => {
    expect(process.versions.node.split('.')[0]).toBe(wantedMajor)
  })

  it('is the one package.json asks for, and .node-version agrees with .nvmrc', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      engines: { node: string }
    }
    expect(pkg.engines.node).toMatch(new RegExp(`^>=${wantedMajor}\\.`))
    expect(readFileSync(resolve(root, '.node-version'), 'utf8').trim()).toBe(wanted)
  })

  it('is put first on PATH by scripts/node24.sh, with native builds pointed at its headers', () => {
    // Only the system's folders on PATH: whatever Node the machine came with, or none.
    const out = execFileSync(
      'bash',
      ['-c', 'source scripts/node24.sh >/dev/null && node --version && echo "$npm_config_nodedir"'],
      {
        cwd: root,
        env: { HOME: process.env.HOME ?? '/root', PATH: '/usr/local/bin:/usr/bin:/bin' },
        encoding: 'utf8',
      },
    )
    const [version, nodedir] = out.trim().split('\n')
    expect(version).toMatch(new RegExp(`^v${wantedMajor}\\.`))
    if (nodedir)
      expect(readFileSync(resolve(nodedir, 'include/node/node_api.h'), 'utf8')).toContain('napi')
  }, 180_000) // the first run in a fresh checkout installs Node from the registry
})
