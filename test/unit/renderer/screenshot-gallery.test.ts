// The screenshot gallery covers every screen of every mode: each route of src-renderer/router.ts
// (read from its source: the file imports .vue components) has pictures in every mode it exists
// in (test/e2e/support/gallery.ts), or says why nobody can reach it there; each listed picture is
// in docs/screenshots at its mode's size and taken by test/e2e/screenshots.spec.ts, nothing
// unlisted lies there, and the gallery page shows every picture.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import {
  allShots,
  gallery,
  otherSizes,
  screenSizes,
  type GalleryMode,
} from '../../e2e/support/gallery'

const root = resolve(import.meta.dirname, '../../..')
const shotsDir = resolve(root, 'docs/screenshots')
const modeLists: Record<string, readonly GalleryMode[]> = {
  kioskOnly: ['kiosk'],
  deskOnly: ['desk'],
  setupOnly: ['setup'],
}

/** Each route's name and the modes it exists in, as router.ts declares them. */
function routesOfRouter(): { name: string; modes: readonly GalleryMode[] }[] {
  const file = resolve(root, 'src-renderer/router.ts')
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  let list: ts.ArrayLiteralExpression | undefined
  source.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return
    for (const declaration of node.declarationList.declarations) {
      if (declaration.name.getText(source) === 'routes' && declaration.initializer)
        list = declaration.initializer as ts.ArrayLiteralExpression
    }
  })
  if (!list || !ts.isArrayLiteralExpression(list)) throw new Error('no routes array in router.ts')
  const property = (object: ts.ObjectLiteralExpression, key: string) =>
    object.properties.filter(ts.isPropertyAssignment).find((p) => p.name.getText(source) === key)
      ?.initializer
  return list.elements.map((element) => {
    if (!ts.isObjectLiteralExpression(element)) throw new Error('a route that is not an object')
    const name = property(element, 'name')
    if (!name || !ts.isStringLiteral(name)) throw new Error('a route without a name')
    const meta = property(element, 'meta')
    const modes = meta && ts.isObjectLiteralExpression(meta) ? property(meta, 'modes') : undefined
    if (!modes) return { name: name.text, modes: ['kiosk', 'desk'] as const }
    const list = modeLists[modes.getText(source)]
    if (!list) throw new Error(`route ${name.text}: modes ${modes.getText(source)} not understood`)
    return { name: name.text, modes: list }
  })
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('the screenshot gallery', () => {
  const routes = routesOfRouter()

  it('reads every route of the router', () => {
    expect(routes.length).toBeGreaterThan(30)
    expect(routes.map((r) => r.name)).toContain('not-found')
  })

  it('has every route of each mode, and no route of another mode', () => {
    for (const mode of Object.keys(gallery) as GalleryMode[]) {
      const expected = routes.filter((r) => r.modes.includes(mode)).map((r) => r.name)
      expect(Object.keys(gallery[mode]).sort(), `routes of the ${mode}`).toEqual(expected.sort())
    }
  })

  it('gives every reachable route at least one picture, and each picture one place', () => {
    for (const mode of Object.keys(gallery) as GalleryMode[])
      for (const [route, entry] of Object.entries(gallery[mode])) {
        if ('unreachable' in entry) expect(entry.unreachable.length).toBeGreaterThan(20)
        else expect(entry.length, `${mode} ${route}`).toBeGreaterThan(0)
      }
    const files = allShots().map((s) => s.shot.file)
    expect(new Set(files).size).toBe(files.length)
    for (const { mode, shot } of allShots())
      if (mode !== 'setup') expect(shot.file.startsWith(`${mode}-`), shot.file).toBe(true)
  })

  it('finds each picture in docs/screenshots at its mode’s size, and nothing else there', () => {
    const listed = allShots()
    for (const { mode, shot } of listed) {
      const path = resolve(shotsDir, shot.file)
      expect(existsSync(path), `${shot.file} (npm run screenshots)`).toBe(true)
      expect(pngSize(path), shot.file).toEqual(otherSizes[shot.file] ?? screenSizes[mode])
    }
    const onDisk = readdirSync(shotsDir).filter((f) => f.endsWith('.png'))
    expect(onDisk.sort()).toEqual(listed.map((s) => s.shot.file).sort())
  })

  it('has every picture taken by the screenshots spec', () => {
    const spec = readFileSync(resolve(root, 'test/e2e/screenshots.spec.ts'), 'utf8')
    for (const { shot } of allShots()) expect(spec, shot.file).toContain(`'${shot.file}'`)
  })

  it('shows every picture on the gallery page, with its caption', () => {
    const page = readFileSync(resolve(shotsDir, 'README.md'), 'utf8')
    for (const { shot } of allShots()) {
      expect(page, shot.file).toContain(`](${shot.file})`)
      expect(page, shot.file).toContain(shot.caption)
    }
  })
})
