import { afterEach, describe, expect, it } from 'vitest'
import { openTempDb, type TempDb } from '../../support/temp-db'

let temp: TempDb
afterEach(async () => temp?.dispose())

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on the real file', async () => {
    temp = openTempDb()
    const { db } = temp
    const pragma = async (name: string) => Object.values((await db.raw(`PRAGMA ${name}`))[0])[0]
    expect(await pragma('journal_mode')).toBe('wal')
    expect(await pragma('synchronous')).toBe(2) // FULL
    expect(await pragma('foreign_keys')).toBe(1)
    expect(await pragma('busy_timeout')).toBe(5000)
  })
})
