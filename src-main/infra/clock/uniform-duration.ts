// Answers that must not reveal which path they took (known or unknown email) also take the same
// time: the work is done, then the answer waits until a fixed floor has passed. Wall time, on
// purpose: this is about what an observer measures, not about the business clock.
import { setTimeout as sleep } from 'node:timers/promises'

export async function atLeast<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  const left = floorMs - (performance.now() - started)
  if (left > 0) await sleep(left)
  return result
}
