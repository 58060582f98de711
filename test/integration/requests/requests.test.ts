// Requests with an ID document (issue #13), main side, on a real SQLite file with the injected
// clock: the scans refused and accepted, MODIFICA refused before the secure channel exists (a
// disposizione, #12 point 5), RESET LOGIN counted like a secret check, no byte of a scan in clear
// on disk, the review queue's four eyes, the decisions and their notices, a tampered scan, and
// the purge after the retention.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { intakeScan } from '../../../src-main/infra/files/scan-intake'
import type { Connection } from '../../../src-main/features/identity'
import { privateCustomer, startHarness, type Harness } from '../../support/counter-harness'

let h: Harness
let customer: Connection
const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'
const codiceCliente = privateCustomer.codice_cliente
const newEmail = 'laura.nuova@example.it'
// Made at run time: no cache or log of this file's source can hold it.
const MARKER = `SPORTELLO-MARKER-${randomUUID()}`

// The temporary folder of this file's process is its own, fresh: the scan below reads all of it
// (whatever a library writes through os.tmpdir() lands there), and never the machine's /tmp,
// whose size is nobody's business here.
const scratch = mkdtempSync(join(tmpdir(), 'sportello-requests-tmp-'))
beforeAll(() => {
  vi.stubEnv('TMPDIR', scratch)
})
afterAll(() => {
  vi.unstubAllEnvs()
  rmSync(scratch, { recursive: true, force: true })
})

beforeEach(async () => {
  h = await startHarness({ mode: 'desk' })
  customer = await h.confirmedAccount(email, password)
})
afterEach(async () => h.dispose())

// A photo's grain, the same in every run: a scan refused by chance could not be told from a bug.
const grain = (() => {
  const pixels = Buffer.alloc(800 * 500 * 3)
  let seed = 20261202
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0
    pixels[i] = 150 + ((seed >>> 16) % 60)
  }
  return pixels
})()

const photo = () =>
  sharp(grain, { raw: { width: 800, height: 500, channels: 3 } })
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Artist: MARKER } })
    .toBuffer()

/** A PDF scan holding the marker as text: a PDF is kept as it is, so the marker is in its bytes. */
async function markedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create()
  doc.catalog.set(PDFName.of('SportelloMarker'), PDFString.of(MARKER))
  doc.addPage([420, 260]).drawText('Carta di identita', {
    font: await doc.embedFont(StandardFonts.Courier),
  })
  return Buffer.from(await doc.save({ useObjectStreams: false }))
}

async function sendSides(screen: Connection, front?: Buffer, back?: Buffer) {
  const sides = {
    front: { bytes: front ?? (await photo()), name: 'fronte.jpg' },
    back: { bytes: back ?? (await markedPdf()), name: 'retro.pdf' },
  }
  for (const side of ['front', 'back'] as const) {
    const sent = await h.call(screen, 'requests:add-scan', {
      side,
      fileName: sides[side].name,
      dataBase64: sides[side].bytes.toString('base64'),
    })
    expect(sent, JSON.stringify(sent)).toMatchObject({ ok: true, value: { side } })
  }
  return sides
}

/** The secure channel of the customer's account, through its three phases. */
async function confirmedChannel(screen = customer) {
  await h.call(screen, 'channel:reconfirm', { codiceCliente, identifier: email, password })
  const sent = await h.call(screen, 'channel:send-otp', {
    codiceCliente,
    medium: 'email',
    locale: 'it',
  })
  if (!sent.ok) throw new Error(sent.error.code)
  const { code } = (await h.lastMail(privateCustomer.email))!.params
  const verified = await h.call(screen, 'channel:verify-otp', {
    challengeId: sent.value.challengeId,
    code: code!,
    locale: 'it',
  })
  if (!verified.ok) throw new Error(verified.error.code)
  // The first-access password ended the session: sign in with it and choose a new one.
  const { password: firstAccess } = (await h.lastMail(privateCustomer.email))!.params
  const again = h.connection()
  await h.call(again, 'accounts:login', { identifier: email, password: firstAccess! })
  await h.call(again, 'session:change-password', {
    currentPassword: firstAccess!,
    newPassword: password,
    newPasswordConfirm: password,
  })
  customer = again
  return again
}

const change = (screen: Connection) =>
  h.call(screen, 'requests:submit-change', {
    codiceCliente,
    medium: 'email',
    newContact: newEmail,
    newContactConfirm: newEmail.toUpperCase(),
    locale: 'it',
  })

/** Every file under a folder, as bytes. */
function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  const out: { path: string; bytes: Buffer }[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = statSync(path, { throwIfNoEntry: false })
    if (!stat) continue
    if (stat.isDirectory()) out.push(...filesUnder(path))
    else if (stat.isFile() && stat.size < 200 * 1024 * 1024)
      out.push({ path, bytes: readFileSync(path) })
  }
  return out
}

describe('the scans', () => {
  it('refuses an executable renamed .jpg and an oversized file, naming the side', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(600)])
    expect(
      await h.call(customer, 'requests:add-scan', {
        side: 'front',
        fileName: 'carta.jpg',
        dataBase64: elf.toString('base64'),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SCAN_TYPE_REFUSED', issues: [{ path: 'front' }] },
    })
    const big = Buffer.concat([await photo(), Buffer.alloc(10 * 1024 * 1024)])
    expect(
      await h.call(customer, 'requests:add-scan', {
        side: 'back',
        fileName: 'carta.jpg',
        dataBase64: big.toString('base64'),
      }),
    ).toMatchObject({ ok: false })
  })
})

describe('MODIFICA', () => {
  it('is refused before the secure channel exists, and changes nothing', async () => {
    await sendSides(customer)
    expect(await change(customer)).toMatchObject({
      ok: false,
      error: { code: 'SECURE_CHANNEL_REQUIRED' },
    })
    expect(await h.db('counter_requests').count({ n: '*' })).toEqual([{ n: 0 }])
  })

  it('needs both sides, and the contact typed twice alike', async () => {
    const screen = await confirmedChannel()
    await h.call(screen, 'requests:add-scan', {
      side: 'front',
      fileName: 'fronte.jpg',
      dataBase64: (await photo()).toString('base64'),
    })
    expect(await change(screen)).toMatchObject({
      ok: false,
      error: { code: 'SCANS_MISSING', issues: [{ path: 'back' }] },
    })
    expect(
      await h.call(screen, 'requests:submit-change', {
        codiceCliente,
        medium: 'email',
        newContact: newEmail,
        newContactConfirm: 'laura.altra@example.it',
        locale: 'it',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONTACTS_DIFFER' } })
  })

  it('leaves no byte of either scan in clear on disk', async () => {
    const screen = await confirmedChannel()
    const sides = await sendSides(screen)
    const submitted = await change(screen)
    expect(submitted).toMatchObject({
      ok: true,
      value: { number: 'R-2026-000001', status: 'pending', contact: 'la***@example.it' },
    })
    // What main kept of the photo (re-encoded, no EXIF), and the PDF as it was.
    const kept = await intakeScan(sides.front.bytes, 'fronte.jpg')
    if (!kept.ok) throw new Error(kept.code)
    expect(kept.value.bytes.includes(Buffer.from(MARKER))).toBe(false)
    const needles = [
      Buffer.from(MARKER),
      kept.value.bytes.subarray(200, 264),
      sides.back.bytes.subarray(
        sides.back.bytes.indexOf(MARKER) - 24,
        sides.back.bytes.indexOf(MARKER) + 24,
      ),
    ]
    expect(sides.back.bytes.includes(Buffer.from(MARKER))).toBe(true)
    await h.db.raw('pragma wal_checkpoint(TRUNCATE)')
    expect(tmpdir()).toBe(scratch)
    const found = [...filesUnder(h.deps.dataDir), ...filesUnder(scratch)].filter(({ bytes }) =>
      needles.some((needle) => bytes.includes(needle)),
    )
    expect(found.map(({ path }) => path)).toEqual([])
  })
})

describe('RESET LOGIN', () => {
  const reset = (screen: Connection, taxCode = privateCustomer.codice_fiscale) =>
    h.call(screen, 'requests:submit-reset', { taxCode, codiceCliente, locale: 'it' })

  it('answers one CUSTOMER_NOT_MATCHED and locks at the fifth; 40 at once check at most 5', async () => {
    const kiosk = h.connection()
    await sendSides(kiosk)
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => reset(kiosk, 'RSSMRA80A01H501U')),
    )
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code))
    expect(codes.filter((c) => c === 'CUSTOMER_NOT_MATCHED').length).toBeLessThanOrEqual(5)
    expect(codes.every((c) => c === 'CUSTOMER_NOT_MATCHED' || c === 'CHECKS_LOCKED')).toBe(true)
    // Locked: even the right codes wait now.
    expect(await reset(kiosk)).toMatchObject({ ok: false, error: { code: 'CHECKS_LOCKED' } })
  })

  it('is received with both sides and the right codes', async () => {
    const kiosk = h.connection()
    await sendSides(kiosk)
    expect(await reset(kiosk)).toMatchObject({
      ok: true,
      value: { kind: 'channel-reset', status: 'pending', number: 'R-2026-000001' },
    })
    // The screen's sides went with the request.
    expect(await reset(kiosk)).toMatchObject({ ok: false, error: { code: 'SCANS_MISSING' } })
  })
})

describe('the review', () => {
  async function pendingChange() {
    const screen = await confirmedChannel()
    await sendSides(screen)
    const submitted = await change(screen)
    if (!submitted.ok) throw new Error(submitted.error.code)
    return submitted.value.id
  }

  it('is back office’s: a front-desk operator cannot open the queue', async () => {
    const front = await h.signedInOperator('front_desk')
    expect(await h.call(front, 'requests:queue', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('shows both sides decrypted, and approving changes the contact, revokes the channel, tells both contacts', async () => {
    const id = await pendingChange()
    const reviewer = await h.signedInOperator('back_office', 'Bruno Ufficio')
    expect(await h.call(reviewer, 'requests:queue', {})).toMatchObject({
      ok: true,
      value: [{ id, number: 'R-2026-000001', kind: 'contact-change', submittedBy: null }],
    })
    const detail = await h.call(reviewer, 'requests:get', { id })
    if (!detail.ok) throw new Error(detail.error.code)
    expect(detail.value.scans.map((s) => [s.side, s.mime])).toEqual([
      ['front', 'image/jpeg'],
      ['back', 'application/pdf'],
    ])
    expect(
      Buffer.from(detail.value.scans[1]!.dataBase64, 'base64').includes(Buffer.from(MARKER)),
    ).toBe(true)
    expect(detail.value).toMatchObject({ newContact: newEmail, cannotDecide: null })

    const oldEmail = privateCustomer.email
    expect(await h.call(reviewer, 'requests:decide', { id, decision: 'approve' })).toEqual({
      ok: true,
      value: null,
    })
    expect(
      await h.db('replica_customers').where({ codice_cliente: codiceCliente }).first('email'),
    ).toEqual({
      email: newEmail,
    })
    expect(await h.db('replica_counter_changes').select('field', 'old_value', 'new_value')).toEqual(
      [{ field: 'email', old_value: oldEmail, new_value: newEmail }],
    )
    expect((await h.lastMail(newEmail))?.template).toBe('contact-changed')
    expect((await h.lastMail(oldEmail))?.template).toBe('contact-change-was-you')
    // The channel must be registered again before the next disposizione.
    await sendSides(customer)
    expect(await change(customer)).toMatchObject({
      ok: false,
      error: { code: 'SECURE_CHANNEL_REQUIRED' },
    })
    // Decided once: a second decision is refused.
    expect(await h.call(reviewer, 'requests:decide', { id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'CANNOT_DECIDE', params: { reason: 'DECIDED' } },
    })
  })

  it('two reviewers deciding at once: one decision', async () => {
    const id = await pendingChange()
    const one = await h.signedInOperator('back_office', 'Bruno Ufficio')
    const two = await h.signedInOperator('admin')
    const answers = await Promise.all([
      h.call(one, 'requests:decide', { id, decision: 'approve' }),
      h.call(two, 'requests:decide', { id, decision: 'reject', reason: 'document-expired' }),
    ])
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    expect(await h.db('replica_counter_changes').count({ n: '*' })).toEqual([
      { n: answers[0]!.ok ? 1 : 0 },
    ])
  })

  it('rejecting tells the contact on file why', async () => {
    const id = await pendingChange()
    const reviewer = await h.signedInOperator('back_office', 'Bruno Ufficio')
    await h.call(reviewer, 'requests:decide', {
      id,
      decision: 'reject',
      reason: 'document-expired',
      note: 'Serve un documento in corso di validità.',
    })
    const mail = await h.lastMail(privateCustomer.email)
    expect(mail).toMatchObject({
      template: 'request-rejected',
      params: { reason: 'document-expired', note: 'Serve un documento in corso di validità.' },
    })
    const kiosk = h.connection()
    expect(
      await h.call(kiosk, 'requests:status', {
        taxCode: privateCustomer.codice_fiscale,
        codiceCliente,
      }),
    ).toMatchObject({ ok: true, value: [{ status: 'rejected', reason: 'document-expired' }] })
  })

  it('never by the operator who submitted it, nor one who served the customer in this session', async () => {
    const desk = await h.signedInOperator('back_office', 'Bruno Ufficio')
    await h.call(desk, 'customers:serve', { codiceCliente })
    await sendSides(desk)
    const submitted = await h.call(desk, 'requests:submit-reset', {
      taxCode: privateCustomer.codice_fiscale,
      codiceCliente,
      locale: 'it',
    })
    if (!submitted.ok) throw new Error(submitted.error.code)
    const { id } = submitted.value
    await h.call(desk, 'customers:end-service', {})
    expect(await h.call(desk, 'requests:get', { id })).toMatchObject({
      value: { cannotDecide: 'OWN_REQUEST', submittedBy: 'Bruno Ufficio' },
    })
    expect(await h.call(desk, 'requests:decide', { id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'CANNOT_DECIDE', params: { reason: 'OWN_REQUEST' } },
    })
    const admin = await h.signedInOperator('admin')
    await h.call(admin, 'customers:serve', { codiceCliente })
    await h.call(admin, 'customers:end-service', {})
    expect(await h.call(admin, 'requests:decide', { id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'CANNOT_DECIDE', params: { reason: 'SERVED_THIS_CUSTOMER' } },
    })
  })

  it('a reset approved sends a first-access password to the contact on file', async () => {
    const kiosk = h.connection()
    await sendSides(kiosk)
    const submitted = await h.call(kiosk, 'requests:submit-reset', {
      taxCode: privateCustomer.codice_fiscale,
      codiceCliente,
      locale: 'en',
    })
    if (!submitted.ok) throw new Error(submitted.error.code)
    const reviewer = await h.signedInOperator('back_office', 'Bruno Ufficio')
    await h.call(reviewer, 'requests:decide', { id: submitted.value.id, decision: 'approve' })
    const mail = await h.lastMail(privateCustomer.email)
    expect(mail?.template).toBe('reset-first-access-password')
    expect(
      await h.call(h.connection(), 'accounts:login', {
        identifier: email,
        password: mail!.params.password!,
      }),
    ).toMatchObject({ ok: true, value: { mustChangePassword: true } })
  })

  it('a tampered scan does not open', async () => {
    const id = await pendingChange()
    const row = await h.db('counter_request_scans').where({ side: 'front' }).first()
    const sealed = Buffer.from(row.sealed)
    sealed[sealed.length - 1] = sealed[sealed.length - 1]! ^ 0x01
    await h.db('counter_request_scans').where({ id: row.id }).update({ sealed })
    const reviewer = await h.signedInOperator('back_office', 'Bruno Ufficio')
    expect(await h.call(reviewer, 'requests:get', { id })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    })
  })
})

describe('retention', () => {
  it('deletes the scans a set number of days after the decision, keeping that they existed', async () => {
    const screen = await confirmedChannel()
    await sendSides(screen)
    const submitted = await change(screen)
    if (!submitted.ok) throw new Error(submitted.error.code)
    const admin = await h.signedInOperator('admin')
    expect(await h.call(admin, 'requests:get-retention', {})).toEqual({
      ok: true,
      value: { days: 30 },
    })
    await h.call(admin, 'requests:set-retention', { days: 10 })
    const reviewer = await h.signedInOperator('back_office', 'Bruno Ufficio')
    await h.call(reviewer, 'requests:decide', {
      id: submitted.value.id,
      decision: 'reject',
      reason: 'other',
    })

    h.clock.advance(9 * 24 * 60 * 60_000)
    expect(await h.services.requests.purgeExpiredScans()).toBe(0)
    h.clock.advance(1 * 24 * 60 * 60_000 + 1000)
    expect(await h.services.requests.purgeExpiredScans()).toBe(2)
    expect(await h.db('counter_request_scans').count({ n: '*' })).toEqual([{ n: 0 }])
    // The reviewer's session has long expired: they sign in again.
    const later = h.connection()
    await h.call(later, 'operators:login', {
      username: 'back-office',
      password: 'Sportello-back_office-26!',
      remember: false,
    })
    expect(await h.call(later, 'requests:get', { id: submitted.value.id })).toMatchObject({
      value: { scans: [], scansPurgedAt: expect.any(String) },
    })
    const purged = await h.db('counter_audit_log').where({ action: 'request.scans-purged' })
    expect(purged).toHaveLength(1)
    expect(JSON.parse(purged[0].detail_json)).toEqual({ number: 'R-2026-000001', scans: 2 })
  })
})
