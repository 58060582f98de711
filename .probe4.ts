import { Session } from 'node:inspector/promises'
import { writeFileSync } from 'node:fs'
import { runOutboxBench } from './bench/outbox.bench'
const session = new Session(); session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 500 })
await session.post('Profiler.start')
console.log(await runOutboxBench({ count: 1000, rounds: 2 }))
const { profile } = await session.post('Profiler.stop'); writeFileSync('/tmp/bench.cpuprofile', JSON.stringify(profile))
