// The kiosk's camera in the browser tests: Chromium's fake capture device, playing a picture of a
// demo bill's corner (test/support/fake-camera.ts) whose QR code holds the codice cliente of a
// demo customer picked from the demo data the tests run on. The camera is chosen when the browser
// starts, before any test's host exists, so the customer is read from the seeded template (every
// test's data is a copy of it) in a worker fixture. `withFakeCamera` without a bill plays
// Chromium's own test pattern: a camera that sees no QR code. Also: a page script that keeps
// every camera stream the page opens, to check that each was stopped.
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { openDatabase } from '../../../src-main/infra/db/open-database'
import { databaseFile } from '../../../src-main/infra/files/data-dir'
import { demoTemplateDir } from '../../support/demo-template'
import { writeBillCamera } from '../../support/fake-camera'
import type { DemoCustomer } from './customers'
import { test as base } from './app-test'

const fakeDevice = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']

/** The demo business whose bill the camera films: the one demoCustomer(host, 'business', 2) names. */
export const billCameraPick = { kind: 'business', nth: 2 } as const

async function templateCustomer(kind: 'private' | 'business', nth: number): Promise<DemoCustomer> {
  const db = openDatabase({ filename: databaseFile(await demoTemplateDir()) })
  try {
    const row = await db('replica_customers')
      .where({ kind })
      .whereNotNull(kind === 'private' ? 'codice_fiscale' : 'partita_iva')
      .orderBy('codice_cliente')
      .offset(nth)
      .first()
    if (!row) throw new Error(`no demo ${kind} customer #${nth}`)
    return {
      codiceCliente: row.codice_cliente,
      kind,
      name: row.name,
      codiceFiscale: row.codice_fiscale,
      registrationCode: kind === 'private' ? row.codice_iss : row.codice_coe,
    }
  } finally {
    await db.destroy()
  }
}

/** A browser whose camera films the bill of `billCameraPick`'s customer. */
export const withBillCamera = base.extend<object, { billCustomer: DemoCustomer }>({
  billCustomer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => use(await templateCustomer(billCameraPick.kind, billCameraPick.nth)),
    { scope: 'worker' },
  ],
  launchOptions: [
    async ({ launchOptions, billCustomer }, use) => {
      const file = join(tmpdir(), `sportello-bill-${process.pid}-${billCustomer.codiceCliente}.y4m`)
      writeBillCamera(file, billCustomer.codiceCliente)
      await use({
        ...launchOptions,
        args: [
          ...(launchOptions.args ?? []),
          ...fakeDevice,
          `--use-file-for-fake-video-capture=${file}`,
        ],
      })
      rmSync(file, { force: true })
    },
    { scope: 'worker' },
  ],
})

/** A browser with a camera that sees no QR code (Chromium's test pattern). */
export const withFakeCamera = base.extend({
  launchOptions: [
    async ({ launchOptions }, use) =>
      use({ ...launchOptions, args: [...(launchOptions.args ?? []), ...fakeDevice] }),
    { scope: 'worker' },
  ],
})

declare global {
  interface Window {
    __cameraStreams?: MediaStream[]
  }
}

/** Keeps every stream the page's getUserMedia hands out, from the page's first script on. */
export async function keepCameraStreams(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const devices = navigator.mediaDevices
    if (!devices?.getUserMedia) return
    const original = devices.getUserMedia.bind(devices)
    window.__cameraStreams = []
    devices.getUserMedia = async (constraints) => {
      const stream = await original(constraints)
      window.__cameraStreams!.push(stream)
      return stream
    }
  })
}

/** How many camera tracks the page opened, and how many are still live. */
export async function cameraTracks(page: Page): Promise<{ opened: number; live: number }> {
  return page.evaluate(() => {
    const tracks = (window.__cameraStreams ?? []).flatMap((s) => s.getTracks())
    return { opened: tracks.length, live: tracks.filter((t) => t.readyState === 'live').length }
  })
}

/** The page's camera refuses, as when the permission is denied. */
export async function refuseCamera(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!navigator.mediaDevices) return
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
  })
}
