// One side of the ID document to main (`requests:add-scan`): a scanner's file at a desk, the
// camera's photo at a kiosk, read as base64 here and checked, re-encoded and sealed there.
import type { Result, ScanSide } from '../../../src-shared/ipc'
import { fail } from '../../../src-shared/ipc'
import { invoke } from '../../ipc/client'

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsDataURL(blob)
  })
}

export async function sendScan(
  side: ScanSide,
  blob: Blob,
  fileName: string,
): Promise<Result<{ bytes: number }>> {
  let dataBase64: string
  try {
    dataBase64 = await base64Of(blob)
  } catch {
    return fail('SCAN_UNREADABLE', { issues: [{ path: side, code: 'SCAN_UNREADABLE' }] })
  }
  const result = await invoke((main) => main.requests['add-scan']({ side, fileName, dataBase64 }))
  return result.ok ? { ok: true, value: { bytes: result.value.bytes } } : result
}

/** Both sides of the camera's photos, front first; the first refusal stops. */
export async function sendSides(sides: {
  front: Blob | null
  back: Blob | null
}): Promise<Result<null>> {
  for (const side of ['front', 'back'] as const) {
    const photo = sides[side]
    if (!photo) return fail('SCANS_MISSING', { issues: [{ path: 'sides', code: 'SCANS_MISSING' }] })
    const sent = await sendScan(side, photo, `${side}.jpg`)
    if (!sent.ok)
      return fail(sent.error.code, { issues: [{ path: 'sides', code: sent.error.code }] })
  }
  return { ok: true, value: null }
}
