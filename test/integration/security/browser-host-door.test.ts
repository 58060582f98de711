// The browser host (`npm run start:browser`, the e2e suite) is a door like Electron's IPC: any
// program on the machine can reach 127.0.0.1. Here plain `fetch` from Node plays that other
// local process. Without the run's key (the printed URL carries it) nothing is served and no
// call runs; a forged Origin does not help; a connection id the host did not issue is refused.
// Refusals answer 403 and are audited like a foreign IPC sender (FOREIGN_SENDER).
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { startBrowserHost, type BrowserHost } from '../../support/browser-host'
import { copyOfDemoData, demoTemplateDir } from '../../support/demo-template'

let host: BrowserHost
let dataDir: string
let rendererDir: string
let origin: string

beforeAll(async () => {
  dataDir = copyOfDemoData(await demoTemplateDir())
  // A stand-in for the built renderer: the door is the host's, whatever it serves.
  rendererDir = mkdtempSync(join(tmpdir(), 'sportello-renderer-'))
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>Sportello</title></head><body></body></html>',
  )
  host = await startBrowserHost({ dataDir, rendererDir, mode: 'desk', logger: silentLogger })
  origin = new URL(host.url).origin
})

afterAll(async () => {
  await host?.close()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(rendererDir, { recursive: true, force: true })
})

type Page = { headers: Record<string, string> }

/** What the real page does: open the printed URL, call with what the host handed it. */
async function openPage(): Promise<Page> {
  const response = await fetch(host.url)
  expect(response.status).toBe(200)
  const html = await response.text()
  const meta = /<meta name="sportello-host" data-key="([^"]+)" data-connection="([^"]+)"/.exec(html)
  return {
    headers: meta
      ? { origin, 'x-sportello-host-key': meta[1]!, 'x-sportello-connection': meta[2]! }
      : // today's page: a connection id of its own choosing, and the Origin header
        { origin, 'x-sportello-connection': randomUUID() },
  }
}

async function call(
  headers: Record<string, string>,
  channel: string,
  input: unknown = {},
): Promise<{ status: number; result: unknown }> {
  const response = await fetch(`${origin}/__host/ipc`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ channel, input }),
  })
  return { status: response.status, result: await response.json() }
}

const refused = { status: 403, result: { ok: false, error: { code: 'FOREIGN_SENDER' } } }

describe('the browser host door', () => {
  it('serves the page only with the run key, in the printed URL', async () => {
    expect(new URL(host.url).searchParams.get('k')).toMatch(/^[\w-]{43,}$/)
    expect((await fetch(`${origin}/`)).status).toBe(403)
    expect((await fetch(`${origin}/index.html`)).status).toBe(403)
    expect((await fetch(`${origin}/?k=not-the-key`)).status).toBe(403)
    expect((await fetch(`${origin}/#/registrati`)).status).toBe(403)

    const page = await fetch(host.url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('<script src="/__host/bridge.js"></script>')
    // A reload of `/` (or an address typed by hand) works in the browser that opened the URL.
    const cookie = page.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Strict/i)
    const again = await fetch(`${origin}/`, { headers: { cookie: cookie.split(';')[0]! } })
    expect(again.status).toBe(200)
  })

  it('refuses a call without the key, with or without a forged Origin', async () => {
    expect(await call({}, 'app:info')).toEqual(refused)
    expect(await call({ origin, 'x-sportello-connection': randomUUID() }, 'app:info')).toEqual(
      refused,
    )
    const page = await openPage()
    // the page's own connection id is no use without the key
    const { 'x-sportello-host-key': _key, ...withoutKey } = page.headers
    expect(await call(withoutKey, 'app:info')).toEqual(refused)
    expect(await call({ ...withoutKey, 'x-sportello-host-key': 'guess' }, 'app:info')).toEqual(
      refused,
    )
  })

  it('never hands the remembered operator session to another process', async () => {
    const operator = await openPage()
    expect(
      await call(operator.headers, 'operators:login', {
        username: 'operatore',
        password: 'Sportello-Front-26!',
        remember: true,
      }),
    ).toMatchObject({ status: 200, result: { ok: true, value: { kind: 'operator' } } })

    expect(
      await call({ origin, 'x-sportello-connection': randomUUID() }, 'session:resume'),
    ).toEqual(refused)
    expect(
      await call({ origin, 'x-sportello-connection': randomUUID() }, 'operators:login', {
        username: 'operatore',
        password: 'Sportello-Front-26!',
        remember: false,
      }),
    ).toEqual(refused)

    // A new window of the real page still picks it up (RICORDAMI).
    const window = await openPage()
    expect(await call(window.headers, 'session:resume')).toMatchObject({
      status: 200,
      result: { ok: true, value: { kind: 'operator', username: 'operatore' } },
    })
  })

  it('refuses a connection id the host did not issue, even with the key', async () => {
    const page = await openPage()
    expect(await call(page.headers, 'app:info')).toMatchObject({
      status: 200,
      result: { ok: true },
    })
    for (const connection of [randomUUID(), 'a'.repeat(22), '']) {
      expect(
        await call({ ...page.headers, 'x-sportello-connection': connection }, 'app:info'),
      ).toEqual(refused)
    }
  })

  it('still checks the Origin of a call that carries the key', async () => {
    const page = await openPage()
    const { origin: _origin, ...withoutOrigin } = page.headers
    expect(await call(withoutOrigin, 'app:info')).toEqual(refused)
    expect(await call({ ...page.headers, origin: 'http://evil.example' }, 'app:info')).toEqual(
      refused,
    )
  })

  it('audits every refusal as a foreign sender', async () => {
    const foreignResumes = async () =>
      (await host.counter.db('counter_audit_log').where({ action: 'ipc.rejected' }).select())
        .map((row: { detail_json: string }) => JSON.parse(row.detail_json))
        .filter((d) => d.channel === 'session:resume' && d.code === 'FOREIGN_SENDER').length
    const before = await foreignResumes()
    await call({ origin, 'x-sportello-connection': randomUUID() }, 'session:resume')
    expect(await foreignResumes()).toBe(before + 1)
  })
})
