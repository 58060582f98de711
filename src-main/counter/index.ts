// The counter's main-process services, assembled. Runs in plain Node: the Electron shell
// (src-main/app) and the browser test host (test/support) both start it and serve its registry.
import type { Knex } from 'knex'
import type { CounterInfo, AppMode, CounterMode } from '../../src-shared/ipc'
import { type Clock, systemClock } from '../infra/clock/clock'
import { createPasswordHasher, type PasswordHasher } from '../infra/crypto/password-hash'
import { cryptoRandom, type Random } from '../infra/crypto/random'
import { databaseFile, resolveDataDir } from '../infra/files/data-dir'
import { createScreenScratch, type ScreenScratch } from '../infra/files/screen-scratch'
import { migrateToLatest, openDatabase } from '../infra/db/open-database'
import { createLogger, type Logger } from '../infra/log/logger'
import { enqueueMail, enqueueSms } from '../infra/outbox/outbox'
import { createRegistry, type Handlers, type Registry } from '../ipc/registry'
import {
  accountPeople,
  accountsHoldingCustomers,
  activeAssociations,
  accountSubjects,
  actingAccount,
  accountsHandlers,
  associationOf,
  associationsHandlers,
  createAccountService,
  createAssociations,
  customerCodesOf,
  markChannelConfirmed,
  type EnqueueMail,
} from '../features/accounts'
import { customersHandlers } from '../features/customers'
import {
  createCustomerDisplay,
  createSecretReveal,
  displayHandlers,
} from '../features/customer-display'
import { codesMatching, customerLabels } from '../features/replica'
import { auditHandlers, createAuditLog, type PeopleDirectory } from '../features/audit'
import { createPasswordChange, createPasswordGate } from '../features/credentials'
import { ensureDemoData, retireDemoOperators, type DemoProgress } from '../features/demo'
import {
  createSessionService,
  sessionHandlers,
  type Caller,
  type SubjectDirectory,
} from '../features/identity'
import {
  createOperatorService,
  operatorSubjects,
  operatorIdsMatching,
  operatorLabels,
  operatorsHandlers,
} from '../features/operators'
import { officeForMail, readStoredMode, settingsHandlers } from '../features/settings'
import {
  createSetupService,
  ensureSetupKey,
  removeSetupKey,
  setupHandlers,
  setupKeyFile,
} from '../features/setup'
import { createSecureChannel, secureChannelHandlers } from '../features/secure-channel'
import { createRequests, requestsHandlers } from '../features/requests'
import { createDocuments, documentAttachments, documentsHandlers } from '../features/documents'
import { systemHandlers } from '../features/system'
import {
  createKioskLock,
  ensureDemoExitPin,
  kioskHandlers,
  retireDemoExitPin,
} from '../features/kiosk'
import {
  openSecretBox,
  unprotectedKeys,
  type KeyProtector,
  type SecretBox,
} from '../infra/crypto/secret-box'
import { mailHandlers, startMailService } from '../features/mail'

export type CounterOptions = {
  /** Default data directory (Electron's userData); SPORTELLO_DATA_DIR overrides it. */
  dataDir: string
  version: string
  /**
   * Forced mode (`--kiosk` / `--desk`) of a configured installation; otherwise its stored mode.
   * With none stored, a demo counter is a desk (a checkout's default) and any other starts the
   * first-run setup (`mode: 'setup'`), where this mode is only offered first.
   */
  mode?: AppMode
  /**
   * Demo mode: fills an empty replica with demo data and creates the demo operators. Refused on a
   * replica demo seeding did not make; without it, the demo operators are disabled.
   */
  demo: boolean
  /** Customers a demo seeding generates (tests, benchmarks); the default otherwise. */
  demoSize?: number
  clock?: Clock
  random?: Random
  logger?: Logger
  hasher?: PasswordHasher
  onDemoProgress?: (progress: DemoProgress) => void
  /** Wraps the secret box's data key: Electron's safeStorage in the app. */
  keyProtector?: KeyProtector
  /** The first-run setup was stored: the host starts the counter again (the app relaunches). */
  onConfigured?: () => void
}

export type Counter = {
  db: Knex
  registry: Registry
  services: Services
  info: CounterInfo
  dataDir: string
  logger: Logger
  close(): Promise<void>
}

export type ServiceDeps = {
  db: Knex
  clock: Clock
  random: Random
  hasher: PasswordHasher
  logger: Logger
  info: CounterInfo
  dataDir: string
  databaseFile: string
  /** Floor for answers that must not reveal whether an email is known (see atLeast). */
  uniformResponseMs?: number
  box: SecretBox
  /** Called after a mail is queued, so the sender need not wait for its next poll. */
  onMailQueued?: () => void
  onMailSettingsChanged?: () => Promise<void>
  onSmsSettingsChanged?: () => Promise<void>
  /** Whether SMS can be sent now (a gateway configured, or demo mode's catcher). */
  smsAvailable?: () => boolean
  /** Each screen's temporary files, wiped when its customer's visit or service ends. */
  scratch?: ScreenScratch
  /** An unconfigured installation's setup: its one-time key and the mode the launch asked for. */
  setup?: { key: string; suggestedMode?: AppMode }
  onConfigured?: () => void
}

/** Every service and the handler registry over them: one assembly for the app and the tests. */
/** How often the purge of expired ID scans runs (besides at start). */
const SCAN_PURGE_INTERVAL_MS = 60 * 60_000
/** How often the documents' notices are looked for (besides at start). */
const DOCUMENT_NOTICES_INTERVAL_MS = 15 * 60_000

export function assembleServices(deps: ServiceDeps) {
  const { db, clock, random, hasher, logger, info } = deps
  const audit = createAuditLog({ clock, random })
  // Identity asks the owners of the subjects who they are.
  const subjects: SubjectDirectory = {
    standing: (trx, kind, id) =>
      kind === 'account' ? accountSubjects.standing(trx, id) : operatorSubjects.standing(trx, id),
    account: accountSubjects.view,
    operator: operatorSubjects.view,
  }
  // The audit log names the people its ids stand for: operators, customers' accounts, and the
  // customers an operator served (by codice cliente).
  const people: PeopleDirectory = {
    async labels(trx, ids) {
      return new Map([
        ...(await operatorLabels(trx, ids)),
        ...(await accountPeople.labels(trx, ids)),
        ...(await customerLabels(trx, ids)),
      ])
    },
    async idsMatching(trx, words) {
      return [
        ...(await operatorIdsMatching(trx, words)),
        ...(await accountPeople.idsMatching(trx, words)),
        ...(await codesMatching(trx, words)),
      ]
    },
  }
  const sessions = createSessionService({
    db,
    clock,
    random,
    mode: info.mode,
    box: deps.box,
    subjects,
  })
  const passwordGate = createPasswordGate({ db, hasher })
  const mail: EnqueueMail = async (trx, request) => {
    const id = await enqueueMail(trx, { clock, random, box: deps.box }, request)
    deps.onMailQueued?.()
    return id
  }
  const sms: EnqueueMail = async (trx, request) => {
    const id = await enqueueSms(trx, { clock, random, box: deps.box }, request)
    deps.onMailQueued?.()
    return id
  }
  const common = { db, clock, random, hasher, sessions, audit, passwordGate }
  const accounts = createAccountService({
    ...common,
    enqueueMail: mail,
    officeForMail,
    uniformResponseMs: deps.uniformResponseMs,
  })
  const associations = createAssociations({
    db,
    clock,
    random,
    audit,
    enqueueMail: mail,
    enqueueSms: sms,
    smsAvailable: () => deps.smsAvailable?.() ?? false,
    uniformResponseMs: deps.uniformResponseMs,
    timeZoneOf: async (trx) => (await officeForMail(trx)).timeZone,
  })
  const secureChannel = createSecureChannel({
    db,
    clock,
    random,
    audit,
    enqueueMail: mail,
    enqueueSms: sms,
    accounts: {
      acting: (caller, code, accountEmail) => actingAccount(db, caller, code, accountEmail),
      reconfirm: accounts.reconfirm,
      holds: async (trx, accountId, code) => !!(await associationOf(trx, accountId, code)),
      markChannelConfirmed,
      issueFirstAccessPassword: accounts.issueFirstAccessPassword,
    },
    smsAvailable: () => deps.smsAvailable?.() ?? false,
  })
  const operators = createOperatorService({ ...common, mode: info.mode })
  const kiosk = createKioskLock({
    db,
    clock,
    hasher,
    audit,
    verifyAdmin: operators.verifyAdmin,
  })
  const setup = createSetupService({
    db,
    clock,
    hasher,
    audit,
    operators,
    dataDir: deps.dataDir,
    setupKey: deps.setup?.key,
    suggestedMode: deps.setup?.suggestedMode,
    onConfigured: deps.onConfigured,
  })

  const display = createCustomerDisplay({
    db,
    clock,
    random,
    audit,
    operatorName: async (caller) => {
      const view = await sessions.view(db, caller)
      return view.kind === 'operator' ? view.displayName : ''
    },
  })
  const reveal = createSecretReveal(display, info.mode)
  const scratch = deps.scratch ?? createScreenScratch(deps.dataDir)
  // A customer's visit (kiosk) or service (desk) ended: nothing of them stays for this screen.
  const forgetService = (caller: Caller) => {
    accounts.forgetScreen(caller)
    secureChannel.forgetScreen(caller)
    requests.dropScans(caller)
    display.forget(caller, false)
    scratch.wipe(caller.connectionId)
    // A kiosk left unlocked by the exit PIN is locked again with the visit's end.
    void kiosk.lock(caller)
  }
  // The screen's session ended (ESCI, sign-out): its customer display goes too.
  const forgetScreen = (caller: Caller) => {
    forgetService(caller)
    display.forget(caller, true)
  }

  const requests = createRequests({
    db,
    clock,
    random,
    audit,
    box: deps.box,
    enqueueMail: mail,
    enqueueSms: sms,
    smsAvailable: () => deps.smsAvailable?.() ?? false,
    accounts: {
      acting: (caller, code, accountEmail) => actingAccount(db, caller, code, accountEmail),
      holds: async (trx, accountId, code) => !!(await associationOf(trx, accountId, code)),
      holderOf: async (trx, code) =>
        (await accountsHoldingCustomers(trx, [code], { holdersOnly: true }))[0]?.id ?? null,
      issueFirstAccessPassword: accounts.issueFirstAccessPassword,
    },
    channels: secureChannel,
    operatorName: async (trx, id) => (await operatorLabels(trx, [id])).get(id)?.name ?? null,
    servedInSession: (caller, code) => sessions.hasServed(caller, code),
  })

  const documents = createDocuments({
    db,
    clock,
    random,
    audit,
    enqueueMail: mail,
    accounts: {
      acting: (caller, code, accountEmail) => actingAccount(db, caller, code, accountEmail),
      holds: async (trx, accountId, code) => !!(await associationOf(trx, accountId, code)),
      codesOf: customerCodesOf,
      recipients: activeAssociations,
    },
    officeForMail,
    mode: info.mode,
  })

  const changePassword = createPasswordChange({
    db,
    clock,
    hasher,
    audit,
    passwordGate,
    stores: { account: accounts.credentialStore, operator: operators.credentialStore },
  })

  const handlers: Handlers = {
    ...systemHandlers(deps),
    ...sessionHandlers({
      db,
      sessions,
      audit,
      changePassword,
      onScreenEnded: forgetScreen,
      // A customer display never becomes the remembered operator's window (RICORDAMI).
      mayResume: (caller) => !display.isDisplay(caller),
    }),
    ...accountsHandlers({ accounts, reveal }),
    ...displayHandlers({ display }),
    ...associationsHandlers({ associations }),
    ...secureChannelHandlers({ secureChannel, reveal }),
    ...requestsHandlers({ requests }),
    ...documentsHandlers({ documents }),
    ...operatorsHandlers({ operators }),
    ...auditHandlers({ db, people }),
    ...customersHandlers({ db, clock, people, sessions, audit, onServiceEnded: forgetService }),
    ...mailHandlers({ db, info, audit }),
    ...setupHandlers({ setup }),
    ...kioskHandlers({ kiosk }),
    ...settingsHandlers({
      db,
      clock,
      box: deps.box,
      audit,
      info,
      onMailSettingsChanged: deps.onMailSettingsChanged,
      onSmsSettingsChanged: deps.onSmsSettingsChanged,
    }),
  }
  const registry = createRegistry({
    handlers,
    mode: info.mode,
    logger,
    resolveCaller: (connection) => sessions.resolve(connection),
    onRejected: ({ channel, caller, error }) =>
      audit.record(db, caller, {
        action: 'ipc.rejected',
        outcome: 'rejected',
        detail: { channel, code: error.code, transport: caller.transport },
      }),
  })
  return {
    registry,
    handlers,
    services: { audit, sessions, accounts, operators, scratch, requests, documents },
  }
}

export type Services = ReturnType<typeof assembleServices>['services']

export async function startCounter(options: CounterOptions): Promise<Counter> {
  const clock = options.clock ?? systemClock
  const random = options.random ?? cryptoRandom
  const logger = options.logger ?? createLogger()
  const hasher = options.hasher ?? createPasswordHasher()
  const dataDir = resolveDataDir(options.dataDir)
  const file = databaseFile(dataDir)

  const db = openDatabase({ filename: file })
  await migrateToLatest(db)
  const demo = options.demo
    ? (
        await ensureDemoData(db, {
          clock,
          random,
          onProgress: options.onDemoProgress,
          ...(options.demoSize ? { customers: options.demoSize } : {}),
        })
      ).demo
    : false
  if (options.demo && !demo)
    logger.error(
      'demo mode refused: this replica holds real customers (npm run demo:reset makes a demo one)',
    )
  if (!demo) {
    const retired = await retireDemoOperators(db, clock.now())
    if (retired.length > 0) logger.warn({ retired: retired.length }, 'demo operators disabled')
    if (await retireDemoExitPin(db)) logger.warn('the demo kiosk exit PIN was deleted')
  } else if (await ensureDemoExitPin(db, hasher, clock.now())) {
    logger.info('the demo kiosk exit PIN is set (README, demo data)')
  }

  const stored = await readStoredMode(db)
  const mode: CounterMode = stored
    ? (options.mode ?? stored)
    : demo
      ? (options.mode ?? 'desk')
      : 'setup'
  const info: CounterInfo = { mode, version: options.version, demo }
  const setup =
    mode === 'setup'
      ? {
          key: ensureSetupKey(dataDir, random),
          ...(options.mode ? { suggestedMode: options.mode } : {}),
        }
      : undefined
  // A setup killed between storing its answer and deleting its key leaves the key behind.
  if (!setup) removeSetupKey(dataDir)
  if (setup)
    logger.warn(
      { setupKeyFile: setupKeyFile(dataDir) },
      'not configured: first-run setup only, its key is in the file named here',
    )
  const protector = options.keyProtector ?? unprotectedKeys
  if (protector === unprotectedKeys)
    logger.warn('secrets at rest are protected by file permissions only (no keychain)')
  const box = await openSecretBox(dataDir, protector)
  // Temporary files of a visit the last run did not end (a crash, a power cut) go first.
  const scratch = createScreenScratch(dataDir)
  scratch.wipeAll()
  const mail = await startMailService({
    db,
    clock,
    random,
    logger,
    box,
    demo,
    resolveAttachment: documentAttachments(db),
  })
  const { registry, services } = assembleServices({
    db,
    clock,
    random,
    hasher,
    logger,
    info,
    dataDir,
    databaseFile: file,
    box,
    scratch,
    onMailQueued: () => mail.wake(),
    onMailSettingsChanged: () => mail.reconfigure(),
    onSmsSettingsChanged: () => mail.reconfigureSms(),
    smsAvailable: () => mail.smsAvailable(),
    ...(setup ? { setup } : {}),
    ...(options.onConfigured ? { onConfigured: options.onConfigured } : {}),
  })

  // The retention of ID scans: at every start, then every hour.
  const purge = () =>
    services.requests
      .purgeExpiredScans()
      .then((scans) => scans > 0 && logger.info({ scans }, 'expired ID scans deleted'))
      .catch((error: unknown) => logger.error({ err: error }, 'ID scan purge failed'))
  void purge()
  const purgeTimer = setInterval(() => void purge(), SCAN_PURGE_INTERVAL_MS)
  purgeTimer.unref()
  // The documents' notices and reminders: at every start, then every 15 minutes.
  const notices = () =>
    services.documents
      .runDocumentNotices()
      .then(({ sent }) => sent > 0 && logger.info({ sent }, 'document notices queued'))
      .catch((error: unknown) => logger.error({ err: error }, 'document notices failed'))
  void notices()
  const noticesTimer = setInterval(() => void notices(), DOCUMENT_NOTICES_INTERVAL_MS)
  noticesTimer.unref()

  logger.info({ dataDir, mode, demo, demoSmtpPort: mail.demoSmtpPort }, 'counter started')
  return {
    db,
    registry,
    services,
    info,
    dataDir,
    logger,
    async close() {
      clearInterval(purgeTimer)
      clearInterval(noticesTimer)
      await mail.stop()
      await db.destroy()
    },
  }
}
