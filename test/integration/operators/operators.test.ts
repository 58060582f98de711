// Operators at the desk: sign-in per role, RICORDAMI, and what an admin does with operators.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../../support/counter-harness'

let h: Harness
const ids = {
  front: '00000000-0000-4000-8000-00000000000f',
  back: '00000000-0000-4000-8000-00000000000b',
  admin: '00000000-0000-4000-8000-00000000000a',
}

async function seedOperators() {
  const rows = [
    {
      id: ids.front,
      username: 'front',
      display_name: 'Franca Sportello',
      role: 'front_desk',
      password: 'Sportello-Front-26!',
    },
    {
      id: ids.back,
      username: 'back',
      display_name: 'Bruno Istruttoria',
      role: 'back_office',
      password: 'Sportello-Back-26!',
    },
    {
      id: ids.admin,
      username: 'admin',
      display_name: 'Ada Amministra',
      role: 'admin',
      password: 'Sportello-Admin-26!',
    },
  ]
  for (const { password, ...row } of rows) {
    await h.db('counter_operators').insert({
      ...row,
      password_hash: await h.hasher.hash(password),
      created_at: '2026-01-01T00:00:00Z',
    })
  }
}

async function signIn(username: string, password: string, remember = false) {
  const connection = h.connection()
  const result = await h.call(connection, 'operators:login', { username, password, remember })
  return { connection, result }
}

beforeEach(async () => {
  h = await startHarness({ mode: 'desk' })
  await seedOperators()
})
afterEach(async () => h.dispose())

describe('operator sign-in', () => {
  it.each([
    ['front', 'Sportello-Front-26!', 'front_desk'],
    ['back', 'Sportello-Back-26!', 'back_office'],
    ['admin', 'Sportello-Admin-26!', 'admin'],
  ])('%s signs in as %s', async (username, password, role) => {
    const { result } = await signIn(username, password)
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'operator', username, role, remembered: false },
    })
  })

  it('a front-desk operator is refused an admin action, and the refusal is audited', async () => {
    const { connection } = await signIn('front', 'Sportello-Front-26!')
    expect(await h.call(connection, 'operators:list', {})).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    const entry = await h.db('counter_audit_log').where({ action: 'ipc.rejected' }).first()
    expect(entry).toMatchObject({
      actor_kind: 'operator',
      actor_id: ids.front,
      outcome: 'rejected',
    })
    expect(JSON.parse(entry.detail_json)).toMatchObject({
      channel: 'operators:list',
      code: 'FORBIDDEN',
    })
  })

  it('is refused at a kiosk', async () => {
    const kiosk = await startHarness({ mode: 'kiosk' })
    try {
      const result = await kiosk.call(kiosk.connection(), 'operators:login', {
        username: 'front',
        password: 'x',
        remember: false,
      })
      expect(result).toEqual({ ok: false, error: { code: 'NOT_IN_THIS_MODE' } })
    } finally {
      await kiosk.dispose()
    }
  })

  it('RICORDAMI keeps the operator signed in for a new window, until logout', async () => {
    const first = await signIn('front', 'Sportello-Front-26!', true)
    expect(first.result).toMatchObject({ value: { remembered: true } })
    const later = h.connection()
    expect(await h.call(later, 'session:resume', {})).toMatchObject({
      value: { kind: 'operator', username: 'front' },
    })
    await h.call(later, 'session:logout', {})
    expect(await h.call(h.connection(), 'session:resume', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
    expect(await h.call(first.connection, 'session:current', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
  })

  it('keeps no usable session secret in the database: the remembered one is sealed', async () => {
    await signIn('front', 'Sportello-Front-26!', true)
    const row = await h.db('counter_settings').where('key', 'like', '%remembered%').first()
    const session = await h.db('counter_sessions').whereNull('ended_at').first()
    expect(row.value_json).toMatch(/^"v1\./)
    // A sealed secret is no secret hash: it cannot be matched against the session table either.
    expect(row.value_json).not.toContain(session.secret_hash)
  })

  it('without RICORDAMI a new window starts signed out', async () => {
    await signIn('front', 'Sportello-Front-26!')
    expect(await h.call(h.connection(), 'session:resume', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
  })

  it('a session ends after an hour idle', async () => {
    const { connection } = await signIn('back', 'Sportello-Back-26!')
    h.clock.advance(59 * 60_000)
    expect(await h.call(connection, 'session:current', {})).toMatchObject({
      value: { kind: 'operator' },
    })
    h.clock.advance(60 * 60_000)
    expect(await h.call(connection, 'session:current', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
  })
})

describe('admin manages operators', () => {
  it('creates an operator who must change the temporary password at first sign-in', async () => {
    const { connection } = await signIn('admin', 'Sportello-Admin-26!')
    const created = await h.call(connection, 'operators:create', {
      username: 'nuovo.operatore',
      displayName: 'Nuovo Operatore',
      role: 'front_desk',
      temporaryPassword: 'Provvisoria-2026!',
    })
    expect(created).toMatchObject({
      ok: true,
      value: { username: 'nuovo.operatore', mustChangePassword: true },
    })
    const newcomer = await signIn('nuovo.operatore', 'Provvisoria-2026!')
    expect(newcomer.result).toMatchObject({ value: { mustChangePassword: true } })
    expect(await h.call(newcomer.connection, 'mail:demo-mailbox', { limit: 5 })).toMatchObject({
      error: { code: 'PASSWORD_CHANGE_REQUIRED' },
    })
    const changed = await h.call(newcomer.connection, 'session:change-password', {
      currentPassword: 'Provvisoria-2026!',
      newPassword: 'Definitiva#Scelta9',
      newPasswordConfirm: 'Definitiva#Scelta9',
    })
    expect(changed.ok).toBe(true)
    expect(await h.call(newcomer.connection, 'session:current', {})).toMatchObject({
      value: { mustChangePassword: false },
    })
  })

  it('refuses a duplicate username and a weak temporary password', async () => {
    const { connection } = await signIn('admin', 'Sportello-Admin-26!')
    const base = { displayName: 'Qualcuno', role: 'front_desk' as const }
    expect(
      await h.call(connection, 'operators:create', {
        ...base,
        username: 'front',
        temporaryPassword: 'Provvisoria-2026!',
      }),
    ).toMatchObject({ error: { code: 'OPERATOR_EXISTS' } })
    expect(
      await h.call(connection, 'operators:create', {
        ...base,
        username: 'altro',
        temporaryPassword: 'password',
      }),
    ).toMatchObject({ error: { code: 'PASSWORD_POLICY' } })
  })

  it('disabling an operator ends their sessions; an admin cannot disable themself', async () => {
    const admin = await signIn('admin', 'Sportello-Admin-26!')
    const front = await signIn('front', 'Sportello-Front-26!')
    expect(
      await h.call(admin.connection, 'operators:set-disabled', { id: ids.front, disabled: true }),
    ).toEqual({ ok: true, value: null })
    expect(await h.call(front.connection, 'session:current', {})).toEqual({
      ok: true,
      value: { kind: 'anonymous' },
    })
    expect((await signIn('front', 'Sportello-Front-26!')).result).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS' },
    })
    expect(
      await h.call(admin.connection, 'operators:set-disabled', { id: ids.admin, disabled: true }),
    ).toMatchObject({ error: { code: 'CANNOT_CHANGE_SELF' } })
  })

  it('resets a password: the operator signs in with the temporary one and must change it; audited', async () => {
    const admin = await signIn('admin', 'Sportello-Admin-26!')
    expect(
      await h.call(admin.connection, 'operators:reset-password', {
        id: ids.back,
        temporaryPassword: 'Azzerata-2026!',
      }),
    ).toEqual({ ok: true, value: null })
    expect((await signIn('back', 'Sportello-Back-26!')).result).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS' },
    })
    expect((await signIn('back', 'Azzerata-2026!')).result).toMatchObject({
      value: { mustChangePassword: true },
    })
    const audit = await h.call(admin.connection, 'audit:list', { limit: 50, action: 'operator.' })
    expect(audit.ok && audit.value.entries.map((e) => `${e.action}:${e.actor?.username}`)).toEqual(
      expect.arrayContaining(['operator.reset-password:admin']),
    )
  })
})
