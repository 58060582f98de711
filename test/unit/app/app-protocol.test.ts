import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  appSchemePrivileges,
  createAppProtocolHandler,
  registerAppProtocol,
} from '../../../src-main/app/app-protocol'
import { contentSecurityPolicy } from '../../../src-main/app/csp'

vi.mock('electron', () => ({}))

const base = mkdtempSync(join(tmpdir(), 'sportello-protocol-'))
const rendererDir = join(base, 'out', 'renderer')
const handle = createAppProtocolHandler(rendererDir)

beforeAll(() => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Sportello</title>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  mkdirSync(join(rendererDir, 'assets', 'dir.js'))
  writeFileSync(join(base, 'out', 'secret.json'), '{"secret":true}')
  writeFileSync(join(base, 'package.json'), '{"name":"x"}')
})

const get = (url: string, method = 'GET') => handle(new Request(url, { method }))

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
}

describe('app:// handler', () => {
  it('serves index.html with its type, the CSP and nosniff', async () => {
    const response = await get('app://sportello/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expectSecurityHeaders(response)
    expect(await response.text()).toContain('<title>Sportello</title>')
  })

  it('serves a script as JavaScript', async () => {
    const response = await get('app://sportello/assets/app.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expectSecurityHeaders(response)
  })

  it('answers HEAD without a body', async () => {
    const response = await get('app://sportello/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it.each([
    ['app://sportello/missing.js', 404],
    ['app://sportello/assets/dir.js', 404],
    // The URL parser (Chromium's, and undici's here) folds %2e%2e segments before the handler
    // runs: what is left is a plain miss inside the root.
    ['app://sportello/%2e%2e/secret.json', 404],
    ['app://sportello/assets/%2e%2e/%2e%2e/secret.json', 404],
    ['app://sportello/..%2f..%2fpackage.json', 403],
    ['app://evil/index.html', 403],
    ['app://sportello/..\\secret.json', 400],
  ])('%s → %i, still with the security headers, never the file', async (url, status) => {
    const response = await get(url)
    expect(response.status).toBe(status)
    expectSecurityHeaders(response)
    expect(await response.text()).toBe('')
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://sportello/index.html', 'POST')
    expect(response.status).toBe(405)
    expectSecurityHeaders(response)
  })

  it('registers on the app scheme', () => {
    const protocol = { handle: vi.fn() }
    registerAppProtocol(protocol, rendererDir)
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('asks for the scheme privileges it needs and no more (no bypassCSP, no corsEnabled)', () => {
    expect(appSchemePrivileges).toEqual({ standard: true, secure: true, supportFetchAPI: true })
  })
})
