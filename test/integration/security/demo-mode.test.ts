// Demo mode never reaches real data (issue #8, point 3): its operators, with their published
// passwords, exist only on a demo replica, and only while demo mode is on.
import { afterEach, describe, expect, it } from 'vitest'
import { startCounter, type Counter } from '../../../src-main/counter'
import { migrateToLatest, openDatabase } from '../../../src-main/infra/db/open-database'
import { databaseFile } from '../../../src-main/infra/files/data-dir'
import { silentLogger } from '../../../src-main/infra/log/logger'
import { privateCustomer } from '../../support/counter-harness'
import { configureDataDir } from '../../support/configured-data-dir'
import { tempDir } from '../../support/temp-db'

let dir: ReturnType<typeof tempDir> | undefined
let counter: Counter | undefined
afterEach(async () => {
  await counter?.close()
  counter = undefined
  dir?.dispose()
})

const start = (demo: boolean) =>
  startCounter({
    dataDir: dir!.dir,
    version: 't',
    mode: 'desk',
    demo,
    demoSize: 4,
    logger: silentLogger,
  })

const desk = { transport: 'test', connectionId: 'desk-1' }
const adminLogin = (c: Counter) =>
  c.registry.invoke(
    'operators:login',
    { username: 'amministratore', password: 'Sportello-Admin-26!', remember: false },
    desk,
  )

describe('demo mode and real data', () => {
  it('adds no demo operator to a replica of real customers, and stays off there', async () => {
    dir = tempDir()
    const db = openDatabase({ filename: databaseFile(dir.dir) })
    await migrateToLatest(db)
    await db('replica_customers').insert(privateCustomer)
    await db.destroy()

    counter = await start(true)
    expect(counter.info.demo).toBe(false)
    expect(await counter.db('counter_operators').count({ n: '*' }).first()).toEqual({ n: 0 })
    expect(await adminLogin(counter)).toMatchObject({ ok: false })
    expect(await counter.registry.invoke('mail:demo-mailbox', { limit: 10 }, desk)).toMatchObject({
      ok: false,
    })
  })

  it('disables the demo operators when the counter starts without demo mode', async () => {
    dir = tempDir()
    counter = await start(true)
    expect(counter.info.demo).toBe(true)
    expect(await adminLogin(counter)).toMatchObject({ ok: true })

    // An installation that leaves demo mode has been set up (else only its setup is served).
    await counter.close()
    await configureDataDir(dir.dir, 'desk')
    counter = await start(false)
    expect(counter.info).toMatchObject({ mode: 'desk', demo: false })
    expect(await adminLogin(counter)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' },
    })
    await counter.close()

    // Back in demo mode they work again.
    counter = await start(true)
    expect(await adminLogin(counter)).toMatchObject({ ok: true })
  })
})
