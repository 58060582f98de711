// The audit log in a clerk's words: what happened ("Accesso del cliente: password errata"), who
// did it and to whom, by name and codice cliente (never an id), and the few facts the entry keeps,
// each said in words. The same words fill the screen and the CSV export.
import { useI18n } from 'vue-i18n'
import type { AuditEntryView, PersonLabel } from '../../../../src-shared/ipc'

/** The actions the log records, by family, in the order the action filter lists them. */
export const auditActions = {
  account: [
    'register',
    'check-customer',
    'confirm',
    'resend-confirmation',
    'login',
    'change-password',
    'reset-request',
    'reset-check',
    'reset',
    'unlock',
  ],
  operator: ['login', 'create', 'disable', 'enable', 'reset-password', 'change-password'],
  session: ['logout'],
  settings: ['office', 'mail'],
  setup: ['complete'],
  outbox: ['retry'],
  ipc: ['rejected'],
} as const

export type AuditFamily = keyof typeof auditActions

export function useAuditWords() {
  const { t, te } = useI18n()

  const known = (key: string, params: Record<string, unknown> = {}): string | undefined =>
    te(key) ? t(key, params) : undefined

  /** "Accesso del cliente"; an action this screen does not know yet keeps its code. */
  function action(code: string): string {
    const [family, ...rest] = code.split('.')
    return known(`audit.actions.${family}.${rest.join('.')}`) ?? code
  }

  /** Why an action was refused, in words: "password errata". */
  function reason(entry: AuditEntryView): string | undefined {
    const code = entry.detail?.reason
    if (typeof code !== 'string') return undefined
    return known(`audit.reasons.${code}`) ?? code
  }

  /** What happened, in one line: the action and, when refused, why. */
  function what(entry: AuditEntryView): string {
    const why = reason(entry)
    return why
      ? t('audit.withReason', { action: action(entry.action), reason: why })
      : action(entry.action)
  }

  const outcome = (code: string): string => known(`audit.outcomes.${code}`) ?? code

  /** A person by name: "Luca Bianchi (l.bianchi)", "Gori Antonio · cod. 11100154". */
  function person(label: PersonLabel): string {
    if (label.kind === 'operator')
      return label.username
        ? t('audit.operatorName', { name: label.name, username: label.username })
        : label.name
    return [
      label.name || label.email,
      label.codiceCliente ? t('audit.codiceCliente', { code: label.codiceCliente }) : '',
    ]
      .filter(Boolean)
      .join(' · ')
  }

  /** Who acted: a person, or what stands for nobody ("Visitatore non identificato"). */
  function actor(entry: AuditEntryView): string {
    if (entry.actor) return person(entry.actor)
    return known(`audit.nobody.${entry.actorKind}`) ?? t('audit.nobody.anonymous')
  }

  /** Whom it concerned; nothing when nobody in particular. */
  function subject(entry: AuditEntryView): string {
    return entry.subject ? person(entry.subject) : ''
  }

  /** The subject's email, when it is a customer's account (it is the account's name). */
  const subjectEmail = (entry: AuditEntryView): string =>
    entry.subject?.kind === 'customer' && entry.subject.name && entry.subject.email
      ? entry.subject.email
      : ''

  /** The entry's facts in words ("Ruolo: Amministratore"); the reason is said in `what`. */
  function details(entry: AuditEntryView): string {
    const facts: string[] = []
    for (const [key, value] of Object.entries(entry.detail ?? {})) {
      if (key === 'reason' || key === 'transport' || key === 'rehashed') continue
      const said = fact(key, value, entry)
      if (said) facts.push(said)
    }
    return facts.join(' · ')
  }

  function fact(key: string, value: unknown, entry: AuditEntryView): string | undefined {
    const text = typeof value === 'string' ? value : JSON.stringify(value)
    switch (key) {
      case 'role':
        return t('audit.fact.role', { role: known(`roles.${text}`) ?? text })
      case 'remember':
        return value === true ? t('audit.fact.remember') : undefined
      case 'mode':
        return t('audit.fact.mode', {
          mode: text === 'kiosk' ? t('app.kioskMode') : text === 'desk' ? t('app.deskMode') : text,
        })
      case 'newAdmin':
        return value === true ? t('audit.fact.newAdmin') : undefined
      case 'officeName':
        return t('audit.fact.officeName', { name: text })
      case 'portalUrl':
        return text ? t('audit.fact.portalUrl', { url: text }) : t('audit.fact.noPortal')
      case 'timeZone':
        return t('audit.fact.timeZone', { zone: text })
      case 'host':
        return t('audit.fact.host', {
          server: entry.detail?.port ? `${text}:${String(entry.detail.port)}` : text,
        })
      case 'port':
        return undefined
      case 'passwordChanged':
        return value === true ? t('audit.fact.passwordChanged') : undefined
      case 'channel':
        return t('audit.fact.channel', { channel: text })
      case 'code':
        return known(`audit.reasons.${text}`) ?? text
      default:
        return `${key}: ${text}`
    }
  }

  return { action, reason, what, outcome, person, actor, subject, subjectEmail, details }
}
