// The desk's customer search (issue #10 point 4) on a real SQLite file: every key kind, case and
// accents ignored, parts of words, phone numbers in any common writing, the match marked, the
// index kept in step with the replica by its triggers, and hostile input answered, never thrown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  searchCustomers,
  type CustomerMatch,
} from '../../../src-main/features/replica/replica-search'
import { splitMarked } from '../../../src-shared/domain/marked-text'
import { migrateToLatest } from '../../../src-main/infra/db/open-database'
import { openTempDb, type TempDb } from '../../support/temp-db'
import { businessCustomer, privateCustomer } from '../../support/counter-harness'

let t: TempDb
const maria = {
  ...privateCustomer,
  codice_cliente: '10000042',
  name: 'Rossi Mària Niccolò',
  codice_fiscale: 'RSSMRA85M41H501Z',
  email: 'maria.rossi@posta.example',
  mobile: '+393471234567',
}
const sammarinese = {
  ...privateCustomer,
  codice_cliente: '10000077',
  country: 'SM',
  name: 'Gasperoni Elia',
  codice_fiscale: 'GSPLEI70A01Z130X',
  email: 'elia.g@titano.example',
  mobile: '+378549111222',
}

beforeAll(async () => {
  t = openTempDb()
  await migrateToLatest(t.db)
  await t.db('replica_customers').insert([privateCustomer, businessCustomer, maria, sammarinese])
})
afterAll(async () => t.dispose())

const codes = async (typed: string) =>
  (await searchCustomers(t.db, typed)).map((m) => m.codiceCliente)
const markedText = (text: CustomerMatch['name']) =>
  splitMarked(text)
    .map(([part, hit]) => (hit ? `[${part}]` : part))
    .join('')

describe('customer search', () => {
  it('finds a name by parts of its words, in any order, case and accent', async () => {
    expect(await codes('ross mar')).toEqual([maria.codice_cliente])
    expect(await codes('MARIA rossi')).toEqual([maria.codice_cliente])
    expect(await codes('niccolo')).toEqual([maria.codice_cliente])
    const [hit] = await searchCustomers(t.db, 'ross mar')
    expect(markedText(hit!.name)).toBe('[Ross]i [Màr]ia Niccolò')
  })

  it('finds by codice cliente, codice fiscale, partita IVA, C.O.E. and email', async () => {
    expect(await codes(maria.codice_cliente)).toEqual([maria.codice_cliente])
    expect(await codes(maria.codice_fiscale.toLowerCase())).toEqual([maria.codice_cliente])
    expect(await codes(businessCustomer.partita_iva!)).toEqual([businessCustomer.codice_cliente])
    expect(await codes(businessCustomer.codice_coe!)).toEqual([businessCustomer.codice_cliente])
    expect(await codes('maria.rossi@')).toEqual([maria.codice_cliente])
    expect(await codes('maria.rossi')).toEqual([maria.codice_cliente])
    // Not the start of an address: a part of it, through the search index.
    expect(await codes('rossi@posta')).toEqual([maria.codice_cliente])
    const [hit] = await searchCustomers(t.db, maria.codice_fiscale)
    expect(markedText(hit!.codes)).toContain(`[${maria.codice_fiscale}]`)
  })

  it.each(['347 123 4567', '+39 3471234567', '0039 347 1234567', '3471234567', '(347) 123-4567'])(
    'finds a mobile written %s',
    async (typed) => {
      const [hit, ...rest] = await searchCustomers(t.db, typed)
      expect(rest).toEqual([])
      expect(hit!.codiceCliente).toBe(maria.codice_cliente)
      expect(markedText(hit!.phone)).toBe('+39[3471234567]')
    },
  )

  it('finds a partita IVA that starts with 00, which is no international number', async () => {
    await t.db('replica_customers').insert({
      ...businessCustomer,
      codice_cliente: '10000099',
      partita_iva: '00488410010',
      codice_coe: 'SM00999',
    })
    expect(await codes('00488410010')).toEqual(['10000099'])
    expect(await codes('0048841')).toEqual(['10000099'])
  })

  it('finds a San Marino mobile with or without +378', async () => {
    expect(await codes('+378 549 111 222')).toEqual([sammarinese.codice_cliente])
    expect(await codes('549111222')).toEqual([sammarinese.codice_cliente])
  })

  it('keeps in step with the replica: an update and a delete are found at once', async () => {
    await t.db('replica_customers').where({ codice_cliente: sammarinese.codice_cliente }).update({
      name: 'Gasperoni Eliana',
    })
    expect(await codes('eliana')).toEqual([sammarinese.codice_cliente])
    await t.db('replica_customers').where({ codice_cliente: sammarinese.codice_cliente }).delete()
    expect(await codes('gasperoni')).toEqual([])
  })

  it.each([
    'ro',
    '  ',
    '"',
    'ro"ss" OR 1',
    'NEAR(ros mar)',
    '*',
    'rossi) OR (bianchi',
    "'; DROP TABLE x; --",
  ])('answers %j without an error', async (typed) => {
    await expect(searchCustomers(t.db, typed)).resolves.toBeInstanceOf(Array)
  })
})

describe('customers:search through the registry', () => {
  it('answers a signed-in operator at the desk, and nobody else', async () => {
    const { startHarness } = await import('../../support/counter-harness')
    const h = await startHarness({ mode: 'desk' })
    try {
      expect(await h.call(h.connection(), 'customers:search', { text: 'bianchi' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
      const desk = await h.signedInOperator()
      const found = await h.call(desk, 'customers:search', { text: 'laura bianchi' })
      expect(found).toMatchObject({
        ok: true,
        value: [{ codiceCliente: privateCustomer.codice_cliente }],
      })
    } finally {
      await h.dispose()
    }
  })
})
