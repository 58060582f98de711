// Throttle keys: a subject's own (`account:<id>`, `operator:<id>`), or for an unknown identifier
// its hash, so that unknown subjects lock exactly like real ones and the answers reveal nothing;
// and the device's, counted across every subject it tries.
import { sha256 } from '../../infra/crypto/secrets'
import type { Connection, SubjectKind } from '../identity'

export const throttleKey = (kind: SubjectKind, id: string): string => `${kind}:${id}`

export const unknownSubjectKey = (kind: SubjectKind, identifier: string): string =>
  `unknown:${sha256(`${kind}:${identifier}`)}`

/** A device: one renderer connection (a kiosk's or a desk's window), whoever it signs in as. */
export const deviceKey = ({ transport, connectionId }: Connection): string =>
  `device:${sha256(`${transport}:${connectionId}`)}`
