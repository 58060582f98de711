// The browser test transport (never shipped): serves the built renderer over HTTP on 127.0.0.1
// and carries `window.sportello` calls to the real main-process registry, so end-to-end tests
// drive the real UI against the real services in plain Chromium. It mirrors the Electron shell:
// same asset resolver, same CSP, and in place of the sender-frame check the run key, a
// host-issued connection id and the Origin (below). Like the app, it runs the counter in its
// worker thread (src-main/worker/counter-thread.ts) and relays the calls to it; the worker runs
// from source through tsx (`counterWorkerSource`), or as built (`builtCounterWorker`: the browser
// suite tests the build, main as well as renderer).
//
// It is a door like IPC (SECURITY.md): any program on the machine reaches 127.0.0.1, so the host
// makes a key per run and prints it in its URL (`?k=`). The page is served only with the key (or
// the cookie the first load sets), and each page load gets a connection id the host issues;
// both ride in the page's <meta name="sportello-host">, and the bridge sends them as headers on
// every call. A call without the key, from another Origin, or on an id the host never issued is
// refused (403), logged and audited as FOREIGN_SENDER, and never reaches a handler.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { build } from 'esbuild'
import type { Knex } from 'knex'
import type { CounterInfo, AppMode } from '../../src-shared/ipc'
import type { DemoProgress } from '../../src-main/features/demo'
import { openDatabase } from '../../src-main/infra/db/open-database'
import { databaseFile } from '../../src-main/infra/files/data-dir'
import { createLogger, type Logger } from '../../src-main/infra/log/logger'
import type { Registry } from '../../src-main/ipc/registry'
import { startCounterThread, type CounterThread } from '../../src-main/worker/counter-thread'
import { resolveAppAsset, contentTypeFor } from '../../src-main/app/asset-path'
import { contentSecurityPolicy } from '../../src-main/app/csp'

const root = resolve(import.meta.dirname, '../..')

type WorkerEntry = { entry: string; execArgv: string[] }

/** The worker's TypeScript entry, run through tsx (the app runs the built out/main file). */
export const counterWorkerSource: WorkerEntry = {
  entry: resolve(root, 'src-main/worker/counter-worker.ts'),
  execArgv: ['--import', 'tsx'],
}

// The build under test: `electron-vite build` writes out/; SPORTELLO_RENDERER_DIR names another
// (`electron-vite build --outDir DIR` gives DIR/renderer and DIR/main), so that two people working
// in one tree do not test each other's half-built app.
const buildDir = resolve(process.env.SPORTELLO_RENDERER_DIR ?? resolve(root, 'out/renderer'), '..')

/** The worker as the app runs it, built: it starts in half the time tsx takes to compile it. */
export const builtCounterWorker: WorkerEntry = {
  entry: resolve(buildDir, 'main/counter-worker.js'),
  execArgv: [],
}

/** What tests reach of the counter: its registry (through the worker) and the database. */
export type HostCounter = {
  registry: Registry
  /**
   * A connection of the host's own on the counter's SQLite file (WAL lets it read and write
   * beside the worker's), opened on first use: test setup and the customer's demo mailbox.
   */
  readonly db: Knex
  readonly info: CounterInfo
  readonly dataDir: string
}

export type BrowserHost = {
  /** The address to open: the origin plus this run's key (`/?k=…`). */
  url: string
  /** `http://127.0.0.1:PORT`, without the key. */
  origin: string
  /** The cookie that lets a browser that opened `url` load `/` again (tests add it). */
  keyCookie: { name: string; value: string }
  counter: HostCounter
  thread: CounterThread
  /** Moves the worker's manual clock (started with `clockAt`). */
  setClock(at: Date): void
  /** Test door: ends the counter's worker as a crash would; the host restarts it. */
  killCounter(): Promise<void>
  close(): Promise<void>
}

export type BrowserHostOptions = {
  dataDir: string
  mode?: AppMode
  demo?: boolean
  port?: number
  rendererDir?: string
  /** Which worker entry runs the counter: from source (the default) or built. */
  worker?: WorkerEntry
  /** Runs the counter on a clock the test moves (`setClock`), starting at this instant. */
  clockAt?: string
  /** The host's log (crashes, restarts); the worker logs at the same level. */
  logger?: Logger
  onDemoProgress?: (progress: DemoProgress) => void
}

let bridgeScript: Promise<string> | undefined

function buildBridgeScript(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [resolve(import.meta.dirname, 'host-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  }).then((out) => out.outputFiles[0]!.text)
  return bridgeScript
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const rendererDir = options.rendererDir ?? resolve(buildDir, 'renderer')
  const bridge = await buildBridgeScript()
  const logger = options.logger ?? createLogger()
  const thread = await startCounterThread({
    ...(options.worker ?? counterWorkerSource),
    start: {
      dataDir: options.dataDir,
      version: 'test',
      mode: options.mode,
      demo: options.demo ?? true,
      clock: options.clockAt ? { kind: 'manual', at: options.clockAt } : { kind: 'system' },
      logLevel: logger.level,
    },
    logger,
    onDemoProgress: options.onDemoProgress,
    // After a first-run setup the app relaunches; here the counter starts again in place, and
    // the page (which waits for the new mode) reloads.
    onConfigured: () =>
      void thread
        .restart()
        .catch((err: unknown) => logger.error({ err }, 'restart after setup failed')),
  })
  let db: Knex | undefined
  const counter: HostCounter = {
    registry: thread,
    get db() {
      db ??= openDatabase({ filename: databaseFile(thread.dataDir) })
      return db
    },
    get info() {
      return thread.info
    },
    get dataDir() {
      return thread.dataDir
    },
  }
  let origin = ''
  // The run's key: the printed URL carries it; nothing else on the machine can guess it.
  const key = randomBytes(32).toString('base64url')
  let cookieName = ''
  // Connection ids handed to page loads (one per load, as one webContents is one connection in
  // Electron); a call on any other id is refused. The oldest are forgotten past the cap.
  const issued = new Set<string>()
  const issueConnection = (): string => {
    const id = randomBytes(18).toString('base64url')
    issued.add(id)
    if (issued.size > 10_000) issued.delete(issued.values().next().value!)
    return id
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger.error({ err }, 'browser host failed')
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://host.invalid')
    const path = url.pathname
    if (req.method === 'POST' && path === '/__host/ipc') return handleIpc(req, res)
    if (req.method !== 'GET') return void res.writeHead(405).end()
    // The bridge and the renderer's assets are the repository's code: no secret in them.
    if (path === '/__host/bridge.js') return send(res, 200, 'text/javascript', bridge)

    const asset = resolveAppAsset(
      rendererDir,
      `app://sportello${path === '/' ? '/index.html' : path}`,
    )
    if (!asset.ok) return void res.writeHead(asset.status).end()
    const page = asset.path.endsWith('index.html')
    const keyInUrl = url.searchParams.get('k')
    if (page && !isKey(keyInUrl ?? cookieOf(req, cookieName))) {
      logger.warn({ path }, 'browser host: page asked for without the run key')
      return send(
        res,
        403,
        'text/plain; charset=utf-8',
        "Open the address that `npm run start:browser` printed: it carries this run's key.\n",
      )
    }
    let body: Buffer | string = await readFile(asset.path).catch(() => Buffer.alloc(0))
    if (body.length === 0) return void res.writeHead(404).end()
    const headers: Record<string, string> = {}
    if (page) {
      // The bridge must exist before the app's module script runs, as the preload does; it
      // reads the key and this load's connection id from the <meta> before it.
      body = body
        .toString('utf8')
        .replace(
          '<head>',
          `<head><meta name="sportello-host" data-key="${key}" data-connection="${issueConnection()}">` +
            '<script src="/__host/bridge.js"></script>',
        )
      // Reloads of `/` (and addresses typed by hand) in the browser that opened the URL.
      if (keyInUrl !== null)
        headers['set-cookie'] = `${cookieName}=${key}; Path=/; HttpOnly; SameSite=Strict`
    }
    send(res, 200, contentTypeFor(asset.path), body, headers)
  }

  function isKey(candidate: string | undefined): boolean {
    if (candidate === undefined || candidate === '') return false
    const digest = (text: string) => createHash('sha256').update(text).digest()
    return timingSafeEqual(digest(candidate), digest(key))
  }

  async function handleIpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const keyHeader = req.headers['x-sportello-host-key']
    const idHeader = req.headers['x-sportello-connection']
    const connectionId = typeof idHeader === 'string' ? idHeader : ''
    const trusted =
      req.headers.origin === origin &&
      isKey(typeof keyHeader === 'string' ? keyHeader : undefined) &&
      issued.has(connectionId)
    const raw = await readBody(req)
    let message: { channel?: unknown; input?: unknown } = {}
    try {
      message = JSON.parse(raw) as typeof message
    } catch {
      // falls through to the registry, which rejects the unknown channel
    }
    if (!trusted) {
      // A foreign caller never gets a connection id of the pages (and so never a session).
      const foreign = { transport: 'browser-host', connectionId: 'foreign' }
      const refused = await thread.reject(message.channel, foreign, { code: 'FOREIGN_SENDER' })
      return send(res, 403, 'application/json', JSON.stringify(refused))
    }
    const connection = { transport: 'browser-host', connectionId }
    const result = await thread.invoke(message.channel, message.input, connection)
    send(res, 200, 'application/json', JSON.stringify(result))
  }

  try {
    await new Promise<void>((done, fail) => {
      server.once('error', fail)
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', fail)
        done()
      })
    })
  } catch (err) {
    // A port already in use: nothing was served; the counter stops and the caller says why.
    await thread.close()
    throw err
  }
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('browser host: no port')
  origin = `http://127.0.0.1:${address.port}`
  // Cookies ignore the port: one name per host, so two hosts on 127.0.0.1 never mix them.
  cookieName = `sportello-host-${address.port}`

  return {
    url: `${origin}/?k=${key}`,
    origin,
    keyCookie: { name: cookieName, value: key },
    counter,
    thread,
    setClock: (at) => thread.setClock(at),
    killCounter: () => thread.kill(),
    async close() {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
      await db?.destroy()
      await thread.close()
    },
  }
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'content-type': type,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  })
  res.end(body)
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return undefined
}

/** An ID document's side is up to 10 MB, 14 MB in base64 (requests:add-scan). */
const MAX_BODY_BYTES = 15_000_000

async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new Error('request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}
