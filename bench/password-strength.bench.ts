// The strength estimate's worst case: adversarial passwords of 8 to 128 characters (l33t-heavy
// runs, sequences, dates, repeated words) against a 12-character one, in interleaved rounds, the
// median ratio per input and the worst of them; then the same through the registry
// (`accounts:check-password`, public, called as the user types). Before the bound a 128-character
// password took about a second of the counter thread; zxcvbn now scores a bounded prefix with a
// bounded number of l33t readings (src-main/features/credentials/password-strength.ts).
// Run: node --import tsx bench/password-strength.bench.ts [rounds]
import { pathToFileURL } from 'node:url'
import { checkPassword } from '../src-main/features/credentials/password-strength'
import { startHarness } from '../test/support/counter-harness'

const fit = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n)
const BASELINE = 'Bolletta-26!'
const units = [
  'abcdefghijklmnopqrstuvwxyz0123456789',
  'p4$$w0rd',
  'p@ssw0rd1b0ll3tt4',
  '4@8(3!1|0$57+2',
  '0123456789',
  '19901231',
  'passwordbollettaluceacqua',
  'qwertyuiop[]asdfghjkl',
]
export const adversarial = units.flatMap((u) => [8, 32, 64, 100, 128].map((n) => fit(u, n)))

export type StrengthBenchResult = {
  rounds: number
  baselineMs: number
  worstMs: number
  worstRatio: number
  worstInput: string
  registryBaselineMs: number
  registryWorstMs: number
  registryWorstRatio: number
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!

/** Median over rounds of each input's time and of its ratio to the baseline of the same round. */
async function worstCase(rounds: number, run: (password: string) => Promise<unknown> | unknown) {
  for (const p of [BASELINE, ...adversarial]) await run(p) // warm-up (dictionaries, JIT)
  const base: number[] = []
  const times = adversarial.map(() => [] as number[])
  const ratios = adversarial.map(() => [] as number[])
  const time = async (p: string) => {
    const t = performance.now()
    await run(p)
    return performance.now() - t
  }
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < adversarial.length; i++) {
      const b = await time(BASELINE)
      const t = await time(adversarial[i]!)
      base.push(b)
      times[i]!.push(t)
      ratios[i]!.push(t / b)
    }
  }
  const medianRatios = ratios.map(median)
  const worst = medianRatios.indexOf(Math.max(...medianRatios))
  return {
    baselineMs: median(base),
    worstMs: Math.max(...times.map(median)),
    worstRatio: medianRatios[worst]!,
    worstInput: adversarial[worst]!,
  }
}

export async function runStrengthBench(rounds = 5): Promise<StrengthBenchResult> {
  const direct = await worstCase(rounds, (p) => checkPassword(p, ['laura', 'bianchi']))
  const h = await startHarness()
  try {
    const conn = h.connection()
    const viaRegistry = await worstCase(rounds, async (password) => {
      const r = await h.call(conn, 'accounts:check-password', {
        password,
        email: 'laura.bianchi@example.it',
      })
      if (!r.ok) throw new Error(`check-password failed: ${r.error.code}`)
    })
    return {
      rounds,
      ...direct,
      registryBaselineMs: viaRegistry.baselineMs,
      registryWorstMs: viaRegistry.worstMs,
      registryWorstRatio: viaRegistry.worstRatio,
    }
  } finally {
    await h.dispose()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await runStrengthBench(Number(process.argv[2] ?? 5))
  console.log(
    `password strength: worst of ${adversarial.length} adversarial 8-128-char passwords ${r.worstMs.toFixed(1)} ms ` +
      `vs ${r.baselineMs.toFixed(1)} ms for 12 chars = ${r.worstRatio.toFixed(1)}× (${r.worstInput.length} chars); ` +
      `through accounts:check-password ${r.registryWorstMs.toFixed(1)} ms vs ${r.registryBaselineMs.toFixed(1)} ms = ` +
      `${r.registryWorstRatio.toFixed(1)}× (median ratio of ${r.rounds} interleaved rounds)`,
  )
}
