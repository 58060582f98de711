// Where a customer's secret must never be at a desk: what the operator's page holds (its DOM,
// field values, storage), what it sent, and the counter's database file with its WAL.
import { existsSync, readFileSync } from 'node:fs'
import type { Page, Request } from '@playwright/test'
import { databaseFile } from '../../../src-main/infra/files/data-dir'
import type { BrowserHost } from '../../support/browser-host'
import { expect } from './app-test'

/** Everything a page holds that a person or a script could read: DOM, field values, storage. */
export async function everythingOn(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      ...[...document.querySelectorAll('input')].map((input) => input.value),
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
    ].join('\n'),
  )
}

/** Every call body a page sends (the bridge posts each call to the host). */
export function recordRequests(page: Page): string[] {
  const sent: string[] = []
  page.on('request', (request: Request) =>
    sent.push(`${request.url()} ${request.postData() ?? ''}`),
  )
  return sent
}

/** The counter's SQLite file and its write-ahead log, as bytes on disk. */
export function databaseBytes(host: BrowserHost): Buffer {
  const file = databaseFile(host.counter.dataDir)
  const parts = [file, `${file}-wal`].filter((path) => existsSync(path))
  return Buffer.concat(parts.map((path) => readFileSync(path)))
}

/** Not on the operator's page, not in what it sent; a password not in the database file either
 * (a mail's code is: the demo keeps the mail it sent). */
export async function expectNowhere(
  secret: string,
  places: { operator: Page; sent: string[]; host?: BrowserHost },
): Promise<void> {
  expect(await everythingOn(places.operator), 'the operator’s page').not.toContain(secret)
  expect(
    places.sent.filter((body) => body.includes(secret)),
    'a request the operator’s page sent',
  ).toEqual([])
  if (places.host)
    expect(databaseBytes(places.host).includes(Buffer.from(secret)), 'the database file').toBe(
      false,
    )
}
