// The catalogs against the code that speaks them: every key the renderer names exists, every key
// in the catalogs is named somewhere, and every English text is a translation (not the Italian one
// left as it was). Keys built at run time (`t(\`review.words.kind.${kind}\`)`) are declared below,
// with where their values come from. i18n-keys.test.ts checks the catalogs against each other.
import { readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorCodes } from '../../../src-shared/ipc/errors'
import { operatorRoles } from '../../../src-shared/ipc/roles'
import { auditOutcomes } from '../../../src-shared/ipc/channels/audit'
import {
  documentServiceSchema,
  documentTypeSchema,
} from '../../../src-shared/ipc/channels/documents'
import {
  rejectionReasonSchema,
  requestKindSchema,
  requestStatusSchema,
  scanSideSchema,
} from '../../../src-shared/ipc/channels/requests'
import { mediumSchema } from '../../../src-shared/ipc/channels/secure-channel'
import {
  customerAccountSchema,
  customerMatchSchema,
  customerPageSchema,
} from '../../../src-shared/ipc/channels/customers'
import { appModeSchema, localeSchema } from '../../../src-shared/ipc/channels/common'
import { passwordRules } from '../../../src-shared/domain/password-policy'
import { en as englishIndex } from '../../../src-renderer/i18n/en'
import { it as italianIndex } from '../../../src-renderer/i18n/it'
import { auditActions } from '../../../src-renderer/features/desk/components/audit-words'
import type { StillProblem } from '../../../src-renderer/features/requests/capture/quality'
import type { CameraFailure } from '../../../src-renderer/ui/camera/use-camera-stream'
import { findReferences, type Reference } from './i18n-references'

type Tree = { [key: string]: string | Tree }

const root = resolve(__dirname, '../../..')
const renderer = join(root, 'src-renderer')

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [p, v] of leaves(value, path)) out.set(p, v)
  }
  return out
}

// Each catalog file, so a failure says which one to edit.
const localeFiles = [
  join(renderer, 'ui/locales'),
  ...readdirSync(join(renderer, 'features'))
    .map((feature) => join(renderer, 'features', feature, 'locales'))
    .filter((dir) => {
      try {
        return readdirSync(dir).includes('it.ts')
      } catch {
        return false
      }
    }),
]
type Catalog = { locale: 'it' | 'en'; file: string; texts: Map<string, string> }
const catalogs: Catalog[] = []
for (const dir of localeFiles) {
  for (const locale of ['it', 'en'] as const) {
    const module = (await import(join(dir, `${locale}.ts`))) as Record<string, Tree>
    const tree = module[locale]
    if (tree)
      catalogs.push({
        locale,
        file: relative(root, join(dir, `${locale}.ts`)),
        texts: leaves(tree),
      })
  }
}
/** The catalog file holding a key, or else the one holding its first part (where to add it). */
const fileOfKey = (locale: 'it' | 'en', key: string): string => {
  const ofLocale = catalogs.filter((c) => c.locale === locale)
  const namespace = `${key.split('.')[0] ?? ''}.`
  return (
    ofLocale.find((c) => c.texts.has(key))?.file ??
    ofLocale.find((c) => [...c.texts.keys()].some((k) => k.startsWith(namespace)))?.file ??
    `src-renderer/features/<name>/locales/${locale}.ts`
  )
}
const textsOf = (locale: 'it' | 'en') =>
  new Map(catalogs.filter((c) => c.locale === locale).flatMap((c) => [...c.texts]))
const italian = textsOf('it')
const english = textsOf('en')
const keys = new Set(italian.keys())
/** `register.kind`: a branch of keys, passed whole to a component that adds the leaf. */
const branches = new Set(
  [...keys].flatMap((key) => {
    const parts = key.split('.')
    return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'))
  }),
)
const namespaces = new Set([...keys].map((key) => key.split('.')[0]))

const references = findReferences(renderer, root).filter((r) => !r.where.includes('/locales/'))
const literals = new Set(references.filter((r) => !r.dynamic).map((r) => r.text))

/** What one `*` of a dynamic key can be. */
type Part =
  /** A finite set: every combination of finite parts must be a key in both languages. */
  | readonly string[]
  /** A string literal of the renderer's own code (a list or a map on the screen). */
  | 'literals'
  /** Values main sends (audit codes, mail templates, field codes), looked up with te() and shown
   * as they are when unknown: any key matching counts as used, none is required. */
  | 'open'

/** A key put together at run time: the file that builds it, the template literal with each
 * `${…}` written `*`, where the values come from, and what each `*` can be. */
type DynamicKey = {
  file: string
  pattern: string
  from: string
  parts: readonly Part[]
  /** Keys it must find whatever the parts allow: the values a screen lists itself. */
  required?: readonly string[]
}

const dynamic = (file: string, pattern: string, from: string, ...parts: Part[]): DynamicKey => ({
  file,
  pattern,
  from,
  parts,
})
const each = (leaves: string[], make: (leaf: string) => DynamicKey): DynamicKey[] =>
  leaves.map(make)

const kinds = customerMatchSchema.shape.kind.options
/** Every member of a renderer's union type, checked by the compiler: a member added to `T` and
 * missing here fails typecheck, so its text is asked for. */
const allOf =
  <T extends string>() =>
  <const V extends readonly T[]>(
    values: V & ([Exclude<T, V[number]>] extends [never] ? unknown : never),
  ): readonly string[] =>
    values
const cameraFailures = allOf<CameraFailure>()(['denied', 'missing', 'busy', 'failed'])
const stillProblems = allOf<StillProblem>()(['dark', 'empty', 'glare', 'blurred'])
const mediums = mediumSchema.options
const sides = scanSideSchema.options
const settings = ['mailSettings', 'smsSettings', 'officeSettings']
const secretWords = (secret: string): string[] => {
  const Secret = secret.charAt(0).toUpperCase() + secret.slice(1)
  return [secret, `${secret}KeepHelp`, `${secret}NoneHelp`, `${secret}Saved`, `no${Secret}`].concat(
    [`${secret}ToRemove`, `remove${Secret}`, `keep${Secret}`, 'remove', 'removePending'],
  )
}

const auditActionKeys = Object.entries(auditActions).flatMap(([family, actions]) =>
  actions.map((action) => `audit.actions.${family}.${action}`),
)

// One line per key built at run time: the file, the pattern, where its values come from, and one
// Part per `*`. A table, so kept one line each.
// prettier-ignore
const dynamicKeys: DynamicKey[] = [
  dynamic('i18n/use-audience.ts', '*Desk', 'the desk twin of a text said by useAudienceText', 'open'),
  dynamic('i18n/use-error-message.ts', 'attempts.*', 'an error code counting tries', 'open'),
  dynamic('i18n/use-error-message.ts', 'errors.*', 'errorCodes', errorCodes),
  dynamic('ui/forms/use-field-errors.ts', 'errors.*', 'errorCodes', errorCodes),
  dynamic('ui/forms/use-field-errors.ts', 'fieldErrors.*', 'a validation code', 'open'),
  dynamic('ui/forms/use-field-errors.ts', 'fieldErrors.*.*', 'a field, a code', 'open', 'open'),
  ...each(['title', 'intro', 'save'], (leaf) => dynamic('ui/forms/SettingsForm.vue', `*.${leaf}`, 'the texts prop', settings)),
  // Only a screen that sends something (`delivery`) says it is in demo or not set up.
  ...each(['demoTitle', 'demoText', 'notConfiguredTitle', 'notConfiguredText'], (leaf) =>
    dynamic('ui/forms/SettingsForm.vue', `*.${leaf}`, 'the texts prop', ['mailSettings', 'smsSettings'])),
  ...each(['title', 'intro', 'empty'], (leaf) => dynamic('ui/lists/MessageList.vue', `*.${leaf}`, 'the texts prop', ['mailbox', 'smsbox', 'deadLetters'])),
  dynamic('ui/forms/SecretField.vue', '*.*', 'texts, secret', ['mailSettings'], secretWords('password')),
  dynamic('ui/forms/SecretField.vue', '*.*', 'texts, secret', ['smsSettings'], secretWords('authorization')),
  ...each(['name', 'nameHelp', 'portal', 'optional', 'portalHelp'], (leaf) =>
    dynamic('features/desk/components/OfficeFields.vue', `*.${leaf}`, 'the texts prop', ['officeSettings', 'setup.office'])),
  // The time zone is chosen in the office settings only (setup passes no zones).
  ...each(['timeZone', 'timeZoneHelp'], (leaf) => dynamic('features/desk/components/OfficeFields.vue', `*.${leaf}`, 'the texts prop', ['officeSettings'])),
  dynamic('features/desk/components/OfficeFields.vue', '*.zones.*', 'a time zone', ['officeSettings', 'setup.office'], 'open'),
  dynamic('features/accounts/components/PasswordStrength.vue', 'password.strength.score*', 'the score', ['0', '1', '2', '3', '4']),
  dynamic('features/accounts/components/PasswordStrength.vue', 'password.rule.*', 'PasswordRule', [...passwordRules, 'PASSWORD_TOO_COMMON']),
  dynamic('features/associations/components/AssociationForm.vue', 'associations.fieldErrors.*.*', 'a field, a code', 'open', 'open'),
  dynamic('features/associations/views/LostCodeView.vue', 'associations.fieldErrors.*.*', 'a field, a code', 'open', 'open'),
  dynamic('features/associations/components/BillCamera.vue', 'associations.camera.failed.*', 'CameraFailure', cameraFailures),
  dynamic('features/associations/components/BillPdfPicker.vue', 'associations.pdf.*', 'the outcome', ['read', 'noCode', 'broken', 'tooBig']),
  dynamic('features/associations/components/CustomerKindFields.vue', 'associations.form.*.*', 'the tax code field', ['partitaIva', 'codiceFiscale'], ['label', 'help']),
  dynamic('features/associations/components/CustomerKindFields.vue', '*.label', 'the texts prop', ['associations.kind', 'register.kind']),
  ...each(['title', 'text'], (leaf) =>
    dynamic('features/associations/components/CustomerKindFields.vue', `*.*.${leaf}`, 'the texts prop, the kind', ['associations.kind', 'register.kind'], kinds)),
  dynamic('features/customer-display/components/CustomerEntry.vue', 'customerEntry.*', 'the words of each entry kind', 'literals'),
  dynamic('features/customers/views/CustomerView.vue', 'customers.kind.*', 'the customer kind', kinds),
  dynamic('features/customers/views/SearchView.vue', 'customers.kind.*', 'the customer kind', kinds),
  dynamic('features/customers/views/CustomerView.vue', 'customers.page.countries.*', 'customerPageSchema', customerPageSchema.shape.customer.shape.country.options),
  dynamic('features/customers/views/CustomerView.vue', 'customers.page.status.*', 'customerAccountSchema', customerAccountSchema.shape.status.options),
  dynamic('features/customers/views/CustomerView.vue', 'customers.page.sections.*', 'the sections later releases fill', 'literals'),
  // Main may log an action the screen does not know (shown as its code); those it lists in the
  // action filter must have a text.
  { ...dynamic('features/desk/components/audit-words.ts', 'audit.actions.*.*', 'audit action codes', 'open', 'open'), required: auditActionKeys },
  dynamic('features/desk/components/audit-words.ts', 'audit.reasons.*', 'audit reason codes', 'open'),
  dynamic('features/desk/components/audit-words.ts', 'audit.outcomes.*', 'auditOutcomes', auditOutcomes),
  dynamic('features/desk/components/audit-words.ts', 'audit.nobody.*', 'the actor kind', 'open'),
  dynamic('features/desk/components/audit-words.ts', 'roles.*', 'operatorRoles', operatorRoles),
  dynamic('features/desk/views/AuditView.vue', 'audit.families.*', 'the keys of auditActions', Object.keys(auditActions)),
  dynamic('features/desk/views/DeadLettersView.vue', 'deadLetters.templates.*', 'mail templates', 'open'),
  dynamic('features/desk/views/MailSettingsView.vue', 'mailSettings.securityOptions.*', 'the options', ['starttls', 'tls']),
  dynamic('features/desk/views/OperatorsView.vue', 'roles.*', 'operatorRoles', operatorRoles),
  dynamic('features/shell/components/SessionBadge.vue', 'roles.*', 'operatorRoles', operatorRoles),
  dynamic('features/documents/components/PdfViewer.vue', 'documents.viewer.problem.*', 'PdfProblem', 'literals'),
  dynamic('features/documents/components/document-words.ts', 'documents.type.*', 'documentTypeSchema', documentTypeSchema.options),
  dynamic('features/documents/components/document-words.ts', 'documents.service.*', 'documentServiceSchema', documentServiceSchema.options),
  ...each(['title', 'text'], (leaf) => dynamic('features/home/components/DeskHome.vue', `desk.sections.*.${leaf}`, 'the desk areas', 'literals')),
  ...each(['title', 'text'], (leaf) => dynamic('features/home/components/KioskHome.vue', `kiosk.tiles.*.${leaf}`, 'the kiosk services', 'literals')),
  dynamic('features/requests/capture/IdDocumentCapture.vue', 'requests.capture.problem.*', 'StillProblem', stillProblems),
  dynamic('features/requests/capture/IdDocumentCapture.vue', 'requests.capture.step.*', 'the side, or done', [...sides, 'done']),
  dynamic('features/requests/capture/IdDocumentCapture.vue', 'requests.capture.thumbnail.*', 'scanSideSchema', sides),
  dynamic('features/requests/capture/IdDocumentCapture.vue', 'requests.capture.state.*.*', 'the side, sideState()', sides, ['done', 'now', 'todo']),
  dynamic('features/requests/capture/IdDocumentCapture.vue', 'requests.capture.retakeSide.*', 'scanSideSchema', sides),
  dynamic('features/requests/capture/IdDocumentCapture.vue', 'requests.capture.still.*', 'scanSideSchema', sides),
  dynamic('features/requests/capture/IdDocumentCapture.vue', 'requests.capture.failed.*', 'CameraFailure', cameraFailures),
  dynamic('features/requests/components/DeskRequestsChange.vue', 'deskRequests.change.newContact.*', 'mediumSchema', mediums),
  dynamic('features/requests/components/DeskRequestsChange.vue', 'deskRequests.change.confirm.*', 'mediumSchema', mediums),
  dynamic('features/requests/components/ScanFilePicker.vue', 'deskRequests.scans.*', 'scanSideSchema', sides),
  dynamic('features/requests/views/ContactChangeView.vue', 'requests.medium.*', 'mediumSchema', mediums),
  ...each(['mediumHelp', 'newContact', 'newContactHelp', 'confirmContact'], (leaf) =>
    dynamic('features/requests/views/ContactChangeView.vue', `requests.change.${leaf}.*`, 'mediumSchema', mediums)),
  dynamic('features/review/components/ScanSide.vue', 'review.request.sides.*', 'scanSideSchema', sides),
  dynamic('features/review/request-words.ts', 'review.words.kind.*', 'requestKindSchema', requestKindSchema.options),
  dynamic('features/review/request-words.ts', 'review.words.status.*', 'requestStatusSchema', requestStatusSchema.options),
  dynamic('features/review/request-words.ts', 'review.words.reason.*', 'rejectionReasonSchema', rejectionReasonSchema.options),
  dynamic('features/review/request-words.ts', 'review.words.medium.*', 'mediumSchema', mediums),
  dynamic('features/review/views/ReviewQueueView.vue', 'review.queue.decided.*', 'the decision', ['approved', 'rejected']),
  dynamic('features/review/views/ReviewRequestView.vue', 'review.request.cannot.*', 'cannotDecide', ['OWN_REQUEST', 'SERVED_THIS_CUSTOMER', 'DECIDED']),
  dynamic('features/secure-channel/components/SecureChannelCard.vue', 'secureChannel.medium.*', 'mediumSchema', mediums),
  dynamic('features/secure-channel/views/SecureChannelView.vue', 'secureChannel.medium.*', 'mediumSchema', mediums),
  ...each(['title', 'text'], (leaf) => dynamic('features/setup/views/SetupView.vue', `setup.mode.*.${leaf}`, 'appModeSchema', appModeSchema.options)),
  dynamic('features/shell/components/LanguageSwitch.vue', 'lang.*', 'the locales', localeSchema.options),
]

/** Template literals shaped like keys that are not keys. */
const notKeys = [
  { file: 'features/requests/send-scan.ts', pattern: '*.jpg' }, // a file name
  { file: 'features/desk/views/AuditView.vue', pattern: '*.*' }, // an audit action code
]

/**
 * Words an English text may share with the Italian one: a text the same in both languages passes
 * only if each of its words (outside `{parameters}`) is here.
 */
const sameInBothLanguages = new Set([
  // The seeds' vocabulary, kept in English too (SPEC.md: the UI "keeps their vocabulary"; seed
  // 003's buttons and its choice of EMAIL or SMS).
  ...['RESET', 'LOGIN', 'CONFERMA', 'MODIFICA', 'CERCA', 'FILE', 'EMAIL', 'SMS'],
  // Words English borrowed or shares: the same word in both languages.
  ...['Email', 'Password', 'account', 'Server', 'Database', 'Gas', 'DEMO', 'STARTTLS'],
  // Names: the product, a country and its time zone, the Italian tax code, each language's own.
  ...['Sportello', 'San', 'Marino', 'Europe', 'San_Marino', 'Codice', 'fiscale'],
  ...['Italiano', 'English'],
])
const wordsOf = (text: string): string[] =>
  text.replace(/\{\w+\}/g, ' ').match(/[\p{L}\d_]+/gu) ?? []
const sharedWordsOnly = (text: string): boolean =>
  wordsOf(text).every((word) => sameInBothLanguages.has(word))

const fileOf = (reference: Reference): string =>
  reference.where.replace(/^src-renderer\//, '').replace(/:\d+$/, '')
const keyShaped = (text: string): boolean =>
  /^[\w*]+(\.[\w*]+)+$/.test(text) &&
  (namespaces.has(text.split('.')[0] ?? '') || text.startsWith('*'))
const dynamicUses = references.filter(
  (r) => r.dynamic && (r.position === 'call' || keyShaped(r.text)),
)
const isNotKey = (use: Reference): boolean =>
  notKeys.some((n) => n.file === fileOf(use) && n.pattern === use.text)
const declarationsOf = (use: Reference): DynamicKey[] =>
  dynamicKeys.filter((d) => d.file === fileOf(use) && d.pattern === use.text)

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every key a declaration can produce, when each of its parts is a finite set. */
function expansions(declaration: DynamicKey): string[] | undefined {
  const pieces = declaration.pattern.split('*')
  let out = [pieces[0] ?? '']
  for (const [i, part] of declaration.parts.entries()) {
    if (!Array.isArray(part)) return undefined
    out = out.flatMap((head) =>
      (part as readonly string[]).map((value) => head + value + pieces[i + 1]),
    )
  }
  return out
}

function covers(declaration: DynamicKey, key: string): boolean {
  const finite = expansions(declaration)
  if (finite) return finite.includes(key)
  const pieces = declaration.pattern.split('*')
  const source = pieces
    .map((piece, i) => {
      if (i === 0) return escape(piece)
      const part = declaration.parts[i - 1]
      const group = Array.isArray(part) ? `(${part.map(escape).join('|')})` : '(.+?)'
      return group + escape(piece)
    })
    .join('')
  const match = new RegExp(`^${source}$`).exec(key)
  if (!match) return false
  return declaration.parts.every(
    (part, i) => part !== 'literals' || literals.has(match[i + 1] ?? ''),
  )
}

describe('i18n keys in the code', () => {
  it('finds the keys of scripts and templates (the scan is not blind)', () => {
    expect(references.filter((r) => r.position === 'call').length).toBeGreaterThan(500)
    expect(dynamicUses.length).toBeGreaterThan(20)
    const inTemplate = references.find((r) => r.text === 'desk.title' && r.position === 'call')
    expect(inTemplate?.where).toMatch(
      /^src-renderer\/features\/home\/components\/DeskHome\.vue:\d+$/,
    )
  })

  it('registers every locale file in the index (src-renderer/i18n/{it,en}.ts)', () => {
    const indexes = { it: leaves(italianIndex), en: leaves(englishIndex as Tree) }
    const unregistered = catalogs.flatMap((catalog) => {
      const off = [...catalog.texts.keys()].filter(
        (key) => indexes[catalog.locale].get(key) !== catalog.texts.get(key),
      )
      if (off.length === 0) return []
      const index = `src-renderer/i18n/${catalog.locale}.ts`
      return [
        `${catalog.file}: ${off.length} texts (${off[0]}…) not served by ${index}; add its line`,
      ]
    })
    expect(unregistered).toEqual([])
  })

  it('names no key the catalogs lack', () => {
    const missing = references
      .filter((r) => !r.dynamic)
      .filter((r) => r.position === 'call' || keyShaped(r.text))
      .filter((r) => !keys.has(r.text) && !(r.position !== 'call' && branches.has(r.text)))
      .map(
        (r) =>
          `${r.where}: "${r.text}" is in neither ${fileOfKey('it', r.text)} nor ${fileOfKey('en', r.text)}`,
      )
    expect(missing).toEqual([])
  })

  it('declares every key built at run time, with where its values come from', () => {
    const undeclared = dynamicUses
      .filter((use) => declarationsOf(use).length === 0 && !isNotKey(use))
      .map((use) => `${use.where}: \`${use.text}\` is built at run time; declare it in dynamicKeys`)
    expect(undeclared).toEqual([])
  })

  it('declares nothing the code no longer builds', () => {
    const stale = dynamicKeys
      .filter((d) => !dynamicUses.some((use) => declarationsOf(use).includes(d)))
      .map((d) => `dynamicKeys: ${d.file} no longer builds \`${d.pattern}\``)
    expect(stale).toEqual([])
  })

  it('has a text for every value a key built at run time can take', () => {
    const missing: string[] = []
    for (const declaration of dynamicKeys) {
      for (const key of [...(expansions(declaration) ?? []), ...(declaration.required ?? [])]) {
        for (const locale of ['it', 'en'] as const) {
          if (!textsOf(locale).has(key)) {
            missing.push(
              `${locale}: ${key} missing from ${fileOfKey(locale, key)} (${declaration.file} builds \`${declaration.pattern}\` from ${declaration.from})`,
            )
          }
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('uses every key of the catalogs', () => {
    const unused = [...keys]
      .filter((key) => !literals.has(key) && !dynamicKeys.some((d) => covers(d, key)))
      .map(
        (key) =>
          `${key} (${fileOfKey('it', key)}, ${fileOfKey('en', key)}) is used nowhere in src-renderer`,
      )
    expect(unused).toEqual([])
  })

  it('translates every text: English differs from Italian but for names the same in both', () => {
    const untranslated = [...italian]
      .filter(([key, text]) => english.get(key) === text && !sharedWordsOnly(text))
      .map(([key, text]) => `en: ${key} is still the Italian "${text}" (${fileOfKey('en', key)})`)
    expect(untranslated).toEqual([])
  })

  it('allows only words some text still shares', () => {
    const shared = [...italian].filter(([key, text]) => english.get(key) === text)
    const stale = [...sameInBothLanguages].filter(
      (word) => !shared.some(([, text]) => wordsOf(text).includes(word)),
    )
    expect(stale, 'sameInBothLanguages: no text shares these any more').toEqual([])
  })

  it('says "not a key" only of what the code still builds', () => {
    const stale = notKeys.filter(
      (n) => !dynamicUses.some((use) => fileOf(use) === n.file && use.text === n.pattern),
    )
    expect(stale).toEqual([])
  })
})
