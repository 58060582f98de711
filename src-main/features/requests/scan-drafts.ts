// The ID document's sides a screen has sent for the request it is filling in: checked and sealed
// as they arrive, kept in memory only (sealed, bound to their future scan id), one per side, until
// the request is sent, the visit or service ends, or half an hour passes.
import type { ScanSide } from '../../../src-shared/ipc'
import type { Clock } from '../../infra/clock/clock'
import type { Connection } from '../identity'

export const DRAFT_TTL_MS = 30 * 60_000

export type ScanDraft = { id: string; side: ScanSide; mime: string; sealed: Buffer; bytes: number }

export function createScanDrafts(clock: Clock) {
  const drafts = new Map<string, { sides: Map<ScanSide, ScanDraft>; at: number }>()
  const keyOf = (screen: Connection) => `${screen.transport}\u0000${screen.connectionId}`

  function put(screen: Connection, draft: ScanDraft): void {
    const key = keyOf(screen)
    const held = fresh(key) ?? { sides: new Map(), at: clock.now().getTime() }
    held.sides.set(draft.side, draft)
    held.at = clock.now().getTime()
    drafts.set(key, held)
  }

  function fresh(key: string) {
    const held = drafts.get(key)
    if (held && held.at + DRAFT_TTL_MS <= clock.now().getTime()) {
      drafts.delete(key)
      return undefined
    }
    return held
  }

  /** Both sides, or which are missing. */
  function both(
    screen: Connection,
  ): { front: ScanDraft; back: ScanDraft } | { missing: ScanSide[] } {
    const sides = fresh(keyOf(screen))?.sides
    const front = sides?.get('front')
    const back = sides?.get('back')
    if (front && back) return { front, back }
    return { missing: (['front', 'back'] as const).filter((side) => !sides?.get(side)) }
  }

  const drop = (screen: Connection) => void drafts.delete(keyOf(screen))

  return { put, both, drop }
}

export type ScanDrafts = ReturnType<typeof createScanDrafts>
