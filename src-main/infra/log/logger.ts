// Structured logging (pino). Secrets never reach a log line: known secret fields are redacted,
// and no bound SQL value does either. knex writes every failed statement with its values filled in
// at the front of the error's message (`insert into … values ('scrypt$…', …) - UNIQUE constraint
// failed: …`), so the stack too; a caller logging such an error, or its message, would log a
// password hash or a live code. Here, in the one place every log line passes, is where that text
// goes: errors are serialised without it (cause and aggregated errors included, knex's `sql` and
// `bindings` properties dropped), and every string of the finished line is scrubbed of it.
import pino from 'pino'

export type Logger = pino.Logger

/** What stands in for the statement: SQLite's own words (after the last " - ") stay. */
export const SQL_REDACTED = '[sql redacted]'

/**
 * knex's "<statement with its values> - <driver's message>": from the statement's first keyword
 * to the last " - " (a value may hold " - " itself; the driver's message comes after them all).
 */
const KNEX_STATEMENT = new RegExp(
  '\\b(?:' +
    [
      'insert\\s+(?:or\\s+\\w+\\s+)?into\\b',
      'replace\\s+into\\b',
      'update\\s+\\S+\\s+set\\b',
      'delete\\s+from\\b',
      'select\\s[\\s\\S]*?\\bfrom\\b',
      'with\\s+(?:recursive\\s+)?\\S+[\\s\\S]*?\\bas\\s*\\(',
      'pragma\\s+\\w',
      '(?:create|alter|drop)\\s+(?:temp\\s+|unique\\s+)?(?:table|index|trigger|view)\\b',
    ].join('|') +
    ')[\\s\\S]*\\s-\\s',
  'i',
)

/** The text without any SQL statement knex put in front of an error's message. */
export function stripSql(text: string): string {
  return text.replace(KNEX_STATEMENT, `${SQL_REDACTED} - `)
}

/** Properties of an error that hold a statement or its values (knex, drivers). */
const STATEMENT_PROPERTIES = new Set(['sql', 'bindings', 'parameters', 'params', 'query', 'values'])
/** An error's code when it names a kind of failure (SQLITE_CONSTRAINT_UNIQUE, ECONNREFUSED). */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,63}$/
const MAX_CAUSES = 5

type SerializedError = {
  type: string
  message: string
  stack?: string
  errorCode?: string
  cause?: SerializedError | string
  errors?: (SerializedError | string)[]
  [key: string]: unknown
}

function isErrorLike(value: unknown): value is Error {
  return (
    value instanceof Error ||
    (typeof value === 'object' && value !== null && typeof (value as Error).message === 'string')
  )
}

/**
 * The `err` serializer: type, message and stack without any statement or value, a code that names
 * the failure (as `errorCode`: `code` is a redacted field name, it may be a 6-digit code), other
 * own primitive properties, `cause` and `errors` the same way, nested at most MAX_CAUSES deep.
 */
export function serializeError(err: unknown, depth = 0): SerializedError | string {
  if (!isErrorLike(err)) return stripSql(String(err))
  const e = err as Error & Record<string, unknown>
  const type =
    typeof e.type === 'string' && !(err instanceof Error)
      ? e.type
      : (Object.getPrototypeOf(err)?.constructor?.name ?? 'Error')
  const message = stripSql(e.message)
  const out: SerializedError = { type, message }
  if (typeof e.stack === 'string') {
    // The stack begins with the message as it was: put the stripped one in its place.
    const header = `${e.name}: ${e.message}`
    out.stack = stripSql(
      e.stack.startsWith(header) ? `${e.name}: ${message}${e.stack.slice(header.length)}` : e.stack,
    )
  }
  const code = e.code ?? e.errorCode
  if (typeof code === 'string' && ERROR_CODE.test(code)) out.errorCode = code
  for (const key of Object.keys(e)) {
    if (key in out || key === 'code' || key === 'cause' || key === 'errors') continue
    if (STATEMENT_PROPERTIES.has(key)) continue
    const value = e[key]
    if (typeof value === 'string') out[key] = stripSql(value)
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = value
  }
  if (depth < MAX_CAUSES) {
    if (e.cause !== undefined) out.cause = serializeError(e.cause, depth + 1)
    if (Array.isArray(e.errors))
      out.errors = e.errors.map((inner) => serializeError(inner, depth + 1))
  }
  return out
}

/** Errors logged under a key other than `err` go through the same serializer. */
function serializeErrorsIn(object: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined
  for (const [key, value] of Object.entries(object)) {
    if (key !== 'err' && value instanceof Error) {
      copy ??= { ...object }
      copy[key] = serializeError(value)
    }
  }
  return copy ?? object
}

/** A JSON string literal, escapes included. */
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g

/** The finished line, each of its strings stripped: the message, a field, a child's bindings. */
function stripSqlFromLine(line: string): string {
  return line.replace(JSON_STRING, (literal) => stripSql(literal))
}

export function createLogger(
  options: { level?: string; destination?: pino.DestinationStream } = {},
): Logger {
  return pino(
    {
      level: options.level ?? process.env.SPORTELLO_LOG_LEVEL ?? 'info',
      redact: {
        paths: [
          '*.password',
          '*.newPassword',
          '*.otp',
          '*.token',
          '*.code',
          'password',
          'token',
          'otp',
        ],
        censor: '[redacted]',
      },
      serializers: { err: serializeError },
      formatters: { log: serializeErrorsIn },
      hooks: { streamWrite: stripSqlFromLine },
    },
    options.destination ?? pino.destination(2),
  )
}

export const silentLogger: Logger = pino({ level: 'silent' })
