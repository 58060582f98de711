// Time as a collaborator: services ask a Clock, so a test can stand at 4:59 and 5:01 of an OTP.
export type Clock = { now(): Date }

export const systemClock: Clock = { now: () => new Date() }

/** A clock a test moves by hand. */
export function manualClock(
  start: Date | string,
): Clock & { set(at: Date | string): void; advance(ms: number): void } {
  let current = new Date(start)
  return {
    now: () => new Date(current),
    set: (at) => void (current = new Date(at)),
    advance: (ms) => void (current = new Date(current.getTime() + ms)),
  }
}
