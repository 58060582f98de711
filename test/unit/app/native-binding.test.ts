// The app and the tests share one better-sqlite3 binary, so it must be a Node-API addon: one
// built against Node's C++ ABI (NODE_MODULE_VERSION) would load in Node and crash Electron, or the
// other way round, and would need a second, Electron-ABI build kept beside it.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const packageDir = dirname(require.resolve('better-sqlite3/package.json'))
const bindingJs = require(join(packageDir, 'lib', 'binding.js')) as {
  getBinding(nativeBinding?: unknown): unknown
}

/** The file better-sqlite3 itself loads on this machine (its prebuild, or a local build). */
function loadedBindingPath(): string {
  bindingJs.getBinding()
  const loaded = Object.keys(require.cache).find(
    (path) => path.startsWith(packageDir) && path.endsWith('.node'),
  )
  if (!loaded) throw new Error('better-sqlite3 loaded no .node file')
  return loaded
}

describe('the better-sqlite3 binding', () => {
  const path = loadedBindingPath()
  const bytes = readFileSync(path)

  it('is a Node-API addon, which Electron loads without a rebuild', () => {
    expect(bytes.includes('napi_register_module_v1')).toBe(true)
  })

  it('does not link against the V8 or Node C++ ABI of one runtime', () => {
    expect(bytes.includes('node_register_module_v')).toBe(false)
    expect(bytes.includes('_ZN2v8')).toBe(false)
    expect(bytes.includes('_ZN4node')).toBe(false)
  })

  it('opens a database and answers', () => {
    const Database = require('better-sqlite3') as typeof BetterSqlite3
    const db = new Database(':memory:')
    expect(db.prepare('select 40 + 2 as answer').get()).toEqual({ answer: 42 })
    db.close()
  })
})
