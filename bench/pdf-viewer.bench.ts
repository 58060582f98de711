// The kiosk's document viewer (issue #14, PERFORMANCE.md) in Chromium against the real services
// (the browser host over the built renderer, out/renderer: `npm run build` first):
// - the first page of a demo bill, from "Apri" (its route) until the page is drawn and its text
//   layer laid out, in the app (IPC, base64, Vue, pdf.js), against bare pdf.js (the same
//   pdfjs-dist files, the same options, canvas + text layer at the same scale) in another page of
//   the same Chromium run; p50 of warm opens and their ratio. Target ≤ 1.2×.
// - the renderer's JS heap after 50 bills opened and closed against after 1 (garbage collected
//   first, both times). Target ≤ 1.3×.
// Run: node --import tsx bench/pdf-viewer.bench.ts [opens]
import { rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { silentLogger } from '../src-main/infra/log/logger'
import { customerWithBills, newestDocuments, pdfOf } from '../test/e2e/pages/documents'
import { LoginPage } from '../test/e2e/pages/customer-flows'
import { confirmedAccount } from '../test/e2e/support/customers'
import { startBrowserHost } from '../test/support/browser-host'
import { chromiumArgs, findChromium } from '../test/support/chromium'
import { copyOfDemoData, demoTemplateDir } from '../test/support/demo-template'

const root = resolve(import.meta.dirname, '..')
const opens = Number(process.argv[2] ?? 50)
const password = 'Bollette-Veloci-26!'

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

/**
 * From the route's change to the page drawn with its text (in the page's own clock). No named
 * functions inside `evaluate`: tsx's keepNames would call a helper the page does not have.
 */
async function openInApp(page: Page, code: string, id: number): Promise<number> {
  await page.evaluate(
    ({ code, id }) => {
      ;(window as unknown as { benchStart: number }).benchStart = performance.now()
      location.hash = `#/documenti/${code}/${id}`
    },
    { code, id },
  )
  await page.waitForFunction(() => !!document.querySelector('.pdf-viewer__text span'), null, {
    polling: 'raf',
  })
  return page.evaluate(
    () => performance.now() - (window as unknown as { benchStart: number }).benchStart,
  )
}

async function backToList(page: Page, code: string): Promise<void> {
  await page.evaluate((code) => (location.hash = `#/documenti/${code}`), code)
  await page.getByRole('table', { name: 'Documenti e bollette' }).waitFor()
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize
}

/** Bare pdf.js in a page of its own, its files served from node_modules. */
async function bareTimes(page: Page, pdf: Buffer, cssWidth: number, rounds: number) {
  const dist = resolve(root, 'node_modules/pdfjs-dist')
  await page.route('http://bench.invalid/**', async (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === '/') {
      await route.fulfill({ contentType: 'text/html', body: '<!doctype html><div id="p"></div>' })
      return
    }
    const file = resolve(dist, `.${path}`)
    if (!file.startsWith(dist)) return route.abort()
    const type = path.endsWith('.mjs') ? 'text/javascript' : 'application/octet-stream'
    await route.fulfill({ contentType: type, body: await readFile(file) })
  })
  await page.goto('http://bench.invalid/')
  return page.evaluate(
    async ({ base64, cssWidth, rounds }) => {
      const pdfjs = await import('http://bench.invalid/build/pdf.min.mjs' as string)
      pdfjs.GlobalWorkerOptions.workerSrc = 'http://bench.invalid/build/pdf.worker.min.mjs'
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const box = document.getElementById('p')!
      const times: number[] = []
      for (let r = 0; r < rounds; r++) {
        const start = performance.now()
        const task = pdfjs.getDocument({
          data: bytes.slice(),
          disableFontFace: true,
          useSystemFonts: false,
          useWasm: false,
          stopAtErrors: true,
          standardFontDataUrl: 'http://bench.invalid/standard_fonts/',
        })
        const pdf = await task.promise
        const page = await pdf.getPage(1)
        const viewport = page.getViewport({
          scale: cssWidth / page.getViewport({ scale: 1 }).width,
        })
        const canvas = document.createElement('canvas')
        const ratio = devicePixelRatio || 1
        canvas.width = Math.floor(viewport.width * ratio)
        canvas.height = Math.floor(viewport.height * ratio)
        box.replaceChildren(canvas)
        await page.render({ canvas, viewport, transform: [ratio, 0, 0, ratio, 0, 0] }).promise
        const text = document.createElement('div')
        text.style.setProperty('--total-scale-factor', String(viewport.scale))
        box.append(text)
        await new pdfjs.TextLayer({
          textContentSource: page.streamTextContent(),
          container: text,
          viewport,
        }).render()
        times.push(performance.now() - start)
        await task.destroy()
      }
      return times
    },
    { base64: pdf.toString('base64'), cssWidth, rounds },
  )
}

const dataDir = copyOfDemoData(await demoTemplateDir())
const host = await startBrowserHost({ dataDir, mode: 'kiosk', logger: silentLogger })
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
try {
  const context = await browser.newContext({
    baseURL: host.origin,
    viewport: { width: 1080, height: 1600 },
  })
  await context.addCookies([
    { ...host.keyCookie, url: host.origin, httpOnly: true, sameSite: 'Strict' },
  ])
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)

  const customer = await customerWithBills(host, 0, 4)
  const bills = await newestDocuments(host, customer.codiceCliente, 4)
  await confirmedAccount(host, customer, 'bench.viewer@mail.example', password)
  const login = new LoginPage(page)
  await login.openFromHome()
  await login.signIn('bench.viewer@mail.example', password)
  await page.getByRole('heading', { level: 1, name: 'Area clienti' }).waitFor()
  await page.evaluate((code) => (location.hash = `#/documenti/${code}`), customer.codiceCliente)
  await page.getByRole('table', { name: 'Documenti e bollette' }).waitFor()

  const app: number[] = []
  let heapAfterOne = 0
  for (let i = 0; i < opens; i++) {
    const bill = bills[i % bills.length]!
    const ms = await openInApp(page, customer.codiceCliente, bill.id)
    if (i > 0) app.push(ms)
    await backToList(page, customer.codiceCliente)
    if (i === 0) heapAfterOne = await heapUsed(page)
  }
  const heapAfterAll = await heapUsed(page)

  // The app's page width, drawn the same in the bare page.
  await openInApp(page, customer.codiceCliente, bills[0]!.id)
  const cssWidth = await page
    .locator('canvas.pdf-viewer__canvas')
    .evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().width)
  const barePage = await context.newPage()
  const bare = (await bareTimes(barePage, await pdfOf(host, bills[0]!.id), cssWidth, 20)).slice(1)

  const appP50 = quantile(app, 0.5)
  const bareP50 = quantile(bare, 0.5)
  console.log(
    `viewer, first page of a demo bill: app p50 ${appP50.toFixed(1)} ms, p99 ${quantile(app, 0.99).toFixed(1)} ms vs bare pdf.js p50 ${bareP50.toFixed(1)} ms = ${(appP50 / bareP50).toFixed(2)}× (target ≤ 1.2×)`,
  )
  console.log(
    `viewer, renderer heap after ${opens} bills opened and closed: ${(heapAfterAll / 1e6).toFixed(1)} MB vs ${(heapAfterOne / 1e6).toFixed(1)} MB after 1 = ${(heapAfterAll / heapAfterOne).toFixed(2)}× (target ≤ 1.3×)`,
  )
} finally {
  await browser.close()
  await host.close()
  rmSync(dataDir, { recursive: true, force: true })
}
