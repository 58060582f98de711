import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep, isAbsolute } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { contentTypeFor, isInsideRoot, resolveAppAsset } from '../../../src-main/app/asset-path'

vi.mock('electron', () => ({}))

const root = resolve(mkdtempSync(join(tmpdir(), 'sportello-assets-')), 'out', 'renderer')

function isStrictlyInside(path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !isAbsolute(rel) && !rel.split(sep).includes('..')
}

describe('resolveAppAsset: the files the app asks for', () => {
  it.each([
    ['app://sportello/', 'index.html'],
    ['app://sportello/index.html', 'index.html'],
    ['app://sportello/index.html?lang=it#top', 'index.html'],
    ['app://sportello/assets/index-Ab_12-x.js', join('assets', 'index-Ab_12-x.js')],
    [
      'app://sportello/assets/titillium-web-latin-400-normal.woff2',
      join('assets', 'titillium-web-latin-400-normal.woff2'),
    ],
    ['app://sportello/assets/a%2Db.css', join('assets', 'a-b.css')],
    ['app://sportello/cmaps/UniJIS-UCS2-H.bcmap', join('cmaps', 'UniJIS-UCS2-H.bcmap')],
  ])('%s → %s', (url, file) => {
    expect(resolveAppAsset(root, url)).toEqual({ ok: true, path: join(root, file) })
  })
})

describe('resolveAppAsset: hostile requests', () => {
  it.each([
    // other origins and look-alikes
    ['app://evil/index.html', 403],
    ['app://sportello.evil/index.html', 403],
    ['app://sportello@evil/index.html', 403],
    ['app://evil@sportello/index.html', 403],
    ['app://user:pass@sportello/index.html', 403],
    ['app://sportello:8080/index.html', 403],
    ['APP://SPORTELLO/index.html', 403],
    ['app://Sportello/index.html', 403],
    ['https://sportello/index.html', 403],
    ['file:///etc/passwd', 403],
    ['javascript:alert(1)', 403],
    ['app:sportello/index.html', 403],
    ['', 403],
    // plain traversal
    ['app://sportello/../package.json', 403],
    ['app://sportello/assets/../../package.json', 403],
    ['app://sportello/./index.html', 403],
    ['app://sportello/index.html/..', 403],
    ['app://sportello/assets/../index.html', 403],
    // encoded traversal: it would stay inside the root, so only the segment check stops it
    ['app://sportello/assets/%2e%2e/index.html', 403],
    ['app://sportello/assets/%2E%2E/index.html', 403],
    ['app://sportello/assets/.%2e/index.html', 403],
    ['app://sportello/%2e%2e/package.json', 403],
    ['app://sportello/..%2fpackage.json', 403],
    ['app://sportello/assets%2f..%2f..%2fpackage.json', 403],
    ['app://sportello/..%5cpackage.json', 403],
    ['app://sportello/assets%5cindex.js', 403],
    ['app://sportello/%252e%252e/package.json', 403],
    ['app://sportello/%252e%252e%252fpackage.json', 403],
    ['app://sportello/%25%32%65%25%32%65/package.json', 403],
    // backslashes, absolute paths, drive letters, NUL and control characters
    ['app://sportello/..\\package.json', 400],
    ['app://sportello/assets\\..\\..\\package.json', 400],
    ['app://sportello//etc/passwd', 403],
    ['app://sportello/%2fetc%2fpasswd', 403],
    ['app://sportello/C:/Windows/win.ini', 403],
    ['app://sportello/C:%5cWindows%5cwin.ini', 403],
    ['app://sportello/index.html%00.png', 403],
    ['app://sportello/index.html\u0000', 400],
    ['app://sportello/index.html\n', 400],
    ['app://sportello/ index.html', 403],
    // dotfiles, malformed or overlong encodings, devices, unknown types, size
    ['app://sportello/.env', 403],
    ['app://sportello/.git/config', 403],
    ['app://sportello/%', 400],
    ['app://sportello/%E0%A4%A.js', 400],
    ['app://sportello/%c0%ae%c0%ae/package.json', 400],
    ['app://sportello/%u002e%u002e/package.json', 400],
    ['app://sportello/nul.js', 404],
    ['app://sportello/COM1.css', 404],
    ['app://sportello/tool.exe', 404],
    ['app://sportello/assets', 404],
    ['app://sportello/assets/', 403],
    [`app://sportello/${'a/'.repeat(20)}x.js`, 404],
    [`app://sportello/${'a'.repeat(3000)}.js`, 400],
  ])('%j → %i', (url, status) => {
    expect(resolveAppAsset(root, url)).toEqual({ ok: false, status })
  })

  it('refuses a non-string', () => {
    expect(resolveAppAsset(root, 42 as unknown as string)).toEqual({ ok: false, status: 400 })
  })
})

describe('resolveAppAsset: no generated URL ever escapes the root', () => {
  const piece = fc.constantFrom(
    '.',
    '..',
    '/',
    '\\',
    '%',
    '%2e',
    '%2E',
    '%2f',
    '%2F',
    '%5c',
    '%5C',
    '%25',
    '%252e',
    '%00',
    'assets',
    'index.html',
    'a.js',
    ':',
    'C:',
    '~',
    '?',
    '#',
    '@',
    'evil',
    '%c0%ae',
  )
  const hostilePath = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''))

  it('for paths made of traversal pieces', () => {
    fc.assert(
      fc.property(hostilePath, (path) => {
        const result = resolveAppAsset(root, `app://sportello/${path}`)
        return !result.ok || isStrictlyInside(result.path)
      }),
      { numRuns: 5000 },
    )
  })

  it('for arbitrary strings after the origin and arbitrary URLs', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }).map((s) => `app://sportello/${s}`),
          fc.webUrl(),
          fc.string(),
        ),
        (url) => {
          const result = resolveAppAsset(root, url)
          return !result.ok || (isStrictlyInside(result.path) && url.startsWith('app://sportello/'))
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('isInsideRoot (the second line of defence)', () => {
  it.each([
    [join(root, 'index.html'), true],
    [join(root, 'assets', 'a.js'), true],
    [root, false],
    [resolve(root, '..'), false],
    [resolve(root, '..', 'secret.json'), false],
    [`${root}-evil${sep}index.html`, false],
    [`${root}evil`, false],
    [resolve('/etc/passwd'), false],
  ])('%s → %s', (path, inside) => expect(isInsideRoot(root, path)).toBe(inside))
})

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['f.woff2', 'font/woff2'],
    ['p.svg', 'image/svg+xml'],
    ['x.unknown', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(join(root, file))).toBe(type)
  })
})
