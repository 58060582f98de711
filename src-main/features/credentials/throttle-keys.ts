// Throttle keys: a subject's own (`account:<id>`, `operator:<id>`), or for an unknown identifier
// its hash, so that unknown subjects lock exactly like real ones and the answers reveal nothing.
import { sha256 } from '../../infra/crypto/secrets'
import type { SubjectKind } from '../identity'

export const throttleKey = (kind: SubjectKind, id: string): string => `${kind}:${id}`

export const unknownSubjectKey = (kind: SubjectKind, identifier: string): string =>
  `unknown:${sha256(`${kind}:${identifier}`)}`
