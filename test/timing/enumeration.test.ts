// No account enumeration (SECURITY.md): a known and an unknown email get the same answer, and
// their median response times differ by less than 10%. Real scrypt work on both paths; cheaper
// parameters than production so the test stays short, the shape of the work being the same.
// Timing tests run alone (test/timing, `vitest.timing.config.mts`), never beside other files,
// and compare the two paths side by side in interleaved rounds: the median of per-round ratios.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Channel, ChannelInput } from '../../src-shared/ipc'
import { startHarness, privateCustomer, type Harness } from '../support/counter-harness'

let h: Harness
const email = 'laura.bianchi@example.it'
const password = 'Bolletta-Luce-26'

beforeAll(async () => {
  h = await startHarness({ scrypt: { N: 2 ** 14, r: 8, p: 1 } })
  await h.call(h.connection(), 'accounts:register', {
    email,
    password,
    passwordConfirm: password,
    customerKind: 'private',
    codiceCliente: privateCustomer.codice_cliente,
    customerCode: privateCustomer.codice_iss,
    acceptTerms: true,
    locale: 'it',
  })
  const { token } = (await h.lastMail(email))!.params
  await h.call(h.connection(), 'accounts:confirm', { token: token! })
})
afterAll(async () => h.dispose())

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const pairedRatio = (known: number[], unknown: number[]) =>
  median(known.map((k, i) => k / unknown[i]!))

/** Interleaved rounds, so that machine noise falls on both sides alike. */
async function compare<C extends Channel>(
  channel: C,
  known: ChannelInput<C>,
  unknown: ChannelInput<C>,
  rounds = 31,
  /** Business time between rounds: past every lockout, and past a cooldown when one applies. */
  gapMs = 61_000,
) {
  const times = { known: [] as number[], unknown: [] as number[] }
  const answers = { known: new Set<string>(), unknown: new Set<string>() }
  for (let i = 0; i < rounds; i++) {
    for (const side of i % 2 ? (['known', 'unknown'] as const) : (['unknown', 'known'] as const)) {
      // Each attempt from a new connection, after clearing any lockout, so every round is alike.
      await h.db('counter_login_throttle').delete()
      h.clock.advance(gapMs)
      const started = process.hrtime.bigint()
      const result = await h.call(h.connection(), channel, side === 'known' ? known : unknown)
      times[side].push(Number(process.hrtime.bigint() - started) / 1e6)
      answers[side].add(JSON.stringify(result))
    }
  }
  return { times, answers }
}

describe('no account enumeration', () => {
  it('login: same answer, median timings within 10%', async () => {
    const { times, answers } = await compare(
      'accounts:login',
      { identifier: email, password: 'Sbagliata-1!' },
      { identifier: 'nessuno@example.it', password: 'Sbagliata-1!' },
    )
    expect([...answers.known]).toEqual([...answers.unknown])
    const ratio = pairedRatio(times.known, times.unknown)
    console.log(
      `login median known ${median(times.known).toFixed(1)} ms, unknown ${median(times.unknown).toFixed(1)} ms, ratio ${ratio.toFixed(3)}`,
    )
    expect(Math.abs(ratio - 1)).toBeLessThan(0.1)
  })

  it('password recovery: same answer, median timings within 10%', async () => {
    const { times, answers } = await compare(
      'accounts:request-password-reset',
      { email, locale: 'it' },
      { email: 'nessuno@example.it', locale: 'it' },
    )
    expect([...answers.known]).toEqual([...answers.unknown])
    const ratio = pairedRatio(times.known, times.unknown)
    console.log(
      `recovery median known ${median(times.known).toFixed(2)} ms, unknown ${median(times.unknown).toFixed(2)} ms, ratio ${ratio.toFixed(3)}`,
    )
    expect(Math.abs(ratio - 1)).toBeLessThan(0.1)
  })

  it('lost codice cliente: same answer whether a customer matches, median timings within 10%', async () => {
    // A match queues a sealed mail to the contact on file; no match queues nothing. The rounds
    // are 11 minutes apart, past the 10 minutes that a customer's code is not sent again.
    const { times, answers } = await compare(
      'associations:recover-code',
      { customerKind: 'private', taxCode: privateCustomer.codice_fiscale, locale: 'it' },
      { customerKind: 'private', taxCode: 'RSSMRA80A01H501U', locale: 'it' },
      31,
      11 * 60_000,
    )
    expect([...answers.known]).toEqual([...answers.unknown])
    const sent = await h
      .db('counter_outbox')
      .where({ template: 'codice-cliente' })
      .count({ n: '*' })
    expect(Number(sent[0]!.n)).toBeGreaterThan(20)
    const ratio = pairedRatio(times.known, times.unknown)
    console.log(
      `lost code median known ${median(times.known).toFixed(2)} ms, unknown ${median(times.unknown).toFixed(2)} ms, ratio ${ratio.toFixed(3)}`,
    )
    expect(Math.abs(ratio - 1)).toBeLessThan(0.1)
  })

  it('registration: same answer for a taken email, median timings within 10%', async () => {
    const form = (address: string) => ({
      email: address,
      password: 'Altra-Chiave-99',
      passwordConfirm: 'Altra-Chiave-99',
      customerKind: 'private' as const,
      codiceCliente: privateCustomer.codice_cliente,
      customerCode: privateCustomer.codice_iss,
      acceptTerms: true as const,
      locale: 'it' as const,
    })
    let n = 0
    const times = { known: [] as number[], unknown: [] as number[] }
    for (let i = 0; i < 20; i++) {
      for (const side of i % 2
        ? (['known', 'unknown'] as const)
        : (['unknown', 'known'] as const)) {
        const started = process.hrtime.bigint()
        const result = await h.call(
          h.connection(),
          'accounts:register',
          form(side === 'known' ? email : `nuovo${++n}@example.it`),
        )
        times[side].push(Number(process.hrtime.bigint() - started) / 1e6)
        expect(result).toEqual({
          ok: true,
          value: { email: side === 'known' ? email : `nuovo${n}@example.it` },
        })
      }
    }
    const ratio = pairedRatio(times.known, times.unknown)
    console.log(
      `registration median known ${median(times.known).toFixed(1)} ms, unknown ${median(times.unknown).toFixed(1)} ms, ratio ${ratio.toFixed(3)}`,
    )
    expect(Math.abs(ratio - 1)).toBeLessThan(0.1)
  })
})
