// A request in words, alike in the back office's queue and on the desk's customer page: its kind
// (seed 003's MODIFICA / RESET LOGIN), its status, a refusal's reason, how long it has waited.
import { useI18n } from 'vue-i18n'
import type {
  RejectionReason,
  RequestKind,
  RequestStatus,
  RequestSummary,
} from '../../../src-shared/ipc'
import { useFormat } from '../../ui/format/use-format'

const DAY_MS = 24 * 60 * 60 * 1000

export function useRequestWords() {
  const { t } = useI18n()
  const format = useFormat()
  return {
    kind: (kind: RequestKind) => t(`review.words.kind.${kind}`),
    status: (status: RequestStatus) => t(`review.words.status.${status}`),
    reason: (reason: RejectionReason) => t(`review.words.reason.${reason}`),
    medium: (medium: 'email' | 'sms') => t(`review.words.medium.${medium}`),
    /** "da 3 giorni", counted in whole days from now. */
    age: (iso: string, now = Date.now()) => {
      const days = Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS))
      return t('review.words.age', { n: days }, days)
    },
    isOverdue: (dueAt: string, now = Date.now()) => Date.parse(dueAt) < now,
    due: (dueAt: string, now = Date.now()) =>
      Date.parse(dueAt) < now
        ? t('review.words.overdue', { date: format.date(dueAt) })
        : t('review.words.due', { date: format.date(dueAt) }),
  }
}

export const statusSeverity = (status: RequestSummary['status']) =>
  status === 'approved' ? 'success' : status === 'rejected' ? 'danger' : 'warn'
