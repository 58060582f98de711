// Login latency: a customer login through the registry (throttle, lookup, scrypt verify with the
// production parameters N=2^17, session, audit) beside a bare scrypt verification, in interleaved
// rounds. The hash is the cost by design (≈ 430 ms here); the app's own work should add little.
// The hash runs on libuv's thread pool; the longest event-loop stall is reported (SQLite commits
// block it briefly, the hash does not).
// Run: node --import tsx bench/login.bench.ts [rounds]
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import {
  createPasswordHasher,
  currentParams,
  type ScryptParams,
} from '../src-main/infra/crypto/password-hash'
import { privateCustomer, startHarness } from '../test/support/counter-harness'

export type LoginBenchResult = {
  rounds: number
  loginMs: number
  bareVerifyMs: number
  ratio: number
  maxLoopStallMs: number
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!

export async function runLoginBench(
  rounds = 7,
  params: ScryptParams = currentParams,
): Promise<LoginBenchResult> {
  const h = await startHarness({ scrypt: params })
  try {
    const email = 'laura.bianchi@example.it'
    const password = 'Bolletta-Luce-26'
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
    await h.call(h.connection(), 'accounts:confirm', {
      token: (await h.lastMail(email))!.params.token!,
    })
    const hash = (await h.db('counter_accounts').first('password_hash')).password_hash as string
    const bare = createPasswordHasher(params)

    const loop = monitorEventLoopDelay({ resolution: 5 })
    loop.enable()
    const login: number[] = []
    const verify: number[] = []
    for (let i = 0; i < rounds; i++) {
      let t = performance.now()
      const result = await h.call(h.connection(), 'accounts:login', { identifier: email, password })
      login.push(performance.now() - t)
      if (!result.ok) throw new Error(`login failed: ${result.error.code}`)
      t = performance.now()
      await bare.verify(password, hash)
      verify.push(performance.now() - t)
    }
    loop.disable()
    return {
      rounds,
      loginMs: median(login),
      bareVerifyMs: median(verify),
      ratio: median(login.map((l, i) => l / verify[i]!)),
      maxLoopStallMs: loop.max / 1e6,
    }
  } finally {
    await h.dispose()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await runLoginBench(Number(process.argv[2] ?? 7))
  console.log(
    `login: median ${r.loginMs.toFixed(0)} ms vs bare scrypt verify ${r.bareVerifyMs.toFixed(0)} ms = ${r.ratio.toFixed(2)}× ` +
      `(N=2^17; longest event-loop stall, SQLite commits included: ${r.maxLoopStallMs.toFixed(1)} ms, ${r.rounds} rounds)`,
  )
}
