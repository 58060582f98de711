// Who is calling: the caller and its subject kinds, the actor the audit log records, sessions
// (owns counter_sessions) and the session view the renderer sees.
export {
  actorOf,
  anonymousCaller,
  subjectKindOf,
  type Actor,
  type ActorKind,
  type Caller,
  type Connection,
  type SubjectKind,
} from './caller'
export {
  createSessionService,
  sessionLimits,
  type SessionService,
  type SubjectDirectory,
} from './session-service'
export { sessionHandlers } from './session-handlers'
