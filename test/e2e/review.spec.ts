// Requests with an ID document at a desk (issue #13), walked as the office walks them: a
// front-desk operator serving a customer sends RESET LOGIN and MODIFICA with a scanner's files
// (a renamed program is refused and nothing is sent); the front desk cannot open the review
// queue; an admin who served the customer in this session may not decide; back office sees both
// sides, approves one (the customer's mail arrives) and rejects the other with a reason, which
// the customer page's Richieste then shows.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import sharp from 'sharp'
import { OperatorSignInPage } from './pages/desk-tools'
import { DeskRequestsSection, ReviewQueuePage } from './pages/review'
import { customerWithContacts } from './pages/secure-channel'
import { confirmedAccount } from './support/customers'
import { waitForMail } from './support/inbox'
import { deskScreen, expect, test } from './support/app-test'

test.use({ mode: 'desk', ...deskScreen })

/** A small real JPEG, as a scanner would save one side of an ID card. */
async function scanFiles(): Promise<{ front: string; back: string; program: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'review-scans-'))
  const side = (background: string) =>
    sharp({ create: { width: 640, height: 400, channels: 3, background } })
      .jpeg({ quality: 80 })
      .toBuffer()
  const front = join(dir, 'carta-identita-fronte.jpg')
  const back = join(dir, 'carta-identita-retro.jpg')
  const program = join(dir, 'documento.jpg')
  await writeFile(front, await side('#d8e4f0'))
  await writeFile(back, await side('#f0e4d8'))
  // A Windows program renamed .jpg: "MZ" and a PE header's start, nothing like an image.
  await writeFile(
    program,
    Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), Buffer.alloc(2048, 0x41)]),
  )
  return { front, back, program }
}

async function signOut(page: Page): Promise<void> {
  const signIn = new OperatorSignInPage(page)
  await signIn.shell.signOutButton.click()
  await expect(signIn.heading).toBeVisible()
}

test('front desk sends RESET LOGIN and MODIFICA with scans; back office approves one and rejects the other; four eyes hold', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000)
  const customer = await customerWithContacts(host, 5)
  const accountEmail = 'richieste.cliente@mail.example'
  await confirmedAccount(host, customer, accountEmail, 'Bollette-Sicure-26!')
  // Test setup, not the flow under test: the account's confirmed secure channel for this
  // customer, as the OTP steps (secure-channel.spec.ts) would leave it.
  const account = await host.counter.db('counter_accounts').where({ email: accountEmail }).first()
  await host.counter.db('counter_secure_channels').insert({
    id: '00000000-0000-4000-8000-00000000e2e1',
    account_id: account.id,
    codice_cliente: customer.codiceCliente,
    medium: 'email',
    contact: customer.email,
    confirmed_at: new Date().toISOString(),
  })
  const files = await scanFiles()

  // The front desk serves the customer.
  await new OperatorSignInPage(page).signInAs('front_desk')
  const section = new DeskRequestsSection(page)
  await section.open(customer.codiceCliente)
  await expect(section.root).toContainText('Nessuna richiesta.')
  await section.serve()

  // RESET LOGIN: codice fiscale and codice cliente prefilled from the page.
  await section.button('RESET LOGIN').click()
  await expect(section.field('Codice fiscale o partita IVA')).toHaveValue(customer.codiceFiscale!)
  await expect(section.field('Codice cliente')).toHaveValue(customer.codiceCliente)
  // A program renamed .jpg: refused by main in words, the side stays unattached.
  await section.attach('front', files.program)
  await expect(section.sideOutcome('Fronte')).toContainText(
    '«documento.jpg»: Questo file non è un’immagine JPEG o PNG né un PDF',
  )
  await section.button('RESET LOGIN').click()
  await expect(section.root.getByRole('alert').last()).toHaveText(
    'Allega fronte e retro del documento d’identità.',
  )
  expect(await host.counter.db('counter_requests').count({ n: '*' })).toEqual([{ n: 0 }])

  await section.attach('front', files.front)
  await expect(section.sideOutcome('Fronte')).toContainText('Allegato: carta-identita-fronte.jpg')
  await section.attach('back', files.back)
  await expect(section.sideOutcome('Retro')).toContainText('Allegato: carta-identita-retro.jpg')
  await section.button('RESET LOGIN').click()
  const resetNumber = await section.receiptNumber()
  await expect(section.entry(resetNumber)).toContainText('RESET LOGIN')
  await expect(section.entry(resetNumber)).toContainText('In istruttoria')

  // MODIFICA recapito: a new email, typed twice, both sides again.
  const newEmail = 'nuovo.recapito@mail.example'
  await section.button('MODIFICA recapito').click()
  await section.field('Nuova email').fill(newEmail)
  await section.field('Ripeti la nuova email').fill(newEmail)
  await section.attach('front', files.front)
  await section.attach('back', files.back)
  await expect(section.sideOutcome('Retro')).toContainText('Allegato:')
  await section.button('CONFERMA MODIFICA').click()
  const changeNumber = await section.receiptNumber()
  expect(changeNumber).not.toBe(resetNumber)
  await expect(section.entry(changeNumber)).toContainText('MODIFICA recapito')

  // The front desk has no review queue.
  await page.goto('/#/richieste')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accesso non consentito')
  await signOut(page)

  // An admin who serves the customer in this session may look, not decide.
  await new OperatorSignInPage(page).signInAs('admin')
  await section.open(customer.codiceCliente)
  await section.serve()
  await page.goto('/#/')
  const queue = new ReviewQueuePage(page)
  await queue.openFromHome()
  const served = await queue.openRequest(resetNumber)
  await expect(page.getByRole('region', { name: 'Decisione' }).getByRole('note')).toHaveText(
    'Hai servito questo cliente in questa sessione: deve deciderla un collega.',
  )
  await expect(served.approve).toHaveCount(0)
  await expect(served.reject).toHaveCount(0)
  await signOut(page)

  // Back office: the queue, both sides, APPROVA.
  await new OperatorSignInPage(page).signInAs('back_office')
  await queue.openFromHome()
  await expect(queue.row(resetNumber)).toContainText('RESET LOGIN')
  await expect(queue.row(resetNumber)).toContainText('Giulia Bianchi')
  await expect(queue.row(changeNumber)).toContainText('MODIFICA recapito')
  await page.screenshot({ path: '/tmp/review-queue.png', fullPage: true })

  const reset = await queue.openRequest(resetNumber)
  for (const side of ['Fronte', 'Retro'] as const) {
    const image = reset.side(side).getByRole('img')
    await expect(image).toHaveAttribute('src', /^data:image\/jpeg;base64,/)
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
  }
  await reset.side('Fronte').getByRole('button', { name: 'Ruota di 90°: Fronte' }).click()
  await reset.side('Fronte').getByRole('button', { name: 'Ingrandisci: Fronte' }).click()
  await page.screenshot({ path: '/tmp/review-request.png', fullPage: true })
  await reset.approve.click()
  await expect(queue.shell.heading()).toHaveText('Richieste da esaminare')
  await expect(page.getByRole('status').filter({ hasText: resetNumber })).toHaveText(
    `Richiesta ${resetNumber} accolta: il cliente riceve l’avviso.`,
  )
  await expect(queue.row(resetNumber)).toHaveCount(0)
  await waitForMail(host, customer.email, 'La password di primo accesso')

  // RIFIUTA with a reason in words and a note.
  const change = await queue.openRequest(changeNumber)
  await expect(page.getByText(newEmail, { exact: true })).toBeVisible()
  await change.rejectWith('Documento scaduto', 'Serve un documento in corso di validità.')
  await expect(page.getByRole('status').filter({ hasText: changeNumber })).toContainText('respinta')
  await waitForMail(host, customer.email, 'La tua richiesta non è stata accolta')

  // The customer page shows both outcomes, the refusal with its reason.
  await section.open(customer.codiceCliente)
  await expect(section.entry(resetNumber)).toContainText('Accolta')
  await expect(section.entry(changeNumber)).toContainText('Respinta')
  await expect(section.entry(changeNumber)).toContainText('Motivo: Documento scaduto')
  await section.root.scrollIntoViewIfNeeded()
  await section.root.screenshot({ path: '/tmp/review-customer-requests.png' })
  await page.screenshot({ path: '/tmp/review-customer.png', fullPage: true })
})

test('MODIFICA without the account’s secure channel is refused in words, with the way out', async ({
  page,
  host,
}) => {
  const customer = await customerWithContacts(host, 6)
  await confirmedAccount(host, customer, 'senza.canale@mail.example', 'Bollette-Sicure-26!')
  const files = await scanFiles()
  await new OperatorSignInPage(page).signInAs('front_desk')
  const section = new DeskRequestsSection(page)
  await section.open(customer.codiceCliente)
  await section.serve()
  await section.button('MODIFICA recapito').click()
  await section.field('Nuova email').fill('altro.recapito@mail.example')
  await section.field('Ripeti la nuova email').fill('altro.recapito@mail.example')
  await section.attach('front', files.front)
  await section.attach('back', files.back)
  await expect(section.sideOutcome('Retro')).toContainText('Allegato:')
  await section.button('CONFERMA MODIFICA').click()
  await expect(section.root.getByRole('alert').last()).toContainText(
    'Questo account non ha ancora il canale sicuro per il cliente',
  )
  await expect(section.root.getByRole('alert').last()).toContainText('«Canale sicuro»')
})
